package jp.infracareer.interview;

import java.util.List;

/**
 * What an answer did well and what it missed, each point tied to the user's own words.
 *
 * @param score       0..100, built from the points, the length, the job terms and the weak motives
 * @param points      structure points (conclusion first, reason, episode, link, learning), in order
 * @param length      how long the answer is against a one-minute answer
 * @param usedTerms   job-related terms the answer used
 * @param missedTerms important terms of this question it did not use (at most three)
 * @param weakMotives motives interviewers react badly to, with the words that showed them
 * @param nextStep    the one concrete thing to change next time
 */
public record Feedback(
        int score,
        List<Point> points,
        Length length,
        List<String> usedTerms,
        List<String> missedTerms,
        List<Flag> weakMotives,
        String nextStep) {

    public enum Status { MET, PARTIAL, MISSED }

    /** One structure point; {@code quote} is the user's sentence that met it (empty when missed). */
    public record Point(String id, Status status, String quote) {}

    public enum Verdict { TOO_SHORT, SHORT, GOOD, LONG, TOO_LONG }

    public record Length(int count, String unit, Verdict verdict) {}

    public record Flag(String id, String quote, String why) {}

    /** The best-met point, for summaries ("strongest"), or empty. */
    public String strongest() {
        return points.stream().filter(p -> p.status() == Status.MET).map(Point::id).findFirst().orElse("");
    }

    /** The first missed point, for summaries ("weakest"), or empty. */
    public String weakest() {
        return points.stream().filter(p -> p.status() != Status.MET).map(Point::id).findFirst()
                .orElse(length.verdict() == Verdict.GOOD ? "" : "length");
    }
}
