package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.findings;
import static jp.infracareer.interview.Findings.judge;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.CaffeineConversationStore;
import org.junit.jupiter.api.Test;

/**
 * What the fourteenth newcomer trial (session 31, a helper playing three newcomers, ja and en) found in the judgement, in
 * other words than the trial's: VLANs said to split collision domains, the cloud provider said to own the customer's
 * security and the cloud said never to go down, a restart named only to be refused (「再起動とかはしないで」) read as
 * done, and remarks on the score scored as answers.
 */
class FourteenthTrialTest {

    @Test
    void vlansSaidToSplitCollisionDomainsAreCorrected() {
        assertThat(findings(Lang.JA, "vlan", "部署ごとにVLANを作ると、コリジョンドメインが小さくなって衝突が減ります。"))
                .contains("vlan-splits-collision-domains");
        assertThat(findings(Lang.EN, "vlan", "With VLANs each department gets its own collision domain, so the network is faster."))
                .contains("vlan-splits-collision-domains");
        // broadcast domains are what VLANs split
        assertThat(findings(Lang.JA, "vlan", "VLANで分けるとブロードキャストドメインが分かれます。コリジョンドメインはポートごとです。"))
                .doesNotContain("vlan-splits-collision-domains");
    }

    @Test
    void theProvidersHalfOfSecurityAndNeverGoingDownAreCorrectedInWhyCloud() {
        Feedback f = judge(Lang.EN, "why-cloud", "Companies move to the cloud because they can start quickly without buying"
                + " servers. AWS is responsible for our data and IAM settings too, so we need no security staff. With several"
                + " regions the service will never go down.");
        assertThat(f.misconceptions()).extracting(Feedback.Finding::id).contains("provider-owns-data-and-iam");
        assertThat(f.misconceptions()).extracting(Feedback.Finding::id).containsAnyOf("cloud-never-goes-down", "cloud-never-fails");
        assertThat(f.score()).isLessThanOrEqualTo(40);
        assertThat(findings(Lang.JA, "why-cloud", "複数のリージョンに分けておけば、システムは絶対に止まらないのがクラウドの強みです。"))
                .containsAnyOf("cloud-never-goes-down", "cloud-never-fails");
    }

    @Test
    void aRestartNamedOnlyToBeRefusedIsNotTakenForOne() {
        Feedback f = judge(Lang.JA, "night-alert", "アラートが出たら手順書を確認します。自分の判断で再起動とかはしないで、"
                + "決められた担当の人にすぐ電話して状況を伝えます。対応した時刻と内容は記録に残します。");
        assertThat(f.weakMotives()).extracting(Feedback.Flag::id).doesNotContain("solo-fix");
        assertThat(f.misconceptions()).isEmpty();
        // a restart done alone is still named
        assertThat(judge(Lang.JA, "night-alert", "アラートが出たら、とりあえず自分でサーバーを再起動して様子を見ます。")
                .misconceptions()).isNotEmpty();
    }

    @Test
    void aRemarkOnTheScoreMidInterviewIsToldHowScoringWorksAndTheQuestionWaits() {
        CaffeineConversationStore store = new CaffeineConversationStore(10, Duration.ofDays(1),
                com.github.benmanes.caffeine.cache.Ticker.systemTicker());
        Advisor advisor = new Advisor(KnowledgeBase.load(), store, Lang.JA);
        UserKey user = new UserKey("T", "U14");
        advisor.command(user, "interview server");
        String question = store.get(user).interview().orElseThrow().currentQuestionId();

        List<Reply> replies = advisor.message(user, "ちょっと待って、なんでさっきの答えが13点なんですか？", "m1").replies();

        assertThat(replies).extracting(Reply::topic).doesNotContain("interview/feedback");
        assertThat(replies.get(0).data()).containsEntry("about_session", true);
        assertThat(store.get(user).interview().orElseThrow().currentQuestionId()).isEqualTo(question);
        assertThat(store.get(user).interview().orElseThrow().results()).isEmpty();
    }

