package jp.infracareer.interview;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.infracareer.recognition.JapaneseWords;

/**
 * The content words of a question as asked (dictionary forms in Japanese, word stems in English), so that a
 * sentence restating what was asked ("それが、開発ではなくインフラを選んだ理由です", "That is why I chose
 * infrastructure over development") is recognised for every question of the bank without a list per question.
 */
final class QuestionWords {
    /** Words every question uses to ask, which say nothing about its topic. */
    private static final Set<String> ASKING_JA = Set.of("する", "ある", "いる", "なる", "できる", "思う", "教える", "説明",
            "ください", "自身", "言葉", "こと", "もの", "それぞれ", "何", "どう", "どんな", "なぜ", "お願い", "場面", "範囲");
    private static final Set<String> ASKING_EN = Set.of("tell", "explain", "what", "which", "would", "your", "about",
            "think", "words", "there", "with", "each", "them", "they", "this", "that", "where", "when", "could", "please",
            "some", "many", "much", "most", "have", "does", "into", "from", "will", "still", "usually", "feel");

    /**
     * The company the interviewer calls 当社 the candidate calls 御社 or 貴社 (honorific address, grammar rather than
     * content): 「それが御社を志望した理由です」 takes up 「なぜ当社を志望されたのですか」.
     */
    private static final java.util.Map<String, String> ADDRESSED = java.util.Map.of("御社", "当社", "貴社", "当社");

    private final Set<String> japaneseWords;
    private final List<EnglishWord> englishWords;
    private final boolean english;

    QuestionWords(String question, boolean english) {
        this.english = english;
        if (english) {
            List<EnglishWord> known = ASKED_EN.get(question);
            this.englishWords = known != null ? known
                    : remember(ASKED_EN, question, List.copyOf(new LinkedHashSet<>(englishWords(question))));
            this.japaneseWords = Set.of();
        } else {
            Set<String> known = ASKED_JA.get(question);
            this.japaneseWords = known != null ? known : remember(ASKED_JA, question, Set.copyOf(japanese(question)));
            this.englishWords = List.of();
        }
    }

    private static <T> T remember(java.util.Map<String, T> cache, String question, T words) {
        if (cache.size() < CACHE_MAX) {
            cache.put(question, words);
        }
        return words;
    }

    /**
     * Questions come only from content files and each is read for every answer to it: its words are kept once
     * read; the bound keeps a surprise from growing these for ever.
     */
    private static final int CACHE_MAX = 10_000;
    private static final java.util.Map<String, Set<String>> ASKED_JA = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, List<EnglishWord>> ASKED_EN = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * How many different words of the question the sentence takes up (each counted once, however many words of the
     * sentence take it up).
     */
    int echoed(String sentence) {
        return english ? echoedEnglish(sentence) : count(japanese(sentence));
    }

    /** The same for sentence {@code i} of an answer, from the words it was read into once. */
    int echoed(AnswerText text, int i) {
        return english ? echoedEnglish(text.sentence(i)) : count(japanese(text.words(i)));
    }

    private int count(Set<String> own) {
        return (int) own.stream().filter(japaneseWords::contains).count();
    }

    /**
     * An English word as it is compared: its Snowball (Porter 2) stem and its first five letters. A question word is
     * taken up by a sentence word with either: each alone misses forms the other joins ("leaving" and "leave" share
     * a stem, not five letters; "certified" and "certifications" five letters, not a stem).
     */
    private record EnglishWord(String stem, String start) {}

    private int echoedEnglish(String sentence) {
        if (englishWords.isEmpty()) {
            return 0;
        }
        Set<String> stems = new java.util.HashSet<>();
        Set<String> starts = new java.util.HashSet<>();
        for (EnglishWord w : englishWords(sentence)) {
            stems.add(w.stem());
            starts.add(w.start());
        }
        return (int) englishWords.stream().filter(w -> stems.contains(w.stem()) || starts.contains(w.start())).count();
    }

    private static final int START = 5;

    private static Set<String> japanese(String text) {
        return japanese(JapaneseWords.of(AnswerText.fold(text)));
    }

    private static Set<String> japanese(List<JapaneseWords.Word> words) {
        Set<String> out = new LinkedHashSet<>();
        for (JapaneseWords.Word w : words) {
            boolean content = (w.is("名詞") && !w.is("名詞-非自立") && !w.is("名詞-代名詞") && !w.is("名詞-数")
                    && !w.is("名詞-接尾")) || w.is("動詞-自立") || w.is("形容詞-自立");
            if (content && !ASKING_JA.contains(w.baseForm()) && w.baseForm().length() >= 2) {
                out.add(ADDRESSED.getOrDefault(w.baseForm(), w.baseForm()));
            }
        }
        return out;
    }

    /** The content words of an English text; one stemmer per text (it keeps state per word, and is cheap to make). */
    private static List<EnglishWord> englishWords(String text) {
        List<EnglishWord> out = new java.util.ArrayList<>();
        org.tartarus.snowball.ext.EnglishStemmer stemmer = new org.tartarus.snowball.ext.EnglishStemmer();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (w.length() >= 4 && !AnswerShape.isFunctionWord(w) && !ASKING_EN.contains(w)) {
                stemmer.setCurrent(w);
                stemmer.stem();
                out.add(new EnglishWord(stemmer.getCurrent(), w.length() > START ? w.substring(0, START) : w));
            }
        }
        return out;
    }
}
