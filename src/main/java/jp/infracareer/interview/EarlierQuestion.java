package jp.infracareer.interview;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.InterviewQuestion;
import jp.infracareer.recognition.TextNormalizer;
import jp.infracareer.state.InterviewSession;

/**
 * The question of a running interview that a request names, when it names one already asked: by its number
 * (「質問2の模範解答」, "the example for question 2"), by the question's own names (「さっきの資格の質問の模範解答」), or by
 * how far back it was (「前の質問の」「2つ前の」, "the previous question's"). A user who wants the model answer to the
 * question they just struggled with usually asks after the next question has appeared.
 */
final class EarlierQuestion {
    private static final Pattern NUMBER = Pattern.compile(
            "(?:質問|第|\\bq|\\bquestion\\s?|\\bno\\.?\\s?)([0-9]{1,2})(?![0-9])|(?<![0-9])([0-9]{1,2})\\s?(?:問目|番目|つ目|個目|問め)");
    private static final Pattern STEPS_BACK = Pattern.compile("([0-9])\\s?(?:つ|個|問)前");
    private static final Pattern PREVIOUS = Pattern.compile(
            "さっき|先ほど|さきほど|前の質問|前の問|ひとつ前|一つ前|\\bprevious\\b|\\blast question\\b|\\bearlier\\b|\\bone before\\b");

    private EarlierQuestion() {}

    /** Of {@code asked}, the question whose longest name the normalised text holds; among equals, the later one. */
    static Optional<String> longestNamed(Catalog c, List<String> asked, String normalized) {
        String best = null;
        int bestLength = 0;
        for (int i = asked.size() - 1; i >= 0; i--) {
            for (String name : c.question(asked.get(i)).map(InterviewQuestion::names).orElse(List.of())) {
                String n = TextNormalizer.normalize(name);
                if (!n.isBlank() && n.length() > bestLength && normalized.contains(n)) {
                    best = asked.get(i);
                    bestLength = n.length();
                }
            }
        }
        return Optional.ofNullable(best).or(() -> quoted(c, asked, normalized));
    }

    /**
     * The asked question a quoted piece of the message comes from ("a model answer for the 'Explain the difference' one?",
     * after a thirtieth trial quoted a question's words and got a guide): words in quotes, long enough to be a
     * question's, found in its text.
     */
    static Optional<String> quoted(Catalog c, List<String> asked, String normalized) {
        Matcher quote = QUOTED.matcher(normalized);
        while (quote.find()) {
            String piece = quote.group(1).strip().replaceAll("[?？。.!！]+$", "");
            if (piece.length() < QUOTED_MIN_CHARS) {
                continue;
            }
            for (int i = asked.size() - 1; i >= 0; i--) {
                String text = c.question(asked.get(i)).map(q -> TextNormalizer.normalize(q.question())).orElse("");
                if (text.contains(piece)) {
                    return Optional.of(asked.get(i));
                }
            }
        }
        return Optional.empty();
    }

    /** Shortest quoted piece read as a question's words: shorter ones ("DNS") name terms, not questions. */
    private static final int QUOTED_MIN_CHARS = 8;

    private static final Pattern QUOTED = Pattern.compile("[\"'\u2018\u2019\u201c\u201d\u300c\u300e]([^\"'\u2018\u2019\u201c\u201d\u300c\u300d\u300e\u300f]{4,120})[\"'\u2018\u2019\u201c\u201d\u300d\u300f]");

    /** The question number a request types (「2問目」, "question 4"), if any. */
    static Optional<Integer> number(String text) {
        String typed = typed(text);
        Matcher number = NUMBER.matcher(typed);
        if (number.find()) {
            return Optional.of(Integer.parseInt(number.group(1) != null ? number.group(1) : number.group(2)));
        }
        // "the first question", 「最初の質問」, 「二問目」: a question named by a word
        Matcher ordinal = ORDINAL.matcher(typed);
        return ordinal.find() ? Optional.of(ordinal(ordinal.group(1) != null ? ordinal.group(1) : ordinal.group(2))) : Optional.empty();
    }

    /** Numbers and "how far back" are read in the text as typed: NFKC and lower case, kana not folded (「の」 stays). */
    private static String typed(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether a message points at one question by its place ("2問目", "question 2", "the first question"), not "第2新卒". */
    static boolean pointsAtOne(String text) {
        String typed = typed(text);
        return POINTED.matcher(typed).find() || ORDINAL.matcher(typed).find();
    }

    private static final Pattern POINTED = Pattern.compile(
            "(?<![0-9])[0-9]{1,2}\\s?(?:問目|番目|つ目|個目|問め)|\\bquestion\\s?[0-9]|\\bq[0-9]|\\bno\\.?\\s?[0-9]|質問[0-9]");

    private static final Pattern ORDINAL = Pattern.compile(
            "\\b(?:the|my) (first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th) (?:question|answer)\\b|(最初|一|二|三|四|五|六)(?:の質問|問目|番目の質問)");

    private static int ordinal(String word) {
        return switch (word) {
            case "first", "1st", "最初", "一" -> 1;
            case "second", "2nd", "二" -> 2;
            case "third", "3rd", "三" -> 3;
            case "fourth", "4th", "四" -> 4;
            case "fifth", "5th", "五" -> 5;
            default -> 6;
        };
    }

    /**
     * The id of the asked question {@code text} names, if it names one other than the waiting one. A number past the
     * questions asked so far names none (the waiting question's example is then shown).
     */
    static Optional<String> named(Catalog c, InterviewSession s, String text) {
        // numbers and "how far back" are read in the text as typed (NFKC, lower case); names as the bank's names are
        // looked up, in the normalised form (kana folded) on both sides
        String typed = typed(text);
        String t = TextNormalizer.normalize(text);
        List<String> asked = s.questionIds().subList(0, Math.min(s.index() + 1, s.questionIds().size()));
        String waiting = asked.get(asked.size() - 1);
        Matcher number = NUMBER.matcher(typed);
        if (number.find()) {
            int n = Integer.parseInt(number.group(1) != null ? number.group(1) : number.group(2));
            return n >= 1 && n < asked.size() ? Optional.of(asked.get(n - 1)) : Optional.empty();
        }
        Matcher back = STEPS_BACK.matcher(typed);
        if (back.find()) {
            int n = Integer.parseInt(back.group(1));
            return n >= 1 && n < asked.size() ? Optional.of(asked.get(asked.size() - 1 - n)) : Optional.empty();
        }
        // the longest name wins, the waiting question's included: at the night-alert question, 「夜勤中のアラートの模範解答」
        // names it, not the earlier night-shift question whose name 「夜勤」 it also contains; among equals, the nearer
        Optional<String> best = longestNamed(c, asked, t);
        if (best.isPresent()) {
            return best.get().equals(waiting) ? Optional.empty() : best;
        }
        return PREVIOUS.matcher(typed).find() && asked.size() >= 2 ? Optional.of(asked.get(asked.size() - 2)) : Optional.empty();
    }
}
