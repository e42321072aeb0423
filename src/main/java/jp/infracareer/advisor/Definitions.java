package jp.infracareer.advisor;

import java.util.List;
import java.util.Optional;
import jp.infracareer.content.Aliases;
import jp.infracareer.content.GlossaryTerm;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Texts;
import jp.infracareer.recognition.PhraseMatcher;
import jp.infracareer.recognition.TextNormalizer;

/**
 * "What is X?" about a term of the glossary ("Zabbixって何？", "what is a runbook"): the term, when the question asks
 * what it means and nothing else. Without the term's names, the words that ask and the filler (aliases.yml
 * definition), at most a few letters may be left: 「Zabbixを使う監視の仕事って何をするの？」 asks about the work and is
 * left to the pages.
 */
final class Definitions {
    /** Letters a question may keep beyond the term, the asking words and the filler (punctuation and spaces aside). */
    static final int LEFT_OVER = 2;

    private static final java.util.regex.Pattern JAPANESE_SPACE = java.util.regex.Pattern.compile(
            "(?<=[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}ー])\\s+|\\s+(?=[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}ー])");

    private final PhraseMatcher<String> terms = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> asks = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> filler = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> spelledOut = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> compare = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> checks = new PhraseMatcher<>();
    /** Per glossary term, the groups of words that state a belief about it: one of each group there. */
    private final java.util.Map<String, List<PhraseMatcher<Boolean>>> beliefs = new java.util.LinkedHashMap<>();
    /** Per term, its names normalised, in both languages. */
    private final java.util.Map<String, List<String>> namesOf = new java.util.HashMap<>();
    /** Per passage id, its headings in both languages, normalised: a section about a term names it there. */
    private final java.util.Map<String, String> headings = new java.util.HashMap<>();

    Definitions(KnowledgeBase kb) {
        for (Lang lang : Lang.values()) {
            for (GlossaryTerm t : kb.catalog(lang).glossary()) {
                t.names().forEach(n -> terms.add(n, t.id()));
                t.names().forEach(n -> namesOf.computeIfAbsent(t.id(), k -> new java.util.ArrayList<>()).add(TextNormalizer.normalize(n)));
            }
            for (jp.infracareer.content.Passage p : jp.infracareer.content.Passages.of(kb.catalog(lang))) {
                headings.merge(p.id(), TextNormalizer.normalize(p.heading()), (a, b) -> a + " | " + b);
            }
        }
        Aliases.Definition words = kb.aliases().definition();
        words.asks().forEach(w -> asks.add(w, true));
        words.filler().forEach(w -> filler.add(w, true));
        words.compare().forEach(w -> compare.add(w, true));
        words.checks().forEach(w -> checks.add(w, true));
        words.beliefs().forEach((term, groups) -> beliefs.put(term, groups.stream().map(group -> {
            PhraseMatcher<Boolean> any = new PhraseMatcher<>();
            group.forEach(w -> any.add(w, true));
            return any;
        }).toList()));
        words.spelledOut().forEach(w -> {
            asks.add(w, true);
            spelledOut.add(w, true);
        });
    }

    /** The term the question asks the meaning of, if that is all it asks. */
    Optional<String> asked(String text) {
        String normalized = normalized(text);
        List<PhraseMatcher.Match<String>> named = terms.find(normalized);
        if (named.isEmpty() || named.stream().map(PhraseMatcher.Match::value).distinct().count() != 1) {
            return Optional.empty();
        }
        List<PhraseMatcher.Match<Boolean>> asking = asks.find(normalized);
        if (asking.isEmpty()) {
            return Optional.empty();
        }
        return lettersLeft(normalized, named, asking) <= LEFT_OVER ? Optional.of(named.get(0).value()) : Optional.empty();
    }

    /** Longest message read as a belief put up to be checked: a line or two, not a paragraph that mentions a term. */
    static final int CHECK_MAX_CHARS = 100;

