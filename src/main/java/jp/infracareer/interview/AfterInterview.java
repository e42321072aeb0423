package jp.infracareer.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.InterviewQuestion;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.Reply.Paragraph;
import jp.infracareer.kernel.Reply.Part;
import jp.infracareer.recognition.TextNormalizer;
import jp.infracareer.state.InterviewSession;

/**
 * Questions about an interview just finished (a fifteenth newcomer trial asked 「結果をもう一回見せて」, 「2問目0点って…どう
 * 答えればよかったんですか」 and "why did the website question get only 10?", and got the help page or nothing): the results
 * again, or one question's score, the point it lacked most and its model answer. The question is the one named (by
 * number or by its names), else the one scored lowest.
 */
public final class AfterInterview {
    private AfterInterview() {}

    public static Optional<Reply> reply(Catalog c, InterviewWords words, InterviewSession last, String text, boolean shareable) {
        if (words.asksResultsAgain(text)) {
            return Optional.of(InterviewReplies.summary(c, last, shareable));
        }
        if (!words.asksAboutAScore(text)) {
            // "a model answer for the 'Explain the difference' one?": a piece of an asked question's words, in quotes
            return words.asksHowToAnswerAtAll(text)
                    ? EarlierQuestion.quoted(c, reached(last), TextNormalizer.normalize(text)).flatMap(id -> explained(c, last, id))
                    : Optional.empty();
        }
        Optional<String> named = named(c, last, text);
        Optional<Integer> number = EarlierQuestion.number(text);
        if (named.isEmpty() && number.isPresent() && number.get() >= 1 && number.get() <= MOST_QUESTIONS) {
            // 「4問目の模範解答」 after an interview that asked two: which questions it asked, by number (it got the help
            // page, session 41), rather than a guide
            Reply summary = InterviewReplies.summary(c, last, shareable);
            List<Part> parts = new ArrayList<>();
            parts.add(new Paragraph("", c.ui().format("interview.after_not_asked", "number", String.valueOf(number.get()),
                    "count", String.valueOf(reached(last).size()))));
            parts.addAll(summary.parts());
            return Optional.of(new Reply(summary.topic(), summary.title(), parts, summary.context(), summary.actions(), summary.data()));
        }
        if (named.isEmpty() && (number.isPresent() || words.question(text).isPresent())) {
            // a number past any interview's, or a question of the bank this interview did not ask ("how do I answer the
            // DNS question?"), is not about this interview
            return Optional.empty();
        }
        return named.or(() -> InterviewReplies.lowestScored(last)).flatMap(id -> explained(c, last, id));
    }

    /**
     * The question of a finished interview a request asks to answer again (「1問目をやり直したい」, "I want to retry question
     * 1"): only one it points at by its place; a sixteenth trial's "I want to retry question 1" got a guide.
     */
    public static Optional<String> retried(Catalog c, InterviewWords words, InterviewSession last, String text) {
        // only a question pointed at ("1問目", "question 1", "the first question"): 「第2新卒でキャリアをやり直したい」 names none
        return words.asksToRetry(text) && EarlierQuestion.pointsAtOne(text) ? named(c, last, text) : Optional.empty();
    }

    /** The question of a finished interview a request names: by its number, else by the longest of its names. */
    static Optional<String> named(Catalog c, InterviewSession s, String text) {
        List<String> asked = reached(s);
        Optional<Integer> number = EarlierQuestion.number(text);
        if (number.isPresent()) {
            int n = number.get();
            return n >= 1 && n <= asked.size() ? Optional.of(asked.get(n - 1)) : Optional.empty();
        }
        return EarlierQuestion.longestNamed(c, asked, TextNormalizer.normalize(text));
    }

    /** The most questions an interview asks: a higher number in 「7問目」 is about something else. */
    private static final int MOST_QUESTIONS = 10;

    /**
     * The questions an interview reached: those answered or skipped, and the one shown when it ended (an interview ended
     * early never asked the rest; the question it was waiting on was on screen, and its example is asked for too).
     */
    private static List<String> reached(InterviewSession s) {
        return s.questionIds().subList(0, Math.min(s.results().size() + 1, s.questionIds().size()));
    }

    private static Optional<Reply> explained(Catalog c, InterviewSession s, String id) {
        Optional<InterviewQuestion> question = c.question(id);
        Optional<InterviewSession.Result> result = s.results().stream().filter(r -> r.questionId().equals(id)).findFirst();
        if (question.isEmpty()) {
            return Optional.empty();
        }
        String number = String.valueOf(s.questionIds().indexOf(id) + 1);
        String said = result.isEmpty()
                ? c.ui().format("interview.after_unanswered", "number", number, "question", question.get().question())
                : result.get().skipped()
                ? c.ui().format("interview.after_skipped", "number", number, "question", question.get().question())
                : result.get().weakest().isEmpty()
                        ? c.ui().format("interview.after_score_plain", "number", number, "question", question.get().question(),
                                "score", String.valueOf(result.get().score()))
                        : c.ui().format("interview.after_score", "number", number, "question", question.get().question(),
                                "score", String.valueOf(result.get().score()),
                                "point", result.get().weakest().equals("length") ? InterviewReplies.pointName(c.ui(), "length")
                                        : InterviewReplies.pointLabel(c.ui(), question.get(), result.get().weakest()));
        Reply example = InterviewReplies.exampleFor(c, question.get(), false);
        List<Part> parts = new ArrayList<>();
        parts.add(new Paragraph("", said));
        parts.addAll(example.parts());
        return Optional.of(new Reply(example.topic(), example.title(), parts, example.context(), example.actions(), example.data()));
    }
}
