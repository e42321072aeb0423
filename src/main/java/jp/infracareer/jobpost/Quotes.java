package jp.infracareer.jobpost;

import java.util.List;
import java.util.regex.Pattern;
import jp.infracareer.kernel.Texts;
import jp.infracareer.recognition.TextNormalizer;

/**
 * The words of a posting to quote for one finding: the sentence (or, in a long sentence, the clause) that
 * holds the phrase which triggered it, so that each point shows its own reason. A posting pasted as one long
 * line would otherwise give every point the same first hundred characters.
 */
final class Quotes {
    private static final Pattern BULLET = Pattern.compile("^[・\\-*•■●◆◇□○>\\s]+");
    /** After 。！？ always; after . ! ? only before a space and a capital ("3.2M", "incl. 30 hours" stay whole). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？])|(?<=[.!?])\\s+(?=[A-Z])");
    private static final Pattern CLAUSE_END = Pattern.compile("(?<=[、，,;；／/])\\s*");

    private Quotes() {}

    /** The line, or the part of it around {@code phrase} (normalised text), at most {@code max} characters. */
    static String around(String line, String phrase, int max) {
        String cleaned = BULLET.matcher(line).replaceFirst("").strip();
        if (cleaned.length() <= max || phrase == null || phrase.isEmpty()) {
            return Texts.cut(cleaned, max);
        }
        String sentence = holding(List.of(SENTENCE_END.split(cleaned)), phrase);
        if (sentence == null) {
            return Texts.cut(cleaned, max);
        }
        if (sentence.length() <= max) {
            return sentence;
        }
        // the clause holding the phrase, with what follows it as far as it fits: the words after say the most
        java.util.regex.Matcher ends = CLAUSE_END.matcher(sentence);
        int start = 0;
        while (start < sentence.length()) {
            int end = ends.find() ? ends.start() : sentence.length();
            if (TextNormalizer.normalize(sentence.substring(start, end)).contains(phrase)) {
                return (start > 0 ? Texts.ELLIPSIS : "") + Texts.cut(sentence.substring(start), max);
            }
            start = end == sentence.length() ? sentence.length() : ends.end();
        }
        return Texts.cut(sentence, max);
    }

    private static String holding(List<String> parts, String phrase) {
        for (String part : parts) {
            if (TextNormalizer.normalize(part).contains(phrase)) {
                return part.strip();
            }
        }
        return null;
    }
}
