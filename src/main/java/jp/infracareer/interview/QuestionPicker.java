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
 * like a real interview (introduction and motives first), with the reverse question always last, even after a
 * track's own questions that the bank lists after it. A server, network or cloud session holds {@link #MIN_FOCUS}
 * to {@link #MAX_FOCUS} of that track's own technical questions ({@link #MAX_FOCUS} where the track has
 * {@link #FULL_FOCUS_FROM} or more) ({@code focus} in interview.yml), one of them, where
 * the track has any, a question the general course never asks: someone who picks the server track expects a
 * server question, not only the TCP and DNS ones every course shares.
 */
final class QuestionPicker {
    static final int SESSION_LENGTH = 5;
    static final int MIN_FOCUS = 2;
    static final int MAX_FOCUS = 3;
    /**
     * A track with at least this many questions of its own asks {@link #MAX_FOCUS} of them every session (a twelfth
     * newcomer trial's network session had two network questions of five); one with fewer asks two or three, so that
     * its sessions still differ from one another.
     */
    static final int FULL_FOCUS_FROM = 7;

    private QuestionPicker() {}

    static List<String> pick(List<InterviewQuestion> bank, String track, Progress progress, RandomGenerator random) {
        List<InterviewQuestion> candidates = new ArrayList<>(bank.stream().filter(q -> q.inTrack(track)).toList());
        java.util.Collections.shuffle(candidates, new java.util.Random(random.nextLong()));
        candidates.sort(Comparator.comparing((InterviewQuestion q) -> progress.lastPracticed().getOrDefault(q.id(), Instant.MIN)));
        List<InterviewQuestion> chosen = new ArrayList<>();
        // the track's own questions first, the freshest of them (one the general course never asks among them);
        // then the rest in the same order
        candidates.stream().filter(q -> q.ownedBy(track)).limit(1).forEach(chosen::add);
        long own = bank.stream().filter(q -> q.focusOf(track)).count();
        int least = own >= FULL_FOCUS_FROM ? MAX_FOCUS : MIN_FOCUS;
        candidates.stream().filter(q -> q.focusOf(track) && !chosen.contains(q)).limit(least - chosen.size()).forEach(chosen::add);
        long focus = chosen.size();
        for (InterviewQuestion q : candidates) {
            if (chosen.size() >= SESSION_LENGTH) {
                break;
            }
            if (chosen.contains(q) || q.focusOf(track) && focus >= MAX_FOCUS) {
                continue;
            }
            focus += q.focusOf(track) ? 1 : 0;
            chosen.add(q);
        }
        // a bank with too few other questions to keep the cap: fill with the track's own ones after all
        candidates.stream().filter(q -> !chosen.contains(q)).limit(SESSION_LENGTH - chosen.size()).forEach(chosen::add);
        chosen.sort(Comparator.comparing(InterviewQuestion::isReverse).thenComparingInt(bank::indexOf));
        return chosen.stream().map(InterviewQuestion::id).toList();
    }
}
