package jp.infracareer.interview;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.infracareer.recognition.JapaneseWords;

/**
 * How an answer is built as language, not what it says: how many of its sentences have a predicate (a verb
 * or an adjective: they say something about something), how much of it is grammar (particles and
 * auxiliaries in Japanese, function words in English) rather than a run of terms, and how many sentences
 * repeat. A sentence (or a list line) that has a predicate and enough grammar <em>explains</em>; the share of
 * the answer's words that sit in explaining sentences tells a list of job terms, numbers and certificate
 * names (almost none) from a well-organised answer that uses a list under a sentence that explains (much).
 *
 * @param echoes     for each sentence, how alike it is to the most similar earlier sentence (0..1)
 * @param explaining for each sentence, its words, its grammar words, 1 if it has a predicate, 1 if a term run
 */
record AnswerShape(int sentences, double predicateShare, double functionShare, List<Double> echoes, List<int[]> explaining) {

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "to", "of", "in", "on", "for", "and",
            "but", "so", "because", "i", "my", "me", "we", "our", "us", "it", "its", "is", "are", "was", "were", "be",
            "been", "being", "am", "have", "has", "had", "do", "does", "did", "that", "this", "these", "those", "with",
            "as", "at", "by", "from", "can", "could", "will", "would", "should", "not", "when", "what", "how", "which",
            "who", "they", "them", "their", "you", "your", "he", "she", "his", "her", "if", "then", "than", "there",
            "about", "into", "up", "out", "or", "also", "just", "very", "all", "more", "each", "after", "before",
            "while", "where", "why", "some", "any", "no", "one", "first", "need", "want", "like", "get", "got");
    private static final Set<String> SUBJECTS_AND_AUXILIARIES = Set.of("i", "we", "they", "he", "she", "it", "you",
            "is", "are", "was", "were", "am", "be", "have", "has", "had", "do", "does", "did", "can", "could", "will",
            "would", "should", "may", "might", "must", "there", "that", "this");

    /** {@code courtesy}: set phrases ("よろしくお願いいたします") that open and close an answer, never a repeat. */
    static AnswerShape of(AnswerText text, List<String> courtesy) {
        int withPredicate = 0;
        int counted = 0;
        long function = 0;
        long words = 0;
        List<Set<String>> earlier = new ArrayList<>();
        List<int[]> perSentence = new ArrayList<>();
        List<Double> echoes = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String sentence = text.sentence(i);
            String folded = text.folded(i); // the original answer: every sentence folded as read
            String key = MARKS.matcher(folded).replaceAll("");
            Set<String> bigrams = bigrams(key);
            double echo = 0;
            if (key.length() > 5 && !text.has(i, courtesy)) {
                for (Set<String> e : earlier) {
                    echo = Math.max(echo, dice(bigrams, e));
                }
                earlier.add(bigrams);
            }
            echoes.add(echo);
            // the words AnswerText read from the folded sentence: folding (width, case) changed no score of any labelled
            // answer against reading the sentence as typed a second time
            int[] counts = text.english() ? english(sentence)
                    : japanese(text.words(i));
            perSentence.add(new int[] {counts[0], counts[1], counts[2], termRunKind(sentence, counts[0])});
            if (counts[0] == 0) {
                continue;
            }
            counted++;
            withPredicate += counts[2];
            function += counts[1];
            words += counts[0];
        }
        return new AnswerShape(counted, counted == 0 ? 0 : (double) withPredicate / counted,
                words == 0 ? 0 : (double) function / words, List.copyOf(echoes), List.copyOf(perSentence));
    }

    private static Set<String> bigrams(String key) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= key.length(); i++) {
            out.add(key.substring(i, i + 2));
        }
        return out;
    }

    /** How alike two sentences are, 0..1 (Dice coefficient of their character pairs). */
    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return 2.0 * shared / (a.size() + b.size());
    }

    /** How many sentences repeat an earlier one, word for word or nearly (at least {@code alike} alike). */
    int repeated(double alike) {
        return (int) echoes.stream().filter(e -> e >= alike).count();
    }

    /** Words, function words, and 1 if the sentence has a predicate. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("[\\s\\p{Punct}、。・！？]");

    private static int[] japanese(List<JapaneseWords.Word> sentence) {
        int words = 0;
        int function = 0;
        boolean predicate = false;
        JapaneseWords.Word before = null;
        for (JapaneseWords.Word w : sentence) {
            if (w.is("記号")) {
                continue;
            }
            words++;
            if (w.is("助詞") || w.is("助動詞")) {
                function++;
            }
            // a verb, an adjective, or a na-adjective with its copula (「好きです」「大切だ」, not the attributive 「迅速な」
            // of a term list): a list of terms has none
            if (w.is("動詞") || w.is("形容詞") || (w.is("助動詞") && !w.surface().equals("な") && before != null
                    && before.is("名詞-形容動詞語幹"))) {
                predicate = true;
            }
            before = w;
        }
        return new int[] {words, function, predicate ? 1 : 0};
    }

    private static int[] english(String sentence) {
        int words = 0;
        int function = 0;
        boolean subjectOrAuxiliary = false;
        boolean verbForm = false;
        boolean finiteVerb = false;
        List<String> tokens = new ArrayList<>();
        java.util.regex.Matcher token = ENGLISH_TOKEN.matcher(sentence.toLowerCase(Locale.ROOT));
        while (token.find()) {
            String raw = token.group();
            tokens.add(raw.endsWith("'s") ? raw.substring(0, raw.length() - 2) : raw);
        }
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i);
            if (w.equals(",")) {
                continue;
            }
            String previous = i == 0 ? "," : tokens.get(i - 1);
            String next = i + 1 == tokens.size() ? "," : tokens.get(i + 1);
            // a verb between a subject and what follows it: not after an article, a preposition or a comma, and not
            // last in its item ("server builds, log checks, backup and restore" is a list of nouns)
            finiteVerb |= EnglishVerbs.isVerb(w) && !previous.equals(",") && !BEFORE_A_NOUN.contains(previous)
                    && !next.equals(",") && !next.equals("and") && !next.equals("or");
            words++;
            if (FUNCTION_WORDS.contains(w) || w.contains("'")) {
                function++;
            }
            if (SUBJECTS_AND_AUXILIARIES.contains(w) || w.endsWith("n't") || w.startsWith("i'")) {
                subjectOrAuxiliary = true;
            }
            if (w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing"))) {
                verbForm = true;
            }
        }
        // a lexicon verb does not make a run of comma-separated terms a sentence
        boolean predicate = subjectOrAuxiliary || (finiteVerb && !termRun(sentence, words))
                || (verbForm && words > 0 && (double) function / words >= 0.15);
        return new int[] {words, function, predicate ? 1 : 0};
    }

    private static final java.util.regex.Pattern ENGLISH_TOKEN = java.util.regex.Pattern.compile("[a-z0-9']+|,");
    /**
     * Words after which a verb's form is a noun ("the logs", "of patches") or not a finite verb ("to check"); a word
     * right after a comma, or first in the sentence, is a list item as often as a verb.
     */
    private static final Set<String> BEFORE_A_NOUN = Set.of("the", "a", "an", "its", "their", "our", "my", "your", "his",
            "her", "this", "these", "those", "of", "in", "on", "for", "with", "to", "from", "by", "at", "into", "about",
            "and", "or", "some", "any", "no", "each", "every", "all", "many", "more", "most", "other", ",");

    /**
     * True when a sentence (or list line, after its bullet or "label:") is a run of at least four short items
     * separated by commas: terms named, not explained.
     */
    private static boolean termRun(String sentence, int words) {
        return termRunKind(sentence, words) != 0;
    }

    /** 0: no run of terms; 1: a run ({@link #termRun}); {@link #LONG_RUN}: a run of at least {@link #LONG_RUN_ITEMS} items. */
    private static int termRunKind(String sentence, int words) {
        String body = LABEL.matcher(sentence.strip()).replaceFirst("");
        // a path or a network (/var/log/messages, 10.0.0.0/24) is one item; a slash between spaces separates two
        int items = body.split("[、,，・]+|\\s+[/／]\\s+|／").length;
        if (items < TERM_RUN_ITEMS || (double) words / items > TERM_RUN_WORDS_PER_ITEM) {
            return 0;
        }
        return items >= LONG_RUN_ITEMS ? LONG_RUN : 1;
    }

    private static final int LONG_RUN = 2;
    private static final int LONG_RUN_ITEMS = 8;

    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
            "^(?:[-*・●■◆→①-⑩]|\\d+[.)．）])?\\s*(?:[^:：]{1,20}[:：])?");
    private static final int TERM_RUN_ITEMS = 4;
    private static final double TERM_RUN_WORDS_PER_ITEM = 3.5;

    static boolean isFunctionWord(String lowerCaseWord) {
        return FUNCTION_WORDS.contains(lowerCaseWord);
    }

    /**
     * The share of the answer's words that stand in sentences that explain: a predicate, at least
     * {@code minFunctionShare} of grammar words and at least {@code minWords} words.
     */
    double explainingShare(double minFunctionShare, int minWords) {
        long all = 0;
        long inExplaining = 0;
        for (int[] c : explaining) {
            all += c[0];
            inExplaining += explains(c, minFunctionShare, minWords) ? c[0] : 0;
        }
        return all == 0 ? 0 : (double) inExplaining / all;
    }

    /**
     * A sentence explains when it has a predicate, enough words and enough grammar among them, and is not a long run of
     * terms with a predicate tacked on (「DX、クラウドネイティブ、ゼロトラスト、…、セキュリティに興味があるからです」: fourteen
     * terms and 「に興味があるから」 was read as a sentence that explains, in a fourteenth newcomer trial).
     */
    private static boolean explains(int[] c, double minFunctionShare, int minWords) {
        return c[2] == 1 && c[0] >= minWords && c[1] >= minFunctionShare * c[0] && (c.length < 4 || c[3] != LONG_RUN);
    }

    /** The sentences (by index) that do not explain: no predicate, too few words, or too little grammar. */
    Set<Integer> notExplaining(Thresholds t) {
        Set<Integer> out = new java.util.HashSet<>();
        for (int i = 0; i < explaining.size(); i++) {
            if (!explains(explaining.get(i), t.minFunctionShare(), t.minWords())) {
                out.add(i);
            }
        }
        return out;
    }

    /** The share of the answer's words that stand in runs of comma-separated terms. */
    double termRunShare() {
        long all = 0;
        long inRuns = 0;
        for (int[] c : explaining) {
            all += c[0];
            inRuns += c[3] != 0 ? c[0] : 0;
        }
        return all == 0 ? 0 : (double) inRuns / all;
    }

    /**
     * True when the answer reads as a list of terms rather than sentences that explain: almost nothing of it
     * stands in explaining sentences; or too little does and much of it is runs of comma-separated terms (a
     * plan or a list laid out under a sentence that explains is fine); or sentences repeat.
     */
    boolean stuffed(Thresholds t) {
        double explains = explainingShare(t.minFunctionShare(), t.minWords());
        // a reply of a word or two (「はい」) is far too short, not a list: a list holds several terms
        return sentences > 0 && words() >= t.minListWords() && (explains < t.explainingFloor()
                || (explains < t.explainingMin() && termRunShare() >= t.termRunMin())
                || repeated(t.alike()) > t.maxRepeated());
    }

    /** The numbers of {@link #stuffed}, from content/scoring.yml. */
    record Thresholds(double explainingFloor, double explainingMin, double termRunMin, double minFunctionShare,
            int minWords, double alike, int maxRepeated, int minListWords) {}

    /** How many words the answer holds. */
    long words() {
        return explaining.stream().mapToLong(c -> c[0]).sum();
    }
}
