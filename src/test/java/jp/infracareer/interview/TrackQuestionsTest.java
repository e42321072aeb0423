package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.InterviewQuestion;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.CaffeineConversationStore;
import jp.infracareer.state.Progress;
import jp.infracareer.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * A session on a track asks that track's own technical questions (a newcomer trial got a network session
 * without one network question), and still varies from run to run.
 */
class TrackQuestionsTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();
    private static final Catalog JA = KB.catalog(Lang.JA);
    private static final List<String> TECHNICAL_TRACKS = List.of("server", "network", "cloud");
    private static final int SEEDS = 2_000;

    @Test
    void everySessionOfATrackAsksTwoOrThreeOfItsOwnQuestionsOverManySeeds() {
        for (String track : TECHNICAL_TRACKS) {
            Set<String> focusSeen = new HashSet<>();
            Set<List<String>> sessions = new HashSet<>();
            for (long seed = 0; seed < SEEDS; seed++) {
                List<String> ids = QuestionPicker.pick(JA.questions(), track, Progress.EMPTY, new SplittableRandom(seed));
                List<InterviewQuestion> qs = ids.stream().map(id -> JA.question(id).orElseThrow()).toList();

                assertThat(ids).as("%s seed %d", track, seed).hasSize(QuestionPicker.SESSION_LENGTH).doesNotHaveDuplicates();
                assertThat(qs).allMatch(q -> q.inTrack(track));
                long own = qs.stream().filter(q -> q.focusOf(track)).count();
                boolean full = JA.questions().stream().filter(q -> q.focusOf(track)).count() >= QuestionPicker.FULL_FOCUS_FROM;
                assertThat(own).as("%s seed %d: %s", track, seed, ids)
                        .isBetween((long) (full ? QuestionPicker.MAX_FOCUS : QuestionPicker.MIN_FOCUS), (long) QuestionPicker.MAX_FOCUS);
                assertThat(ids).as("asked in the bank's order, the reverse question last").isSortedAccordingTo(
                        java.util.Comparator.comparing((String id) -> JA.question(id).orElseThrow().isReverse())
                                .thenComparingInt(id -> JA.questions().indexOf(JA.question(id).orElseThrow())));
                assertThat(qs).as("%s seed %d: one question the general course never asks: %s", track, seed, ids)
                        .anyMatch(q -> q.ownedBy(track));
                qs.stream().filter(q -> q.focusOf(track)).forEach(q -> focusSeen.add(q.id()));
                sessions.add(ids);
            }
            List<String> allFocus = JA.questions().stream().filter(q -> q.focusOf(track)).map(InterviewQuestion::id).toList();
            assertThat(focusSeen).as("every %s question comes up", track).containsExactlyInAnyOrderElementsOf(allFocus);
            assertThat(sessions.size()).as("%s sessions differ from run to run", track).isGreaterThan(SEEDS * 9 / 10);
        }
    }

    @Test
    void theReverseQuestionComesLastOnEveryTrackThatAsksIt() {
        int asked = 0;
        for (String track : List.of("general", "server", "network", "cloud")) {
            for (long seed = 0; seed < SEEDS; seed++) {
                List<String> ids = QuestionPicker.pick(JA.questions(), track, Progress.EMPTY, new SplittableRandom(seed));
                int at = ids.indexOf("reverse-question");
                if (at >= 0) {
                    asked++;
                    assertThat(at).as("%s seed %d: %s", track, seed, ids).isEqualTo(ids.size() - 1);
                }
            }
        }
        assertThat(asked).as("the reverse question comes up at all").isGreaterThan(100);
    }

    @Test
    void aGeneralSessionIsNotBentTowardsAnyTrack() {
        int technical = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            technical += (int) QuestionPicker.pick(JA.questions(), "general", Progress.EMPTY, new SplittableRandom(seed)).stream()
                    .filter(id -> JA.question(id).orElseThrow().category().equals("technical")).count();
        }
        long technicalInBank = JA.questions().stream().filter(q -> q.inTrack("general") && q.category().equals("technical")).count();
        long general = JA.questions().stream().filter(q -> q.inTrack("general")).count();
        double expected = SEEDS * QuestionPicker.SESSION_LENGTH * (double) technicalInBank / general;
        assertThat((double) technical).isBetween(expected * 0.9, expected * 1.1);
    }

    @Test
    void backToBackNetworkSessionsKeepAskingNetworkQuestionsNotTheSameOnes() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-02T01:00:00Z"));
        CaffeineConversationStore store = new CaffeineConversationStore(100, Duration.ofDays(30), clock.ticker());
        Advisor advisor = new Advisor(KB, store, Lang.JA, clock, Duration.ofHours(2), new SplittableRandom(11), ShareHook.NOT_CONFIGURED);
        UserKey user = new UserKey("T1", "U-track");
        List<String> previous = List.of();
        for (int session = 0; session < 3; session++) {
            advisor.command(user, "面接 ネットワーク");
            List<String> ids = store.get(user).interview().orElseThrow().questionIds();
            assertThat(ids.stream().filter(id -> JA.question(id).orElseThrow().focusOf("network")).count())
                    .as("session %d: %s", session, ids).isGreaterThanOrEqualTo(QuestionPicker.MIN_FOCUS);
            assertThat(java.util.Collections.disjoint(ids, previous)).as("questions practised last time wait: %s %s", previous, ids).isTrue();
            previous = ids;
            for (int i = 0; i < ids.size(); i++) {
                clock.advance(Duration.ofMinutes(1));
                advisor.message(user, "スキップ", "");
            }
        }
    }

    @Test
    void everyTechnicalTrackHasEnoughOwnQuestionsAndBothLanguagesAgree() {
        for (String track : TECHNICAL_TRACKS) {
            assertThat(JA.questions().stream().filter(q -> q.focusOf(track)).count()).as(track)
                    .isGreaterThanOrEqualTo(QuestionPicker.MAX_FOCUS);
        }
        for (InterviewQuestion q : JA.questions()) {
            assertThat(q.tracks()).as(q.id()).containsAll(q.focus());
            assertThat(KB.catalog(Lang.EN).question(q.id()).orElseThrow().focus()).as(q.id()).isEqualTo(q.focus());
        }
    }
}
