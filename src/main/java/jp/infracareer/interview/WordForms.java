package jp.infracareer.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jp.infracareer.recognition.JapaneseWords;

/**
 * Japanese phrases matched by word rather than by letters, so that a rubric's phrasing is found however the
 * answer inflects or spells it: the phrase's words must stand in a row in the sentence, each in any inflection
 * (止まった finds 止まる), or spelt differently with the same reading when one side is written in kana (つながる
 * finds 繋がる); the phrase's last word may be a stem (重くな finds 重くなる). Two kanji words that only sound
 * alike never match (監視 and 関し), and a word followed by a negation is not the word (止まらない is not 止まる).
 */
final class WordForms {
    /**
     * One word of a folded text: as written, its dictionary form and its reading; whether it negates, and
     * whether it is written in kana (both worked out once per word: matching compares every pair of words).
     */
    record Form(String surface, String base, String reading, boolean negation, boolean kana) {}

    private static final Set<String> NEGATIONS = Set.of("ない", "ず", "ぬ", "ん", "無い");
    private static final Set<String> POLITE = Set.of("ます", "です");
    /** Phrases come only from content files; the bound keeps a surprise from growing the cache for ever. */
    private static final int CACHE_MAX = 50_000;
    private static final Map<String, List<Form>> PHRASES = new ConcurrentHashMap<>();

    private WordForms() {}

    /** The words of a folded text, punctuation left out. */
    static List<Form> of(String folded) {
        return of(JapaneseWords.of(folded));
    }

    /** The same from a text's words as the tokenizer read them. */
    static List<Form> of(List<JapaneseWords.Word> words) {
        List<Form> out = new ArrayList<>();
        for (JapaneseWords.Word w : words) {
            if (w.is("記号") || w.surface().isBlank()) {
                continue;
            }
            boolean negation = NEGATIONS.contains(w.baseForm()) && (w.is("助動詞") || w.is("形容詞"));
            out.add(new Form(w.surface(), w.baseForm(), w.reading(), negation, isKana(w.surface())));
        }
        return out;
    }

    /** The words of a content phrase (folded), kept once read. */
    static List<Form> phrase(String foldedPhrase) {
        List<Form> cached = PHRASES.get(foldedPhrase);
        if (cached != null) {
            return cached;
        }
        List<Form> forms = List.copyOf(of(foldedPhrase));
        if (PHRASES.size() < CACHE_MAX) {
            PHRASES.put(foldedPhrase, forms);
        }
        return forms;
    }

    /** True when the phrase's words stand in a row in the sentence's words (see the class comment). */
    static boolean contains(List<Form> sentence, List<Form> phrase) {
        for (int i = 0; i + phrase.size() <= sentence.size(); i++) {
            if (containsAt(sentence, phrase, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the phrase's words stand in a row in the sentence's words from word {@code at} on, not negated
     * right after (see the class comment).
     */
    static boolean containsAt(List<Form> sentence, List<Form> phrase, int at) {
        int m = phrase.size();
        if (m == 0 || at + m > sentence.size() || !matchesAt(sentence, phrase, at)) {
            return false;
        }
        for (Form f : phrase) {
            if (f.negation()) {
                return true; // a phrase that negates itself is not unsaid by a negation after it
            }
        }
        return !negatedAfter(sentence, at + m);
    }

    private static boolean matchesAt(List<Form> sentence, List<Form> phrase, int at) {
        for (int j = 0; j < phrase.size(); j++) {
            boolean last = j == phrase.size() - 1;
            if (!same(sentence.get(at + j), phrase.get(j), last && phrase.size() > 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(Form word, Form p, boolean stemAllowed) {
        if (word.surface().equals(p.surface()) || (word.base().equals(p.base()) && p.base().length() >= 2)) {
            return true;
        }
        boolean kana = word.kana() || p.kana();
        if (kana && p.reading().length() >= 2 && word.reading().equals(p.reading())) {
            return true;
        }
        return stemAllowed && (word.surface().startsWith(p.surface())
                || (kana && p.reading().length() >= 1 && word.reading().startsWith(p.reading())));
    }

    /** True when the word after a match (past a polite ます/です) negates it. */
    private static boolean negatedAfter(List<Form> sentence, int at) {
        for (int k = at; k < sentence.size() && k < at + 2; k++) {
            Form f = sentence.get(k);
            if (f.negation()) {
                return true;
            }
            if (!POLITE.contains(f.base())) {
                return false;
            }
        }
        return false;
    }

    private static boolean isKana(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 0x3041 && c <= 0x30ff) || c == 'ー')) {
                return false;
            }
        }
        return true;
    }
}
