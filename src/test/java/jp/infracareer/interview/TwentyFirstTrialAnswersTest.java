package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * Answers of a twenty-first newcomer trial (session 36), in other words: a right answer was warned against the very
 * thing it said it would not do (「勝手に再起動はしないで」), two right sentences of a TCP/UDP answer were called wrong,
 * and two slips went unnamed (the provider said to patch EC2's OS under another question, and files deleted alone at
 * night so as not to wake anyone).
 */
class TwentyFirstTrialAnswersTest {
    private static Feedback judge(Lang lang, String question, String answer) {
        return Findings.judge(lang, question, answer);
    }

    @Test
    void aRestartRefusedIsNotWarnedAgainstButOneDoneAloneStillIs() {
        Feedback refused = judge(Lang.JA, "slow-web-server", "まずtopでCPUとロードアベレージを、free -hでメモリを見ます。"
                + "次にアクセスログで遅いリクエストを探します。勝手に再起動はしないで、やるなら許可をもらってからにします。");
        assertThat(refused.weakMotives()).extracting(Feedback.Flag::id).doesNotContain("solo-fix");
        Feedback done = judge(Lang.JA, "slow-web-server", "まずtopでCPUとロードアベレージを、free -hでメモリを見ます。"
                + "次にアクセスログで遅いリクエストを探します。重いときは勝手に再起動して様子を見ます。");
        assertThat(done.weakMotives()).extracting(Feedback.Flag::id).contains("solo-fix");
        // a negation that makes a condition still says it (a review)
        Feedback must = judge(Lang.JA, "mistake", "問題は自分で解決しないと気が済まない性格で、前職でもミスを一人で直していました。");
        assertThat(must.weakMotives()).extracting(Feedback.Flag::id).contains("solo-fix");
    }

    @Test
    void rightSentencesOfATcpUdpAnswerAreLeftAlone() {
        Feedback f = judge(Lang.JA, "tcp-udp", "TCPとUDPの一番の違いは、確実に届けることを優先するか、速さを優先するかです。"
                + "TCPは3ウェイハンドシェイクで接続を確立し、届かなかったデータは再送するので、Webやメールに使われます。"
                + "UDPは接続の確立や再送を行わず送りっぱなしにするぶん速いので、IP電話や動画配信に向いています。");
        assertThat(f.misconceptions()).isEmpty();
        // UDP said to resend is still named
        Feedback wrong = judge(Lang.JA, "tcp-udp", "UDPも届かなかったデータは再送するので、確実に届きます。TCPは接続を確立してから送ります。");
        assertThat(wrong.misconceptions()).extracting(Feedback.Finding::id).contains("udp-resends");
    }

    @Test
    void theProviderSaidToPatchEc2IsNamedUnderAnyQuestion() {
        Feedback f = judge(Lang.EN, "why-cloud", "Cost is the biggest reason: you pay for what you use instead of buying servers years"
                + " ahead. There is also less maintenance, since AWS takes care of patching the OS on our EC2 instances.");
        assertThat(f.misconceptions()).extracting(Feedback.Finding::id).contains("provider-said-to-patch-ec2-os");
        assertThat(f.misconceptions().get(0).quote()).contains("patching");
        Feedback ja = judge(Lang.JA, "why-cloud", "費用を使った分だけにできるのが大きいです。EC2のOSのパッチもAWSがやってくれるので、運用が楽になります。");
        assertThat(ja.misconceptions()).extracting(Feedback.Finding::quote).anySatisfy(q -> assertThat(q).contains("パッチ"));
    }

    @Test
    void filesDeletedAloneAtNightAreNamed() {
        Feedback f = judge(Lang.EN, "pressure", "Under pressure I list what needs doing and sort it by urgency. As a teacher I once had"
                + " three classes' grades due on one day, so I asked a colleague for help early. But small things I handle:"
                + " if a disk fills up at 3am, I would just delete some old files under /var/log myself so I don't have to wake anyone up.");
        assertThat(f.misconceptions()).extracting(Feedback.Finding::id).anySatisfy(id -> assertThat(id).isIn("deletes-files-alone", "reboot-alone"));
        assertThat(f.score()).isLessThanOrEqualTo(40);
        Feedback ja = judge(Lang.JA, "night-alert", "ディスクがいっぱいになったら、担当者を起こさずに自分で古いログを消して対応します。");
        assertThat(ja.misconceptions()).isNotEmpty();
        // the same step taken on the runbook's word, after telling the on-call engineer, is right
        Feedback right = judge(Lang.EN, "night-alert", "I check the alert and the disk usage, call the on-call engineer with the facts, and"
                + " only delete old rotated logs myself if the runbook allows that step and they approve it.");
        assertThat(right.misconceptions()).extracting(Feedback.Finding::id).doesNotContain("deletes-files-alone");
    }

    @Test
    void aNameGivenAfterAGreetingIsTheNameSaidFirst() {
        // "Hi, I'm Daniel" was listed as missing "Your name, said first"; a goal of starting in monitoring as missing the aim
        Feedback f = judge(Lang.EN, "self-intro", "Hello, I'm Priya. I worked in a hotel's front office in Kyoto for five years,"
                + " handling bookings and complaints. I'm studying for the CCNA now, and I want to start in monitoring and grow into cloud work.");
        assertThat(f.covered()).contains(label("self-intro", "says-name"), label("self-intro", "aim-infra"));
        // a sentence that only says "I'm" about oneself is not a name
        Feedback none = judge(Lang.EN, "self-intro", "I'm from Kyoto. I worked in a hotel's front office for five years, handling"
                + " bookings and complaints, and I'm studying for the CCNA now.");
        assertThat(none.covered()).doesNotContain(label("self-intro", "says-name"));
    }

    private static String label(String question, String concept) {
        return Findings.label(Lang.EN, question, concept);
    }
}
