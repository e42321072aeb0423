package jp.infracareer.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/** Every stored record survives a trip through JSON unchanged, and the form is stable. */
class StateJsonTest {
    static final Instant T = Instant.parse("2026-11-02T01:00:00Z");

    static InterviewSession session() {
        return new InterviewSession("3fa9c01b2e", "network", List.of("why-infra", "dns", "nat-scenario"), 2,
                List.of(new InterviewSession.Result("why-infra", 82, false, "conclusion", "link", "私は…"),
                        new InterviewSession.Result("dns", 0, true, "", "", "")),
                T.plusSeconds(90), "client-msg-7", Lang.JA);
    }

    static UserState full() {
        Progress progress = new Progress(3, List.of(40, 55, 71), Map.of("why-infra", T, "dns", T.plusSeconds(5)),
                Map.of("link", 2, "episode", 1), 12);
        return new UserState(java.util.Optional.of(Lang.EN), java.util.Optional.of(session()), progress,
                java.util.Optional.of(new FitSession("fit-1", List.of("a", "c"), T)),
                java.util.Optional.of(new FinishedInterview(session(), T.plusSeconds(120), true)), java.util.Optional.of(Lang.JA),
                java.util.Optional.of(new PostingNotes(T.plusSeconds(200),
                        List.of(new PostingNotes.Finding("monthly-pay", "月給22万円〜", Map.of("monthly", "22", "yearly", "264")),
                                new PostingNotes.Finding("client-site", "勤務地: お客様先", Map.of())),
                        List.of("operation", "monitoring"), List.of("build"), java.util.Set.of("training"))),
                java.util.Optional.of("guide ses more"), java.util.Optional.of("guide/ses"));
    }

    @Test
    void aFullStateRoundTrips() {
        assertThat(StateJson.read(StateJson.write(full()))).isEqualTo(full());
    }

    @Test
    void theEmptyStateRoundTrips() {
        assertThat(StateJson.read(StateJson.write(UserState.EMPTY))).isEqualTo(UserState.EMPTY);
    }

    @Test
    void eachRecordRoundTripsInsideAState() {
        UserState onlySession = UserState.EMPTY.withInterview(session());
        UserState onlyFit = UserState.EMPTY.withFit(new FitSession("fit-2", List.of(), T));
        UserState onlyProgress = UserState.EMPTY.withProgress(Progress.EMPTY.practised("ip-subnet", T, "reason").viewedTopic());
        UserState onlyFinished = UserState.EMPTY.withLastInterview(new FinishedInterview(session(), T));
        for (UserState s : List.of(onlySession, onlyFit, onlyProgress, onlyFinished)) {
            assertThat(StateJson.read(StateJson.write(s))).isEqualTo(s);
        }
    }

    @Test
    void theFormIsStableAndCarriesTheSchema() {
        String json = StateJson.write(full());
        assertThat(json).startsWith("{\"schema\":1,\"state\":{").contains("\"lastActivity\":\"2026-11-02T01:01:30Z\"")
                .contains("\"lang\":\"EN\"");
        assertThat(StateJson.write(StateJson.read(json))).isEqualTo(json);
    }

    @Test
    void aSessionStoredBeforeSessionsHadALanguageReadsWithoutOne() {
        String before = StateJson.write(UserState.EMPTY.withInterview(session())).replace(",\"lang\":\"JA\"", "");
        assertThat(before).doesNotContain("\"JA\"");
        InterviewSession read = StateJson.read(before).interview().orElseThrow();
        assertThat(read.language()).isEmpty();
        assertThat(read.questionIds()).isEqualTo(session().questionIds());
    }

    @Test
    void aStateStoredBeforeTheSpokenLanguageWasKeptReadsWithoutOne() {
        String now = StateJson.write(UserState.EMPTY.withLang(Lang.EN).withSpoken(Lang.JA));
        assertThat(now).contains("\"spoken\":\"JA\"");
        UserState read = StateJson.read(now.replace(",\"spoken\":\"JA\"", ""));
        assertThat(read.spoken()).isEmpty();
        assertThat(read.lang()).contains(Lang.EN);
    }

    @Test
    void aStateStoredBeforePostingNotesWereKeptReadsWithoutThem() {
        String now = StateJson.write(UserState.EMPTY.withLang(Lang.EN));
        assertThat(now).contains("\"lastPosting\":null");
        UserState read = StateJson.read(now.replace("\"lastPosting\":null,", ""));
        assertThat(read.lastPosting()).isEmpty();
        assertThat(read.lang()).contains(Lang.EN);
    }

    @Test
    void aNewerSchemaIsRefusedNotHalfRead() {
        String newer = StateJson.write(full()).replace("\"schema\":1", "\"schema\":2");
        assertThatThrownBy(() -> StateJson.read(newer)).isInstanceOf(IllegalStateException.class).hasMessageContaining("schema 2");
    }
}
