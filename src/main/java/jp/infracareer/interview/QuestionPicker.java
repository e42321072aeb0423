package jp.infracareer.interview;

import jp.infracareer.state.Progress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import jp.infracareer.content.InterviewQuestion;

/**
 * Chooses a session's questions: from the track, never the same one twice, questions the user has not
 * practised (or practised longest ago) first, ties broken at random; asked in the bank's order, which runs
 * like a real interview (introduction and motives first, reverse questions last).
 */
final class QuestionPicker {
    static final int SESSION_LENGTH = 5;

    private QuestionPicker() {}

    static List<String> pick(List<InterviewQuestion> bank, String track, Progress progress, RandomGenerator random) {
        List<InterviewQuestion> candidates = new ArrayList<>(bank.stream().filter(q -> q.inTrack(track)).toList());
        java.util.Collections.shuffle(candidates, new java.util.Random(random.nextLong()));
        candidates.sort(Comparator.comparing((InterviewQuestion q) -> progress.lastPracticed().getOrDefault(q.id(), Instant.MIN)));
        List<InterviewQuestion> chosen = new ArrayList<>(candidates.subList(0, Math.min(SESSION_LENGTH, candidates.size())));
        chosen.sort(Comparator.comparingInt(bank::indexOf));
        return chosen.stream().map(InterviewQuestion::id).toList();
    }
}
