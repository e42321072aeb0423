package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.judge;
import static jp.infracareer.interview.Findings.label;
import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * What the seventh newcomer trial (session 25) found, in other words than the trial's, besides the slips it let
 * through (those are with the other rules' sentences in {@link AnswerMeaningTest}): an on-topic news answer read as
 * off topic, weak motives missed, conclusions and episodes not found, points made and follow-ups asked again.
 */
class SeventhTrialTest {
    @Test
    void aNewsAnswerAboutANamedTechnologyWithItsSourcesIsOnTopic() {
        Feedback f = judge(Lang.EN, "tech-news", "Lately I've been reading that more carriers are rolling out IPv6 because the old"
                + " IPv4 pool is exhausted. It caught my interest since I'm learning subnetting. To keep up I watch a few"
                + " YouTube channels on networking and follow some network engineers on LinkedIn.");
        assertThat(f.relevance()).isEqualTo(Feedback.Relevance.ON_TOPIC);
        assertThat(f.covered()).contains("One concrete topic", "Your usual sources and how often you check them");
        // the same source words about something else are no source of tech news
        assertThat(judge(Lang.EN, "tech-news", "I follow some cooking channels on YouTube every evening.").covered())
                .doesNotContain("Your usual sources and how often you check them");
    }

    @Test
    void stabilityAndAvoidingCustomersAreNamedAsWeakMotives() {
        assertThat(judge(Lang.JA, "why-infra", "インフラはどこの会社にもあるので、なくならない仕事で安定していると思いました。").weakMotives())
                .extracting(Feedback.Flag::id).contains("stable");
        assertThat(judge(Lang.EN, "why-it", "I'm tired of dealing with customers all day and would rather sit quietly with computers.")
                .weakMotives()).extracting(Feedback.Flag::id).contains("avoid-people");
        assertThat(judge(Lang.EN, "why-it", "Handling angry customers taught me to stay calm, and I want to use that when systems fail.")
                .weakMotives()).extracting(Feedback.Flag::id).doesNotContain("avoid-people");
    }

    @Test
    void aFirstSentenceThatAnswersInTheQuestionsOwnFormIsTheConclusion() {
        Feedback job = judge(Lang.JA, "previous-job", "私が活かせるのは、問い合わせの内容を正確に聞き取り、要点をまとめて担当者に引き継ぐ力です。"
                + "コールセンターで5年間、1日80件ほどの電話を受け、内容を記録して二次対応の部署へ渡してきました。"
                + "インフラの運用でも、障害の連絡を受けたときに事実を整理して、エスカレーション先へ正しく伝えることに役立つと考えています。");
        assertThat(job.points()).filteredOn(p -> p.id().equals("conclusion")).extracting(Feedback.Point::status)
                .containsExactly(Feedback.Status.MET);
        Feedback news = judge(Lang.JA, "tech-news", "最近は、大手の決済サービスが設定ミスで半日止まったニュースが気になりました。"
                + "原因は更新作業の手順の抜けだったそうで、手順書とダブルチェックの大切さを感じました。"
                + "情報はITmediaのニュースを毎朝通勤中に読んでいます。");
        assertThat(news.points()).filteredOn(p -> p.id().equals("conclusion")).extracting(Feedback.Point::status)
                .containsExactly(Feedback.Status.MET);
    }

    @Test
    void yearsOfWorkDoneAreAnEpisode() {
        Feedback f = judge(Lang.JA, "repetitive-work", "はい、問題ありません。経理で8年、毎月400件の請求書を同じ手順で照合する仕事をしてきたので、"
                + "定型の作業を正確に続けることには自信があります。合計は必ず二つの画面で見比べて確かめるようにしています。");
        assertThat(f.points()).filteredOn(p -> p.id().equals("episode")).extracting(Feedback.Point::status)
                .containsExactly(Feedback.Status.MET);
    }

    @Test
    void damageLimitedByCancellingAndAHomeLabsToolsAreCredited() {
        String limited = label(Lang.JA, "mistake", "limited-the-impact");
        assertThat(judge(Lang.JA, "mistake", "注文を二重に入れてしまい、すぐ仕入れ先に電話して一件はキャンセルしてもらいました。").covered())
                .contains(limited);
        String tools = label(Lang.EN, "home-lab", "steps-and-tools");
        assertThat(judge(Lang.EN, "home-lab", "I put Ubuntu on an old laptop, set up Nginx and tested it with curl over a weekend.").covered())
                .contains(tools);
        // a cancellation that is the story's subject limits no damage
        assertThat(judge(Lang.EN, "mistake", "I once gave a customer the wrong date for their contract cancellation.").covered())
                .doesNotContain(label(Lang.EN, "mistake", "limited-the-impact"));
    }

    @Test
    void aFollowUpDoesNotAskWhatTheAnswerHasJustSaid() {
        var catalog = jp.infracareer.content.KnowledgeBase.load().catalog(Lang.EN);
        var osi = catalog.question("osi-model").orElseThrow();
        Feedback layered = judge(Lang.EN, "osi-model", "The OSI model splits communication into seven layers, from the physical cable up to"
                + " the application. Because each layer has its own job, when ping fails I can check the cable and link light first,"
                + " then the IP settings, and isolate which layer the fault is in.");
        assertThat(FollowUp.after(catalog, osi, layered)).isEqualTo(catalog.rubric("osi-model").orElseThrow().followUpIfMade().ask());
        Feedback thin = judge(Lang.EN, "osi-model", "It is a model with seven layers, like physical and application.");
        assertThat(FollowUp.after(catalog, osi, thin)).isEqualTo(osi.followUp());
    }
}
