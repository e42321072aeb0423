package jp.infracareer.advisor;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Taking out of a message the words that say the user is Japanese or needs no visa (aliases.yml native_speaker). They
 * are cut from the message as typed (only width-folded), not from its normalised form, which writes hiragana in katakana
 * and would no longer read as the user's question.
 */
final class NativeSpeaker {
    /** All the phrases as one pattern, the longest first, so 「日本語は母国語なので」 goes whole before 「日本語は母国語」. */
    private final Pattern phrases;
    /** The phrases case-folded as the pattern compares them: a message holding none is passed over without it. */
    private final List<String> caseFolded;

    NativeSpeaker(List<String> words) {
        this.caseFolded = words.stream().map(w -> caseFold(fold(w))).distinct().toList();
        // one pattern read once per message, not one per phrase (it runs on every free-text question)
        this.phrases = Pattern.compile(words.stream().map(NativeSpeaker::fold).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> w.matches("[\\x20-\\x7e]+") ? "(?<![a-z0-9])" + Pattern.quote(w) + "(?![a-z0-9])" : Pattern.quote(w))
                .reduce((a, b) -> a + "|" + b).orElse("(?!)"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The message without those words, or null when it has none of them. */
    String rest(String typed) {
        String folded = fold(typed);
        // the alternation of forty phrases, tried case-blind at every place, was 9% of a free-text question's samples
        String blind = caseFold(folded);
        if (caseFolded.stream().noneMatch(blind::contains)) {
            return null;
        }
        var m = phrases.matcher(folded);
        return m.find() ? m.replaceAll(" ").strip() : null;
    }

    /** Each character as a case-blind Unicode regex compares it (lower case of its upper case), one for one. */
    static String caseFold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(Character.toLowerCase(Character.toUpperCase(text.charAt(i))));
        }
        return out.toString();
    }

    /** Full-width letters and marks folded (ＴＯＥＩＣ, ？) and a typographic apostrophe made plain (I’m). */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u2019', '\'');
    }
}
