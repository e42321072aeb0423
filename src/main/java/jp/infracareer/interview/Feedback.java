package jp.infracareer.interview;

import java.util.List;

/**
 * What an answer did well and what it missed, each point tied to the user's own words.
 *
 * @param score          0..100: structure, the points this question needs, length; minus weak motives; capped
 *                       when the answer misses the question, is a list of terms, or states something wrong
 * @param relevance      whether the answer addresses this question
 * @param looksLike      for {@link Relevance#OTHER_QUESTION}, the id of the question it seems to answer; else empty
 * @param about          for an off-topic answer, a few of its own words that say what it is about; else empty
 * @param stuffed        true when the answer lists terms instead of explaining in sentences
 * @param points         structure points that apply to this question, in order
 * @param length         how long the answer is against a one-minute answer
 * @param covered        the points of this question's rubric the answer makes (labels)
 * @param uncovered      points it could still make (at most three labels)
 * @param misconceptions wrong statements or wrong judgement, each with the right fact
 * @param weakMotives    motives interviewers react badly to, with the words that showed them; or, when nothing
 *                       more precise was found, the answer read as thin (id {@code thin-answer}), with its
 *                       thinnest sentence
 * @param nextStep       the one concrete thing to change next time
 */
public record Feedback(
        int score,
        Relevance relevance,
        String looksLike,
        String about,
        boolean stuffed,
        List<Point> points,
        Length length,
        List<String> covered,
        List<String> uncovered,
        List<Finding> misconceptions,
        List<Flag> weakMotives,
        String nextStep) {

    public Feedback {
        points = List.copyOf(points);
        covered = List.copyOf(covered);
        uncovered = List.copyOf(uncovered);
        misconceptions = List.copyOf(misconceptions);
        weakMotives = List.copyOf(weakMotives);
        looksLike = looksLike == null ? "" : looksLike;
        about = about == null ? "" : about;
        nextStep = nextStep == null ? "" : nextStep;
    }

    public enum Relevance { ON_TOPIC, OFF_TOPIC, OTHER_QUESTION }

    public enum Status { MET, PARTIAL, MISSED }

    /** One structure point; {@code quote} is the user's sentence that met it (empty when missed). */
    public record Point(String id, Status status, String quote) {}

    public enum Verdict { TOO_SHORT, SHORT, GOOD, LONG, TOO_LONG }

    public record Length(int count, String unit, Verdict verdict) {}

    /** A weak motive: its id, the user's sentence that showed it, and why it hurts. */
    public record Flag(String id, String quote, String why) {}

    /** A misconception: its id, the user's sentence that stated it, and the right fact. */
    public record Finding(String id, String quote, String correction) {}

    Feedback withNextStep(String next) {
        return new Feedback(score, relevance, looksLike, about, stuffed, points, length, covered, uncovered,
                misconceptions, weakMotives, next);
    }

    /** The best-met point, for summaries ("strongest"), or empty. */
    public String strongest() {
        return points.stream().filter(p -> p.status() == Status.MET).map(Point::id).findFirst().orElse("");
    }

    /** The first missed point, for summaries ("weakest"), or empty. */
    public String weakest() {
        if (relevance != Relevance.ON_TOPIC) {
            return "relevance";
        }
        if (!misconceptions.isEmpty()) {
            return "correctness";
        }
        if (stuffed) {
            return "explain";
        }
        return points.stream().filter(p -> p.status() != Status.MET).map(Point::id).findFirst()
                .orElse(length.verdict() == Verdict.GOOD ? "" : "length");
    }
}
