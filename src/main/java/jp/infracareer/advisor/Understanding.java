package jp.infracareer.advisor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.infracareer.content.Aliases;
import jp.infracareer.interview.InterviewCommands;
import jp.infracareer.interview.InterviewWords;
import jp.infracareer.jobpost.PostingShape;
import jp.infracareer.kernel.GuideIds;
import jp.infracareer.kernel.Query;
import jp.infracareer.kernel.TopicIds;
import jp.infracareer.content.Passages;
import jp.infracareer.kernel.Lang;
import jp.infracareer.recognition.IntentModel;
import jp.infracareer.recognition.PassageIndex;
import jp.infracareer.recognition.TextNormalizer;
import jp.infracareer.recognition.TopicRecognizer;

/**
 * What a free-text message asks for, in layers: a pasted job posting by its shape; the intent model
 * (trained on content/intents.tsv) when it is sure; the topic rules (role, stage and comparison words) for
 * the slots and when the model is unsure; then "did you mean…" between the two nearest intents; and last a
 * fallback that offers the topics that came closest.
 */
public final class Understanding {
    static final String CORPUS = "content/intents.tsv";
    /**
     * How sure the model must be (its intent's share of the neighbours' weight) to overrule the topic rules,
     * which are right most of the time when they find a role, a stage or a pair.
     */
    public static final double OVERRULE = 0.4;
    /** How sure it must be to answer when the rules found nothing. */
    public static final double ANSWER = 0.2;
    /** Less sure than that but at least this sure: ask which of the two nearest was meant. */
    public static final double ASK = 0.15;
    /** The share of a message's words the examples must know, else it is about something we do not cover. */
    public static final double COVERAGE = 0.5;

    /**
     * The share of a question's specific words (those left once the words that merely ask and the page's
     * names are taken out) that a section must contain to be the answer instead of the whole page.
     */
    public static final double PASSAGE_COVERAGE = 0.3;
    /** When the topic is unclear, a section of any page answers only if it holds this share of them. */
    public static final double UNSURE_COVERAGE = 0.8;
    /** ...and only if the knowledge base uses every one of the question's words (else it is off-topic). */
    public static final double UNSURE_KNOWN = 1.0;

    /** How much of a message is read to understand what it asks (a posting is read whole, by its reader). */
    static final int QUESTION_CHARS = 1_000;

    /** Intents never offered as "the nearest topic": they are not topics one would choose. */
    private static final List<String> NOT_SUGGESTED = List.of(TopicIds.FALLBACK, TopicIds.THANKS, TopicIds.GREETING);

    /** Intents whose topic also needs a role or stage from the rules. */
    private static final List<String> SLOTTED = List.of("role", "roles", "compare", "stage", "stages", "day", "help");

    private final IntentModel model;
    private final TopicRecognizer recognizer;
    private final InterviewWords interview;
    private final Map<String, List<String>> tipThemes;
    private final double overrule;
    private final double answer;
    private final double ask;
    private final double coverage;
    private final PassageIndex passages;

    public Understanding(IntentModel model, TopicRecognizer recognizer, InterviewWords interview, Aliases aliases,
            PassageIndex passages) {
        this(model, recognizer, interview, aliases, passages, OVERRULE, ANSWER, ASK, COVERAGE);
    }

    /** With other thresholds, for measuring them on the corpus. */
    public Understanding(IntentModel model, TopicRecognizer recognizer, InterviewWords interview, Aliases aliases,
            PassageIndex passages, double overrule, double answer, double ask, double coverage) {
        this.model = model;
        this.passages = passages;
        // normalised once here, not on every message
        this.tipThemes = new java.util.TreeMap<>();
        aliases.tipThemes().forEach((theme, words) ->
                tipThemes.put(theme, words.stream().map(TextNormalizer::normalize).toList()));
        this.recognizer = recognizer;
        this.interview = interview;
        this.overrule = overrule;
        this.answer = answer;
        this.ask = ask;
        this.coverage = coverage;
    }

    /**
     * The model trained on the corpus shipped in the knowledge base. The corpus is fixed while the process
     * runs and training is deterministic, so it is trained once and shared (the model is read-only).
     */
    public static IntentModel loadModel() {
        return Trained.MODEL;
    }

    /**
     * The passage index of a knowledge base, built once per knowledge base: tests and the bench build many
     * engines over the same one.
     */
    public static PassageIndex passagesOf(jp.infracareer.content.KnowledgeBase kb) {
        synchronized (INDEXES) {
            return INDEXES.computeIfAbsent(kb, PassageIndex::build);
        }
    }

