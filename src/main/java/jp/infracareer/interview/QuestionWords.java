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

    private final Set<String> words;
    private final boolean english;

    QuestionWords(String question, boolean english) {
        this.english = english;
        java.util.Map<String, Set<String>> asked = english ? ASKED_EN : ASKED_JA;
        Set<String> known = asked.get(question);
        if (known == null) {
            known = Set.copyOf(english ? english(question) : japanese(question));
            if (asked.size() < CACHE_MAX) {
                asked.put(question, known);
            }
        }
        this.words = known;
    }

    private QuestionWords(Set<String> words, boolean english) {
        this.words = words;
        this.english = english;
    }

    /**
     * Only those of this question's words that at most {@code maxQuestions} questions of the bank use (this one
     * included): 「ミス」 for the mistake question, not 「仕事」 or 「経験」, which half the bank asks with.
     */
    QuestionWords distinctive(java.util.Collection<String> bank, int maxQuestions) {
        java.util.Map<String, Integer> usedBy = new java.util.HashMap<>();
        for (String other : bank) {
            for (String w : new QuestionWords(other, english).words) {
                usedBy.merge(w, 1, Integer::sum);
            }
        }
        Set<String> kept = new java.util.HashSet<>();
        for (String w : words) {
            if (usedBy.getOrDefault(w, 1) <= maxQuestions) {
                kept.add(w);
            }
        }
        return new QuestionWords(Set.copyOf(kept), english);
    }

    /**
     * Questions come only from content files and each is read for every answer to it: its words are kept once
     * read; the bound keeps a surprise from growing these for ever.
     */
    private static final int CACHE_MAX = 10_000;
    private static final java.util.Map<String, Set<String>> ASKED_JA = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, Set<String>> ASKED_EN = new java.util.concurrent.ConcurrentHashMap<>();

    /** How many different words of the question the sentence takes up. */
    int echoed(String sentence) {
        return english ? echoedEnglish(sentence) : count(japanese(sentence));
    }

    /** The same for sentence {@code i} of an answer, from the words it was read into once. */
    int echoed(AnswerText text, int i) {
        return english ? echoedEnglish(text.sentence(i)) : count(japanese(text.words(i)));
    }

    private int count(Set<String> own) {
        return (int) own.stream().filter(words::contains).count();
    }

    /**
     * An English question word is taken up when a word of the sentence has its stem or begins with the same five
     * letters: each alone misses forms the other joins ("leaving" and "leave" share a stem, not five letters;
     * "certified" and "certifications" five letters, not a stem).
     */
    private int echoedEnglish(String sentence) {
        Set<String> own = english(sentence);
        Set<String> stems = new java.util.HashSet<>();
        Set<String> starts = new java.util.HashSet<>();
        for (String key : own) {
            stems.add(stemOf(key));
            starts.add(startOf(key));
        }
        return (int) words.stream().filter(w -> stems.contains(stemOf(w)) || starts.contains(startOf(w))).count();
    }

    private static final int START = 5;

    private static String stemOf(String key) {
        return key.substring(0, key.indexOf(' '));
    }

    private static String startOf(String key) {
        return key.substring(key.indexOf(' ') + 1);
    }

    private static Set<String> japanese(String text) {
        return japanese(JapaneseWords.of(AnswerText.fold(text)));
    }

    private static Set<String> japanese(List<JapaneseWords.Word> words) {
        Set<String> out = new LinkedHashSet<>();
        for (JapaneseWords.Word w : words) {
            boolean content = (w.is("名詞") && !w.is("名詞-非自立") && !w.is("名詞-代名詞") && !w.is("名詞-数")
                    && !w.is("名詞-接尾")) || w.is("動詞-自立") || w.is("形容詞-自立");
            if (content && !ASKING_JA.contains(w.baseForm()) && w.baseForm().length() >= 2) {
                out.add(w.baseForm());
            }
        }
        return out;
    }

    private static Set<String> english(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (w.length() >= 4 && !AnswerShape.isFunctionWord(w) && !ASKING_EN.contains(w)) {
                // "stem start": both forms of the word, for echoedEnglish
                out.add(stem(w) + " " + (w.length() > START ? w.substring(0, START) : w));
            }
        }
        return out;
    }

    /** A word's stem by Snowball's English (Porter 2) rules; the stemmer keeps state per word, so each thread has its own. */
    static String stem(String word) {
        org.tartarus.snowball.ext.EnglishStemmer stemmer = STEMMER.get();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static final ThreadLocal<org.tartarus.snowball.ext.EnglishStemmer> STEMMER =
            ThreadLocal.withInitial(org.tartarus.snowball.ext.EnglishStemmer::new);
}
