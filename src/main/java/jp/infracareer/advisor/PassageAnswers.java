package jp.infracareer.advisor;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import jp.infracareer.content.Passages;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Query;
import jp.infracareer.kernel.TopicIds;
import jp.infracareer.recognition.PassageIndex;
import jp.infracareer.recognition.PhraseMatcher;
import jp.infracareer.recognition.TextNormalizer;
import jp.infracareer.recognition.TopicRecognizer;

/**
 * Layer 3 of understanding: once the topic is known, whether a section of its page answers the question
 * better than the whole page (retrieval over the knowledge base, {@link PassageIndex}).
 */
final class PassageAnswers {
    /**
     * The share of a question's specific words (those left once the words that merely ask and the page's
     * names are taken out) that a section must contain to be the answer instead of the whole page.
     */
    static final double PASSAGE_COVERAGE = 0.25;
    /**
     * When the topic is unclear, a section of a page the model named as nearest needs this share of them (more
     * than {@link #PASSAGE_COVERAGE}: at 25% off-topic questions such as "I want to be a data scientist, where
     * do I start?" got a section of the roadmap)...
     */
    static final double NEAR_COVERAGE = 0.3;
    /** ...and a section of any page this share. */
    static final double UNSURE_COVERAGE = 0.8;
    /** ...and only if the knowledge base uses every one of the question's words (else it is off-topic). */
    static final double UNSURE_KNOWN = 1.0;

    /** Built in the background while the server starts (about a second); the first question that needs it waits. */
    private final Supplier<PassageIndex> index;
    private final TopicRecognizer recognizer;

    /** Words that ask a guide for its verdict (aliases.yml retrieval.verdict): its short answer gives it first. */
    private final PhraseMatcher<Boolean> verdict = new PhraseMatcher<>();

    PassageAnswers(Supplier<PassageIndex> index, TopicRecognizer recognizer, List<String> verdictWords) {
        this.index = index;
        this.recognizer = recognizer;
        verdictWords.forEach(w -> verdict.add(w, true));
    }

    /**
     * A specific question about a page ("監視って夜勤もあるの？" on the monitoring page) is answered with the
     * section that answers it, when one holds most of its specific words; a general one gets the page.
     */
    Optional<Query> answer(Query topic, String text) {
        Optional<Lang> lang = LanguageGuess.of(text);
        PassageIndex passages = lang.isEmpty() ? null : index.get();
        if (passages == null) {
            return Optional.empty();
        }
        String page = pageOf(topic);
        // the page it seems to be about, and pages the words name ("監視って夜勤も…" is also about monitoring)
        Set<String> candidates = new LinkedHashSet<>();
        if (page != null) {
            candidates.add(page);
        }
        boolean unsure = topic instanceof Query.Fallback || topic instanceof Query.DidYouMean;
        if (topic instanceof Query.Fallback f) {
            f.nearest().stream().filter(t -> isPage(t)).forEach(candidates::add);
        } else if (topic instanceof Query.DidYouMean d) {
            Stream.of(d.first(), d.second()).filter(t -> isPage(t)).forEach(candidates::add);
        } else if (page == null) {
            return Optional.empty(); // a quiz, an interview, thanks...: not a question about a page
        }
        recognizer.rolesIn(text).forEach(r -> candidates.add(TopicIds.role(r)));
        List<String> stages = recognizer.stagesIn(text);
        stages.forEach(s -> candidates.add(TopicIds.stage(s)));
        if (!stages.isEmpty()) {
            candidates.add(TopicIds.STAGES);
        }
        if (passages.specificWords(text, lang.get(), candidates).isEmpty()) {
            return Optional.empty(); // nothing asked beyond what the pages are: the page answers it
        }
        if (!unsure && page.startsWith("guide/") && oneWord(text)) {
            return Optional.empty(); // 「給料」 alone asks about the subject as a whole: the guide's short answer (a trial got one section)
        }
        if (!unsure && page.startsWith("guide/") && verdict.any(TextNormalizer.normalize(text))) {
            // 「34歳って遅すぎますか？」「SESって罠？」: the guide's short answer says first what it asks (newcomer trial 8 got
            // the one section sharing most words: the discouraging paragraph, how SES works)
            return Optional.empty();
        }
        if (!unsure) {
            // the page it is about was decided; the other pages named only say which words are not specific
            return passages.best(text, lang.get(), page, candidates).filter(hit -> hit.coverage() >= PASSAGE_COVERAGE)
                    .filter(hit -> passages.namesAll(lang.get(), hit.id(), compared(text, stages)))
                    .map(PassageAnswers::toQuery);
        }
        // the model could not tell the topic: a section of a nearby page, or of any page when it holds nearly
        // all the words, the one with most of them
        Stream<PassageIndex.Hit> near = candidates.stream()
                .flatMap(c -> passages.best(text, lang.get(), c, candidates).stream())
                .filter(hit -> hit.coverage() >= NEAR_COVERAGE && hit.known() >= UNSURE_KNOWN);
        Stream<PassageIndex.Hit> anywhere = passages.best(text, lang.get(), null, candidates).stream()
                .filter(hit -> hit.coverage() >= UNSURE_COVERAGE && hit.known() >= UNSURE_KNOWN);
        return Stream.concat(near, anywhere)
                .max(Comparator.comparingDouble(PassageIndex.Hit::coverage).thenComparingDouble(PassageIndex.Hit::score))
                .map(PassageAnswers::toQuery);
    }