    private static final Map<jp.infracareer.content.KnowledgeBase, PassageIndex> INDEXES = new java.util.WeakHashMap<>();

    /** Trained on first use, once, however many engines a process builds (tests build many). */
    private static final class Trained {
        static final IntentModel MODEL = IntentModel.train(corpus());
    }

    public static List<IntentModel.Example> corpus() {
        List<IntentModel.Example> examples = new ArrayList<>();
        try (InputStream in = Understanding.class.getClassLoader().getResourceAsStream(CORPUS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CORPUS);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 3);
                if (f.length != 3) {
                    throw new IllegalStateException(CORPUS + ": not label<TAB>lang<TAB>text: " + line);
                }
                examples.add(new IntentModel.Example(intentOf(f[0]), f[1], f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }

    /** The intent a topic id belongs to: role/network → role, compare/a/b → compare, guide/ses stays. */
    public static String intentOf(String topicId) {
        int slash = topicId.indexOf('/');
        String head = slash < 0 ? topicId : topicId.substring(0, slash);
        return switch (head) {
            case "role", "compare", "stage" -> head;
            default -> topicId;
        };
    }

    public Query understand(String message) {
        if (PostingShape.looksLikePosting(message)) {
            return new Query.ReadJobPost(PostingShape.withoutLeadIn(message));
        }
        // what a question asks is in its first lines; reading no further keeps a long paste cheap
        String text = message.length() > QUESTION_CHARS ? message.substring(0, QUESTION_CHARS) : message;
        Query topic = topic(text);
        return passage(topic, text).orElse(topic);
    }

    /**
     * A specific question about a page ("監視って夜勤もあるの？" on the monitoring page) is answered with the
     * section that answers it, when one holds most of its specific words; a general one gets the page.
     */
    java.util.Optional<Query> passage(Query topic, String text) {
        java.util.Optional<Lang> lang = LanguageGuess.of(text);
        if (passages == null || lang.isEmpty()) {
            return java.util.Optional.empty();
        }
        String page = pageOf(topic);
        // the page it seems to be about, and pages the words name ("監視って夜勤も…" is also about monitoring)
        java.util.Set<String> candidates = new java.util.LinkedHashSet<>();
        if (page != null) {
            candidates.add(page);
        }
        boolean unsure = topic instanceof Query.Fallback || topic instanceof Query.DidYouMean;
        if (topic instanceof Query.Fallback f) {
            f.nearest().stream().filter(t -> isPage(t)).forEach(candidates::add);
        } else if (topic instanceof Query.DidYouMean d) {
            java.util.stream.Stream.of(d.first(), d.second()).filter(t -> isPage(t)).forEach(candidates::add);
        } else if (page == null) {
            return java.util.Optional.empty(); // a quiz, an interview, thanks...: not a question about a page
        }
        recognizer.rolesIn(text).forEach(r -> candidates.add(TopicIds.role(r)));
        List<String> stages = recognizer.stagesIn(text);
        stages.forEach(s -> candidates.add(TopicIds.stage(s)));
        if (!stages.isEmpty()) {
            candidates.add(TopicIds.STAGES);
        }
        if (passages.specificWords(text, lang.get(), candidates).isEmpty()) {
            return java.util.Optional.empty(); // nothing asked beyond what the pages are: the page answers it
        }
        if (!unsure) {
            // the page it is about was decided; the other pages named only say which words are not specific
            return passages.best(text, lang.get(), page, candidates).filter(hit -> hit.coverage() >= PASSAGE_COVERAGE)
                    .map(Understanding::toQuery);
        }
        // the model could not tell the topic: a section of a nearby page, or of any page when it holds nearly
        // all the words, the one with most of them
        java.util.stream.Stream<PassageIndex.Hit> near = candidates.stream()
                .flatMap(c -> passages.best(text, lang.get(), c, candidates).stream())
                .filter(hit -> hit.coverage() >= PASSAGE_COVERAGE);
        java.util.stream.Stream<PassageIndex.Hit> anywhere = passages.best(text, lang.get(), null, candidates).stream()
                .filter(hit -> hit.coverage() >= UNSURE_COVERAGE);
        return java.util.stream.Stream.concat(near, anywhere).filter(hit -> hit.known() >= UNSURE_KNOWN)
                .max(java.util.Comparator.comparingDouble(PassageIndex.Hit::coverage).thenComparingDouble(PassageIndex.Hit::score))
                .map(Understanding::toQuery);
    }

    private static Query toQuery(PassageIndex.Hit hit) {
        return hit.section().equals(Passages.GUIDE_ANSWER) ? new Query.Guide(hit.topic().substring("guide/".length()), false)
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

    /** The topic a question is about, by the model and the rules. */
    private Query topic(String text) {
        IntentModel.Prediction p = model.predict(text);
        Query rules = recognizer.recognize(text);
        boolean rulesKnow = !(rules instanceof Query.Fallback) && !(rules instanceof Query.Help);
        boolean known = p.known() && p.coverage() >= coverage;
        if (rulesKnow) {
            // a career question, a request or small talk that happens to name a role: the model, when sure
            boolean overruled = known && p.confidence() >= overrule && !SLOTTED.contains(p.intent())
                    && !p.intent().equals(TopicIds.FALLBACK);
            return overruled ? toQuery(p.intent(), text) : rules;
        }
        if (known && p.confidence() >= answer && !p.intent().equals(TopicIds.FALLBACK)) {
            return toQuery(p.intent(), text);
        }
        if (rules instanceof Query.Help) {
            return rules;
        }
        if (known && p.confidence() >= ask && !p.runnerUp().isEmpty() && !NOT_SUGGESTED.contains(p.intent())
                && !NOT_SUGGESTED.contains(p.runnerUp())) {
            return new Query.DidYouMean(topicOf(p.intent(), text), topicOf(p.runnerUp(), text));
        }
        List<String> nearest = new ArrayList<>();
        for (String intent : List.of(p.intent(), p.runnerUp())) {
            if (!intent.isEmpty() && !NOT_SUGGESTED.contains(intent)) {
                nearest.add(topicOf(intent, text));
            }
        }
        return new Query.Fallback(nearest);
    }

    private Query toQuery(String intent, String text) {
        if (intent.startsWith("guide/") && GuideIds.ALL.contains(intent.substring(6))) {
            return new Query.Guide(intent.substring(6), false);
        }
        return switch (intent) {
            case "help" -> new Query.Help();
            case "roles" -> new Query.Roles();
            case "role" -> recognizer.rolesIn(text).stream().findFirst().<Query>map(Query.RoleDetail::new).orElseGet(Query.Roles::new);
            case "compare" -> compare(text);
            case "stages" -> new Query.StageOverview();
            case "stage" -> recognizer.stagesIn(text).stream().findFirst().<Query>map(Query.StageDetail::new)
                    .orElseGet(Query.StageOverview::new);
            case "day" -> new Query.Day();
            case "interview" -> InterviewCommands.decode(interview, text);
            case "jobpost" -> new Query.ReadJobPost("");
            case "fit" -> new Query.StartFit();
            case "tip" -> new Query.Tip(tipTheme(text));
            case "thanks" -> new Query.SmallTalk(true);
            case "greeting" -> new Query.SmallTalk(false);
            default -> new Query.Fallback();
        };
    }

    private Query compare(String text) {
        List<String> roles = recognizer.roleMentionsIn(text).stream().distinct().toList();
        if (roles.size() >= 2) {
            return new Query.Compare(roles.get(0), roles.get(1));
        }
        if (roles.size() == 1) {
            return new Query.Compare(roles.get(0), TopicRecognizer.counterpart(roles.get(0)));
        }
        return new Query.Compare(TopicRecognizer.DEFAULT_FIRST, TopicRecognizer.DEFAULT_SECOND);
    }

    /** The topic id an intent stands for in this text, for "did you mean" and "nearest" buttons. */
    private String topicOf(String intent, String text) {
        return switch (intent) {
            case "role" -> TopicIds.role(recognizer.rolesIn(text).stream().findFirst().orElse(TopicRecognizer.DEFAULT_FIRST));
            case "stage" -> recognizer.stagesIn(text).stream().findFirst().map(TopicIds::stage).orElse(TopicIds.STAGES);
            case "compare" -> {
                Query q = compare(text);
                yield q instanceof Query.Compare c ? TopicIds.compare(c.first(), c.second()) : TopicIds.ROLES;
            }
            default -> intent;
        };
    }

    /** The tip theme a text asks for (aliases.yml tip_themes), or empty for any. */
    String tipTheme(String text) {
        String t = TextNormalizer.normalize(text);
        return tipThemes.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(t::contains))
                .map(Map.Entry::getKey).sorted().findFirst().orElse("");
    }
}
