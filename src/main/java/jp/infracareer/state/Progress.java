package jp.infracareer.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a user's practice adds up to, kept longer than a session: for App Home and for choosing questions
 * not practised recently. Bounded: a few recent scores, one timestamp per question in the bank.
 *
 * @param sessions      interviews completed
 * @param recentScores  average score of the last sessions, oldest first (at most {@value #KEEP_SCORES})
 * @param lastPracticed question id to when it was last answered or skipped
 * @param missedPoints  point id to how often it was missed, to name the weakest area
 * @param topicsViewed  how many topics the user has opened
 */
public record Progress(
        int sessions,
        List<Integer> recentScores,
        Map<String, Instant> lastPracticed,
        Map<String, Integer> missedPoints,
        int topicsViewed) {
    public static final int KEEP_SCORES = 10;
    public static final Progress EMPTY = new Progress(0, List.of(), Map.of(), Map.of(), 0);

    public Progress {
        recentScores = List.copyOf(recentScores);
        lastPracticed = Map.copyOf(lastPracticed);
        missedPoints = Map.copyOf(missedPoints);
    }

    public Progress practised(String questionId, Instant when, String missedPoint) {
        Map<String, Instant> practised = new HashMap<>(lastPracticed);
        practised.put(questionId, when);
        Map<String, Integer> missed = new HashMap<>(missedPoints);
        if (missedPoint != null && !missedPoint.isEmpty()) {
            missed.merge(missedPoint, 1, Integer::sum);
        }
        return new Progress(sessions, recentScores, practised, missed, topicsViewed);
    }

    public Progress sessionCompleted(int averageScore) {
        List<Integer> scores = new ArrayList<>(recentScores);
        scores.add(averageScore);
        while (scores.size() > KEEP_SCORES) {
            scores.remove(0);
        }
        return new Progress(sessions + 1, scores, lastPracticed, missedPoints, topicsViewed);
    }

    public Progress viewedTopic() {
        return new Progress(sessions, recentScores, lastPracticed, missedPoints, topicsViewed + 1);
    }

    public String weakestPoint() {
        return missedPoints.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse("");
    }

    public Instant lastPractice() {
        return lastPracticed.values().stream().max(Instant::compareTo).orElse(null);
    }
}