    /**
     * The pages a comparison asks about: two stages or two roles named beside a word that compares
     * (「要件定義と設計の違いは？」). A section answers it only if it is about both; the overview's section on on-premises
     * and cloud shares only the word 違い (newcomer trial 4). Empty when nothing is compared.
     */
    private List<String> compared(String text, List<String> stages) {
        if (!recognizer.asksToCompare(text)) {
            return List.of();
        }
        List<String> roles = recognizer.rolesIn(text);
        return stages.size() >= 2 ? stages.stream().map(TopicIds::stage).toList()
                : roles.size() >= 2 ? roles.stream().map(TopicIds::role).toList() : List.of();
    }

    /**
     * One subject word asked alone, once marks and spaces are gone: at most {@link #ONE_KANJI_WORD} letters of Japanese
     * (「給料」「年収？」「夜勤」; not 「固定残業代」 or 「夜勤手当」, which a section defines) or one Latin word ("salary?").
     */
    static final int ONE_KANJI_WORD = 3;

    private static boolean oneWord(String text) {
        String bare = text.strip().replaceAll("[\\p{Punct}？！。、…]", "");
        return !bare.isEmpty() && !bare.contains(" ") && (bare.length() <= ONE_KANJI_WORD || bare.matches("[A-Za-z]{1,12}"));
    }

    private static Query toQuery(PassageIndex.Hit hit) {
        return hit.section().equals(Passages.GUIDE_ANSWER) ? new Query.Guide(TopicIds.guideId(hit.topic()).orElseThrow(), false)
                : new Query.Passage(hit.topic(), hit.section());
    }

    /** The page a query shows, when it shows one page that has sections. */
    private static String pageOf(Query q) {
        return q instanceof Query.RoleDetail r ? TopicIds.role(r.roleId())
                : q instanceof Query.StageDetail s ? TopicIds.stage(s.stageId())
                : q instanceof Query.StageOverview ? TopicIds.STAGES
                : q instanceof Query.Guide g && !g.full() ? TopicIds.guide(g.guideId())
                : null;
    }

    private static boolean isPage(String topicId) {
        return topicId.startsWith("role/") || topicId.startsWith("stage/") || topicId.startsWith("guide/")
                || topicId.equals(TopicIds.STAGES);
    }
}