    /**
     * The term a short message states a belief about (aliases.yml {@code definition.beliefs}, one word of each group:
     * 「RAIDにしておけばバックアップはいらないって言われました」, "chmod 777 so nginx can read it"), whose definition says what
     * is right; or, when {@code nothingElse} (no page understood the message), a glossary name beside words that ask
     * whether it holds (「…って本当ですか？」, "right?"). A question that only names a term keeps its page.
     */
    Optional<String> checked(String text, boolean nothingElse) {
        if (text == null || text.length() > CHECK_MAX_CHARS) {
            return Optional.empty();
        }
        String normalized = normalized(text);
        Optional<String> belief = beliefs.entrySet().stream()
                .filter(e -> e.getValue().stream().allMatch(group -> group.any(normalized)))
                .map(java.util.Map.Entry::getKey).findFirst();
        if (belief.isPresent() || !nothingElse || !checks.any(normalized)) {
            return belief;
        }
        return terms.find(normalized).stream().max(java.util.Comparator.comparingInt(PhraseMatcher.Match::length))
                .map(PhraseMatcher.Match::value);
    }

    /**
     * The two terms a question sets side by side ("NATとDHCPの違いは？", "TCP vs UDP"), when that is all it asks: exactly two
     * terms named, a word that compares them, and at most a few letters besides the asking words and the filler.
     */
    Optional<List<String>> askedTwo(String text) {
        String normalized = normalized(text);
        List<PhraseMatcher.Match<String>> named = terms.find(normalized);
        List<String> ids = named.stream().map(PhraseMatcher.Match::value).distinct().toList();
        List<PhraseMatcher.Match<Boolean>> comparing = compare.find(normalized);
        if (ids.size() != 2 || comparing.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder withoutComparing = new StringBuilder(normalized);
        blank(withoutComparing, comparing);
        return lettersLeft(withoutComparing.toString(), named, asks.find(withoutComparing.toString())) <= LEFT_OVER
                ? Optional.of(ids) : Optional.empty();
    }

    /** Whether the question asks what an abbreviation stands for (「SESって何の略？」): only the definition says. */
    boolean spelledOut(String text) {
        return spelledOut.any(normalized(text));
    }

    /** The question normalised: 「ロードバランサって 何」, a space typed between Japanese words is not a word break. */
    private static String normalized(String text) {
        return WITHOUT_JAPANESE_SPACES.apply(TextNormalizer.normalize(text));
    }

    /** Four readers of one question ask for it in turn, as the same normalised String. */
    private static final jp.infracareer.kernel.LastResult WITHOUT_JAPANESE_SPACES =
            // most questions have no space, and the pattern need not run
            new jp.infracareer.kernel.LastResult(normalized -> Texts.indexOfAny(normalized, Texts.PATTERN_SPACE, 0, normalized.length()) < 0
                    ? normalized : JAPANESE_SPACE.matcher(normalized).replaceAll(""));

    /**
     * Whether a section of the pages is about the term: its heading names it (the night-shift guide's section on
     * オンコール), so it defines the term in context; a section that only mentions it (the network engineer's skills,
     * for "what is a VLAN?") is not.
     */
    boolean headedBy(String passageId, String termId) {
        String heading = headings.getOrDefault(passageId, "");
        return namesOf.getOrDefault(termId, List.of()).stream().anyMatch(heading::contains);
    }

    /** The letters of a question left once its terms, its asking words and then the filler are blanked. */
    private long lettersLeft(String normalized, List<PhraseMatcher.Match<String>> named, List<PhraseMatcher.Match<Boolean>> asking) {
        StringBuilder left = new StringBuilder(normalized);
        blank(left, named);
        blank(left, asking);
        blank(left, filler.find(left.toString()));
        return left.codePoints().filter(Character::isLetterOrDigit).count();
    }

    private static <T> void blank(StringBuilder text, List<PhraseMatcher.Match<T>> matches) {
        for (PhraseMatcher.Match<T> m : matches) {
            for (int i = m.start(); i < m.end(); i++) {
                text.setCharAt(i, ' ');
            }
        }
    }
}
