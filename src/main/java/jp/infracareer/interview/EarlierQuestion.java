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
 * (「質問2の模範解答」, "the example for question 2"), by the question's own names (「さっきの資格の質問の模範解答」), or as
 * the one before (「前の質問の模範解答」, "the previous question's model answer"). A user who wants the model answer to
 * the question they just struggled with usually asks after the next question has appeared.
 */
final class EarlierQuestion {
    private static final Pattern NUMBER = Pattern.compile(
            "(?:質問|第|\\bq|\\bquestion\\s?|\\bno\\.?\\s?)([0-9]{1,2})(?![0-9])|(?<![0-9])([0-9]{1,2})\\s?(?:問目|番目|つ目|個目|問め)");
    private static final Pattern PREVIOUS = Pattern.compile(
            "さっき|先ほど|さきほど|前の質問|前の問|ひとつ前|一つ前|1つ前|\\bprevious\\b|\\blast question\\b|\\bearlier\\b|\\bone before\\b");

    private EarlierQuestion() {}

    /** The id of the asked question {@code text} names, if it names one. */
    static Optional<String> named(Catalog c, InterviewSession s, String text) {
        // numbers and "the one before" are read in the text as typed (NFKC, lower case); names as the bank's names are
        // looked up, in the normalised form (kana folded) on both sides
        String typed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        String t = TextNormalizer.normalize(text);
        List<String> asked = s.questionIds().subList(0, Math.min(s.index() + 1, s.questionIds().size()));
        Matcher number = NUMBER.matcher(typed);
        if (number.find()) {
            int n = Integer.parseInt(number.group(1) != null ? number.group(1) : number.group(2));
            return n >= 1 && n <= asked.size() ? Optional.of(asked.get(n - 1)) : Optional.empty();
        }
        // the most recent first: 「さっきの…」 means the nearer of two that share a word
        for (int i = asked.size() - 2; i >= 0; i--) {
            String id = asked.get(i);
            boolean namedHere = c.question(id).map(InterviewQuestion::names).orElse(List.of()).stream()
                    .map(TextNormalizer::normalize).anyMatch(n -> !n.isBlank() && t.contains(n));
            if (namedHere) {
                return Optional.of(id);
            }
        }
        return PREVIOUS.matcher(typed).find() && asked.size() >= 2 ? Optional.of(asked.get(asked.size() - 2)) : Optional.empty();
    }
}
