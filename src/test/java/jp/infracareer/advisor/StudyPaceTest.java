package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The roadmap's months worked out at the hours a question gives (a twenty-first trial got the standard plan only). */
class StudyPaceTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            週18時間勉強できます。何か月で応募できますか | 18.0
            一週間に10時間くらいなら取れます | 10.0
            毎日2時間勉強したら何か月？ | 14.0
            how long if I study 12h a week | 12.0
            I can do 3 hours a day | 21.0
            3か月で転職できますか | 0
            週に10時間なら取れます | 10.0
            1日に2時間は勉強できます | 14.0
            1日8時間働いていて、週に10時間勉強できます | 10.0
            I work 40 hours a week and can study 10 hours a week | 10.0
            シフトで週40時間働いています | 0
            週に5〜6時間くらいしか取れません | 5.5
            1日1〜2時間なら勉強できます | 10.5
            I can study 5 to 6 hours a week | 5.5
            """)
    void theWeeklyHoursAQuestionGives(String text, double hours) {
        assertThat(StudyPace.weeklyHours(text).orElse(0.0)).isEqualTo(hours);
    }

    @Test
    void theMonthsAreWorkedOutFromTheRoadmapsHours() {
        Catalog ja = KB.catalog(Lang.JA);
        Reply plan = new Reply("guide/roadmap", "plan", List.of(new Reply.Paragraph("", "…")), "", List.of(), Map.of());
        Reply fitted = StudyPace.fitted(ja, plan, "週22時間なら何か月で応募できますか");
        // 140 hours at 22 a week (about 95 a month) is about 1 month; 280 about 3
        assertThat(fitted.parts()).hasSize(2);
        assertThat(fitted.parts().get(0).toString()).contains("週22時間", "約1か月", "約3か月");
        Reply slow = StudyPace.fitted(KB.catalog(Lang.EN), plan, "I only have 5 hours a week");
        assertThat(slow.parts().get(0).toString()).contains("about 7 months", "in about 13");
        // no hours given: the plan as it is
        assertThat(StudyPace.fitted(ja, plan, "何か月くらいかかりますか")).isSameAs(plan);
    }

    /** The short answer shows no plan: it tells where the whole one is, instead of a plan "below" (a twenty-fifth trial). */
    @Test
    void theShortAnswerPointsToTheWholePlanItDoesNotShow() {
        Catalog ja = KB.catalog(Lang.JA);
        Reply shortPlan = new Reply("guide/roadmap", "plan", List.of(new Reply.Paragraph("", "…")), "", List.of(),
                Map.of("guide", "roadmap", "detail", "short"));
        Reply fullPlan = new Reply("guide/roadmap", "plan", List.of(new Reply.Paragraph("", "…")), "", List.of(),
                Map.of("guide", "roadmap", "detail", "full"));
        String onShort = StudyPace.fitted(ja, shortPlan, "週10時間しか勉強できないけど何か月？").parts().get(0).toString();
        String onFull = StudyPace.fitted(ja, fullPlan, "週10時間しか勉強できないけど何か月？").parts().get(0).toString();
        assertThat(onShort).contains("週10時間", "「詳しく」").doesNotContain("下の計画");
        assertThat(onFull).contains("下の計画");
    }
}