    @Test
    void aLongListOfTermsWithAPredicateTackedOnIsStuffing() {
        // 「DX、クラウドネイティブ、…、セキュリティに興味があるからです」 was credited with a conclusion and a reason
        Feedback ja = judge(Lang.JA, "why-infra", "AWS、Azure、Linux、Docker、Kubernetes、Terraform、Ansible、Zabbix、"
                + "CCNA、LPIC、SRE、IaCが好きだからです。");
        assertThat(ja.stuffed()).isTrue();
        assertThat(ja.score()).isLessThanOrEqualTo(30);
        Feedback en = judge(Lang.EN, "why-infra", "Because I am interested in cloud, DevOps, SRE, IaC, Kubernetes, Docker,"
                + " Terraform, zero trust, SDN, 5G and AI.");
        assertThat(en.stuffed()).isTrue();
        // tools named in one sentence of an answer that explains stay an answer
        Feedback sound = judge(Lang.JA, "current-learning", "今は自宅のPCに仮想マシンを作り、Linuxの操作を毎日1時間練習しています。"
                + "使っているのはVirtualBox、Ubuntu、CentOS、Apache、Nginx、MySQL、Zabbix、Gitです。"
                + "Webサーバーを立てて、止まったときにZabbixで気づけるように監視の設定もしました。来月LinuCレベル1を受けます。");
        assertThat(sound.stuffed()).isFalse();
    }

    @Test
    void rightSentencesAReviewWroteAreLeftAlone() {
        assertThat(findings(Lang.JA, "why-cloud", "複数のAZに分けて、障害が起きないように冗長化します。")).isEmpty();
        assertThat(findings(Lang.JA, "repetitive-work", "手順書と違う結果が出たら、上長に報告し、指示を受けてから作業を続けます。")).isEmpty();
        assertThat(findings(Lang.JA, "tcp-udp", "TCPでは再送のぶん遅れるので、リアルタイムの通話には向きません。")).isEmpty();
        assertThat(findings(Lang.JA, "work-stages", "構築では特に技術力が求められます。")).isEmpty();
        assertThat(findings(Lang.JA, "why-cloud", "機器の故障対応はAWSがやってくれるので、設定の改善に時間を使えます。")).isEmpty();
        assertThat(findings(Lang.JA, "iam", "ルートユーザーはMFAをかけて保管し、日常の作業はIAMユーザーで行います。")).isEmpty();
        assertThat(findings(Lang.JA, "iam", "IAMユーザーはリージョンごとに作る必要はありません。")).isEmpty();
        assertThat(findings(Lang.EN, "vlan", "A VLAN doesn't split collision domains; it splits broadcast domains.")).isEmpty();
        // a path or a network is one item, not a list
        Feedback paths = judge(Lang.JA, "linux-commands", "ログは/var/log/messagesと/var/log/secureを確認し、エラーの時刻を調べます。"
                + "ディスクはdf -hで空きを見て、足りなければdu -shで大きいディレクトリを探します。");
        assertThat(paths.stuffed()).isFalse();
    }

    @Test
    void yearsOfWorkStillDoneAreAnExperience() {
        // 「今の工場でも…夜勤を15年くらいやってます」 was told no experience was found, beside points that credited it
        Feedback ja = judge(Lang.JA, "night-shift", "はい、問題ありません。今の店でも遅番と夜勤を8年ほどやってきています。"
                + "明けの日は昼まで寝て、夕方に軽く体を動かすようにしています。家族にも相談して了承をもらっています。");
        assertThat(ja.points()).filteredOn(p -> p.id().equals("episode")).extracting(Feedback.Point::status).containsExactly(Feedback.Status.MET);
        Feedback en = judge(Lang.EN, "strengths-weaknesses", "My strength is patience with detail. In my current team I introduced"
                + " a checklist for releases, and missed steps dropped from five a month to one. My weakness is that I take on too"
                + " much alone, so I now ask my lead after thirty minutes of being stuck.");
        assertThat(en.points()).filteredOn(p -> p.id().equals("episode")).extracting(Feedback.Point::status).containsExactly(Feedback.Status.MET);
    }

    @Test
    void anAnswerThatMakesNoneOfTheQuestionsPointsIsToldWhatTheQuestionIsAfter() {
        // a story about a work team's friendship, given to the 報連相 question, was told only "not touched yet"
        var c = KnowledgeBase.load().catalog(Lang.JA);
        var q = c.question("teamwork-horenso").orElseThrow();
        Feedback f = judge(Lang.JA, "teamwork-horenso", "職場は15人くらいで、みんな仲がいいです。休みの日には一緒に釣りに行ったりもします。");
        assertThat(f.covered()).isEmpty();
        String shown = InterviewReplies.feedback(c, q, f, new jp.infracareer.state.InterviewSession("s1", "general",
                List.of("teamwork-horenso"), 0, List.of(), java.time.Instant.EPOCH, "", Lang.JA), false).parts().toString();
        assertThat(shown).contains(q.intent());
    }
}
