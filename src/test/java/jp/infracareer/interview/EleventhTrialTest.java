package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.judge;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.TopicIds;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.CaffeineConversationStore;
import jp.infracareer.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * What the eleventh newcomer trial (session 29, a helper playing three newcomers, ja and en) found in the interview, in
 * other words than the trial's: asking for help, saying "idk", asking what PREP means, or saying one is done were
 * scored as answers (0 points, "it is right, but it reads like a textbook line"); NAT and DHCP given each other's
 * job in one sentence went uncaught, and the sentence was credited with a point it did not make.
 */
class EleventhTrialTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T01:00:00Z"));
    private final CaffeineConversationStore store = new CaffeineConversationStore(1000, Duration.ofDays(30), clock.ticker());
    private final Advisor advisor = new Advisor(KB, store, Lang.JA, clock, Duration.ofHours(2), new SplittableRandom(5),
            ShareHook.NOT_CONFIGURED);
    private final UserKey user = new UserKey("T1", "U11");

    private Reply said(String message) {
        List<Reply> replies = advisor.message(user, message, "").replies();
        assertThat(replies).isNotEmpty();
        return replies.get(0);
    }

    @Test
    void askingForHelpOrSayingIdkMidInterviewShowsTheHintWithWhatCanBeSent() {
        advisor.command(user, "interview why-infra");
        for (String help : List.of("ヘルプ", "使い方を教えて", "idk", "dunno")) {
            Reply reply = said(help);
            assertThat(reply.topic()).as(help).isEqualTo(TopicIds.INTERVIEW_QUESTION);
            assertThat(reply.title()).as(help).isEqualTo(KB.catalog(Lang.JA).ui().text("interview.hint_title"));
            assertThat(reply.parts().toString()).as(help).contains(KB.catalog(Lang.JA).ui().text("interview.controls"));
        }
        // nothing was scored: the question is still the first one, with no result
        assertThat(store.get(user).interview().orElseThrow().results()).isEmpty();
    }

    @Test
    void askingWhatPrepMeansIsAnsweredWithTheHint() {
        advisor.command(user, "interview why-infra");
        Reply reply = said("what does PREP mean?");
        assertThat(reply.title()).isEqualTo(KB.catalog(Lang.JA).ui().text("interview.hint_title"));
        assertThat(reply.parts().toString()).contains("結論（Point）");
        assertThat(store.get(user).interview().orElseThrow().results()).isEmpty();
    }

    @Test
    void sayingOneIsDoneEndsTheInterview() {
        for (String done : List.of("ok I'm done, let's finish", "I'm done", "中断します")) {
            advisor.command(user, "interview");
            assertThat(said(done).topic()).as(done).isEqualTo(TopicIds.INTERVIEW_SUMMARY);
            assertThat(store.get(user).interview()).as(done).isEmpty();
        }
        // 「ちょっと中断して」 asks for a break since session 37 (a twenty-third trial's 「ちょっとだけ中断させてください」 was
        // scored): the interview waits on its question
        advisor.command(user, "interview");
        said("ちょっと中断して");
        assertThat(store.get(user).interview()).isPresent();
    }

    @Test
    void answersThatContainControlWordsAreStillAnswers() {
        // asking a senior what to do, stopping work to report, and a reverse question that asks what to do: answers
        for (String[] qa : new String[][] {{"night-alert", "先輩にどうすればいいか聞きます"},
                {"mistake", "ちょっと手を止めて上司に報告します"},
                {"night-alert", "What should I do? I check the runbook first."}}) {
            advisor.command(user, "interview " + qa[0]);
            assertThat(said(qa[1]).topic()).as(qa[1]).isEqualTo(TopicIds.INTERVIEW_FEEDBACK);
        }
    }

    @Test
    void askingHowToAnswerMidInterviewShowsTheModelAnswerAndKeepsTheQuestion() {
        advisor.command(user, "interview why-infra");
        List<Reply> replies = advisor.message(user, "面接で転職理由を聞かれたら、どう答えるのがいいですか", "").replies();
        assertThat(replies.get(0).topic()).isEqualTo(TopicIds.INTERVIEW_EXAMPLE);
        assertThat(replies.get(0).data()).containsEntry("question", "reason-for-change");
        // nothing scored; the waiting question is asked again once
        assertThat(store.get(user).interview().orElseThrow().results()).isEmpty();
        assertThat(replies).filteredOn(r -> r.topic().equals(TopicIds.INTERVIEW_QUESTION)).hasSize(1);
    }

    @Test
    void anAnswerThatOnlyMentionsBeingDoneIsStillAnAnswer() {
        advisor.command(user, "interview why-infra");
        Reply reply = said("I'm done with retail after ten years, so I studied for the CCNA and want to keep networks running.");
        assertThat(reply.topic()).isEqualTo(TopicIds.INTERVIEW_FEEDBACK);
    }

    @Test
    void aSelfIntroductionWithoutANameIsNotCreditedWithOne() {
        String career = "前職では物流倉庫で6年間、入出荷の管理を担当してきました。在庫システムが止まった日に復旧を待つしかなかった"
                + "経験から、システムを支える側に回りたいと考え、インフラエンジニアを目指しています。今はLinuCレベル1の勉強をしています。";
        Feedback unnamed = judge(Lang.JA, "self-intro", career);
        assertThat(unnamed.uncovered()).contains("最初に名前を名乗る");
        assertThat(unnamed.covered()).contains("前職の経歴（業種・年数・担当）").noneMatch(c -> c.contains("名前"));
        Feedback named = judge(Lang.JA, "self-intro", "佐藤と申します。" + career);
        assertThat(named.covered()).contains("最初に名前を名乗る");
        assertThat(judge(Lang.EN, "self-intro", "My name is Ken Sato. I spent six years running a warehouse team, and now I"
                + " am studying for the LPIC-1 to move into infrastructure work.").covered()).contains("Your name, said first");
    }

    @Test
    void aShortLineAboutSomethingElseIsNeitherAListOfTermsNorToldItMakesSense() {
        for (Feedback f : List.of(judge(Lang.JA, "why-infra", "カレーが大好きです"), judge(Lang.EN, "why-infra", "I love cooking curry."))) {
            assertThat(f.stuffed()).isFalse();
            assertThat(f.weakMotives()).extracting(Feedback.Flag::id).doesNotContain(AnswerAnalyzer.GENERIC);
            assertThat(f.covered()).isEmpty();
            assertThat(f.uncovered()).isNotEmpty();
            assertThat(f.score()).isLessThanOrEqualTo(15);
        }
        // a list of terms is still one
        assertThat(judge(Lang.JA, "why-infra", "サーバー、ネットワーク、監視、運用、障害対応、LPIC、CCNA。").stuffed()).isTrue();
    }

    @Test
    void natAndDhcpGivenEachOthersJobIsCaughtAndCreditsNothing() {
        Feedback swapped = judge(Lang.EN, "nat-vs-dhcp", "DHCP rewrites the private IP addresses into the office's public"
                + " one, and NAT hands out addresses to new devices.");
        assertThat(swapped.misconceptions()).isNotEmpty();
        assertThat(swapped.covered()).isEmpty();
        assertThat(swapped.score()).isLessThanOrEqualTo(40);
        Feedback right = judge(Lang.EN, "nat-vs-dhcp", "NAT rewrites the private IP addresses into the office's public one,"
                + " and DHCP hands out addresses to new devices.");
        assertThat(right.misconceptions()).isEmpty();
    }
}
