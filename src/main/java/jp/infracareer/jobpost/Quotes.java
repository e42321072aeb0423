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
    /** Fewer items than this on a line are one statement with spaces in it (「シフト制（日勤 9:00〜18:00／夜勤 21:00〜）」). */
    private static final int MIN_ITEMS = 4;
    private static final Pattern KANA_OR_KANJI = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
    /** A space after a Japanese character: where the items of a posting typed as one line meet. */
    private static final Pattern JAPANESE_ITEM_BREAK = Pattern.compile("(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー〜～）)】0-9０-９])[ 　]+(?=[^ 　])");

    private Quotes() {}

    /** The line, or the part of it around {@code phrase} (normalised text), at most {@code max} characters. */
    static String around(String line, String phrase, int max) {
        String cleaned = BULLET.matcher(line).replaceFirst("").strip();
        // a Japanese posting typed as one line of items (「【未経験歓迎】インフラエンジニア 月給22万〜 客先常駐 夜勤あり」): the
        // item that holds the phrase, not the whole line for every finding
        String[] items = phrase == null || phrase.isEmpty() || cleaned.contains("。") || !KANA_OR_KANJI.matcher(cleaned).find()
                ? new String[0] : JAPANESE_ITEM_BREAK.split(cleaned);
        if (items.length >= MIN_ITEMS) {
            String item = holding(joinShort(items), phrase);
            if (item != null) {
                return Texts.cut(item, max);
            }
        }
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

    /** Items with a short label joined to the value after it (「給与 月給22万円〜」「夜勤 21:00〜翌9:00」). */
    private static List<String> joinShort(String[] items) {
        List<String> joined = new java.util.ArrayList<>();
        String pending = "";
        for (String item : items) {
            String merged = pending.isEmpty() ? item : pending + " " + item;
            if (item.strip().length() < SHORT_ITEM) {
                pending = merged;
            } else {
                joined.add(merged);
                pending = "";
            }
        }
        if (!pending.isEmpty()) {
            joined.add(pending);
        }
        return joined;
    }

    /** An item shorter than this is a label (給与, 夜勤, 賞与), quoted with the value after it. */
    private static final int SHORT_ITEM = 4;

    private static String holding(List<String> parts, String phrase) {
        for (String part : parts) {
            if (TextNormalizer.normalize(part).contains(phrase)) {
                return part.strip();
            }
        }
        return null;
    }
}
