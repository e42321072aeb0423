package jp.infracareer.recognition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Terms typed in hiragana, as people type on a phone without converting (「きほんじょうほうってむずかしい？」), written back
 * as the content writes them (基本情報) before a question is read: Kuromoji cuts an unconverted run into pieces that
 * name nothing (「くる」「ほる」), so the question reached the job-search guide (an eleventh newcomer trial). The readings
 * of Japanese terms come from Kuromoji's dictionary; names in Latin letters list their kana spellings in aliases.yml.
 * <p>
 * A spelling is replaced only where a word can start and end inside a run of hiragana (at its edges or beside a
 * particle), so 「しかく」 in 「しかくい」 stays as it is.
 */
public final class KanaSpellings {
    /** Fewer kana than this are too often part of other words (「かんし」 in 「かんしゃ」 is thanks). */
    static final int MIN_KANA = 3;
    /** Particles (and the っ of って) after which a word may start and before which one may end. */
    private static final String PARTICLES = "のとはがをにでもやへかっ";

    /** Hiragana spelling → the term as written. */
    private final Map<String, String> spelled = new HashMap<>();
    private int longest;

    /**
     * {@code terms}: a term → its kana spellings besides its dictionary reading (none for most Japanese terms; all of
     * them for a Latin name such as LPIC).
     */
    public KanaSpellings(Map<String, List<String>> terms) {
        terms.forEach((term, spellings) -> {
            add(toHiragana(Readings.of(term)), term);
            spellings.forEach(s -> add(toHiragana(s), term));
        });
    }

    private void add(String kana, String term) {
        if (kana.length() >= MIN_KANA && kana.chars().allMatch(KanaSpellings::isHiragana)) {
            spelled.putIfAbsent(kana, term);
            longest = Math.max(longest, kana.length());
        }
    }

    /** {@code text} with every known spelling in hiragana written as its term; the text itself when there is none. */
    public String spell(String text) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            String term = null;
            int end = i;
            if (isHiragana(text.charAt(i)) && mayStart(text, i)) {
                for (int n = Math.min(longest, text.length() - i); n >= MIN_KANA && term == null; n--) {
                    String candidate = spelled.get(text.substring(i, i + n));
                    if (candidate != null && mayEnd(text, i + n)) {
                        term = candidate;
                        end = i + n;
                    }
                }
            }
            if (term == null) {
                if (out != null) {
                    out.append(text.charAt(i));
                }
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            out.append(term);
            i = end;
        }
        return out == null ? text : out.toString();
    }

    private static boolean mayStart(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        if (!isHiragana(before)) {
            // 「転職はけんとう中」: after a kanji, a particle (は) is more likely than a word (はけん) starting there
            return PARTICLES.indexOf(text.charAt(i)) < 0;
        }
        return PARTICLES.indexOf(before) >= 0;
    }

    private static boolean mayEnd(String text, int end) {
        return end == text.length() || !isHiragana(text.charAt(end)) || PARTICLES.indexOf(text.charAt(end)) >= 0;
    }

    private static boolean isHiragana(int c) {
        return (c >= 'ぁ' && c <= 'ゖ') || c == 'ー';
    }

    private static String toHiragana(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= 'ァ' && c <= 'ヶ' ? (char) (c - ('ァ' - 'ぁ')) : c);
        }
        return b.toString();
    }
}
