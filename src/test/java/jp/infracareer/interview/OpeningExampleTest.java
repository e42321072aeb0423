package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.InterviewQuestion;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.interview.Feedback.Point;
import jp.infracareer.interview.Feedback.Status;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.CaffeineConversationStore;
import jp.infracareer.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * "Answer in your first sentence" comes with an example first sentence for the question being answered (a
 * newcomer trial was shown a why-infra example under 「前職の経験は…どう生かせると思いますか」).
 */
class OpeningExampleTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    @Test
    void everyQuestionHasItsOwnOpeningInBothLanguages() {
        for (Lang lang : Lang.values()) {
            List<InterviewQuestion> bank = KB.catalog(lang).questions();
            assertThat(bank).allSatisfy(q -> assertThat(q.opening()).as(lang + " " + q.id()).isNotBlank());
            assertThat(bank.stream().map(InterviewQuestion::opening).toList()).as(lang.code()).doesNotHaveDuplicates();
        }
    }

    @Test
    void theAdviceForAMissingConclusionQuotesTheCurrentQuestionsOpeningOnly() {
        for (Lang lang : Lang.values()) {
            Catalog c = KB.catalog(lang);
            for (InterviewQuestion q : c.questions()) {
                String advice = NextStep.choose(c, q, missingConclusion());

                assertThat(advice).as(lang + " " + q.id()).contains(q.opening()).doesNotContain("{");
                c.questions().stream().filter(other -> !other.id().equals(q.id()))
                        .forEach(other -> assertThat(advice).as(lang + " " + q.id() + " shows " + other.id())
                                .doesNotContain(other.opening()));
            }
        }
    }

    @Test
    void aSessionsWeakestConclusionGetsAdviceWithoutAnyOneQuestionsExample() {
        for (Lang lang : Lang.values()) {
            String advice = NextStep.forWeakest(KB.catalog(lang).ui(), AnswerAnalyzer.CONCLUSION);
            assertThat(advice).isNotBlank().doesNotContain("{");
            KB.catalog(lang).questions().forEach(q -> assertThat(advice).doesNotContain(q.opening()));
        }
    }

    @Test
    void inTheConsoleThePreviousJobAnswerWithoutAConclusionIsShownAPreviousJobOpening() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-02T01:00:00Z"));
        Advisor advisor = new Advisor(KB, new CaffeineConversationStore(100, Duration.ofDays(30), clock.ticker()), Lang.JA,
                clock, Duration.ofHours(2), new SplittableRandom(3), ShareHook.NOT_CONFIGURED);
        UserKey user = UserKey.CONSOLE;
        advisor.command(user, "interview previous-job");
        // a story first, no sentence that says what carries over: the trial's situation
        Reply feedback = advisor.message(user, "前職ではコールセンターで5年間、1日に40件ほどのお問い合わせを受けていました。"
                + "お客様の話を最後まで聞いて、状況を順番に確認するようにしていました。"
                + "システム障害のときは、影響を受けたお客様の数と時間を記録して、すぐに上司へ報告していました。"
                + "インフラの監視や障害対応でも、状況を正確に確認して報告する場面が多いと学びました。"
                + "足りない技術は、LinuCレベル1の勉強を毎日1時間続けて補っています。自宅の仮想マシンでWebサーバーも作りました。", "")
                .replies().get(0);

        Catalog ja = KB.catalog(Lang.JA);
        String next = feedback.parts().stream().filter(p -> p instanceof Reply.Paragraph para
                        && para.heading().equals(ja.ui().text("interview.next_heading")))
                .map(p -> ((Reply.Paragraph) p).text()).findFirst().orElseThrow();
        assertThat(next).contains(ja.question("previous-job").orElseThrow().opening())
                .doesNotContain(ja.question("why-infra").orElseThrow().opening()).doesNotContain("志望する理由");
    }

    private static Feedback missingConclusion() {
        return new Feedback(60, Feedback.Relevance.ON_TOPIC, "", "", false,
                List.of(new Point(AnswerAnalyzer.CONCLUSION, Status.MISSED, ""), new Point(AnswerAnalyzer.REASON, Status.MET, "…")),
                new Feedback.Length(300, "字", Feedback.Verdict.GOOD), List.of("a"), List.of(), List.of(), List.of(), "");
    }
}
