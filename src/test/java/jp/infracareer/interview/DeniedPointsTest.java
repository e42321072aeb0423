package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.judge;
import static jp.infracareer.interview.Findings.label;
import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * A point's words said only to deny them do not make the point: an answer is never praised for the opposite of what it
 * said. Right answers that use negation keep their points.
 */
class DeniedPointsTest {
    @Test
    void practicesSaidTheOtherWayRoundAreNotCredited() {
        Feedback f = judge(Lang.JA, "night-alert", "夜中にアラートが来たら、エスカレーションはせずに、自分の判断でサーバーを再起動します。"
                + "手順書は時間がかかるので読みません。上司を起こすのは悪いので、朝になってから報告します。");
        assertThat(f.covered()).isEmpty();
        assertThat(judge(Lang.JA, "salary-start", "最低でも年収800万円は欲しいです。引き継ぎは無視して明日からでも大丈夫です。").covered())
                .noneMatch(c -> c.contains("引き継ぎ"));
        Feedback en = judge(Lang.EN, "night-alert", "When an alert fires at night, I wouldn't bother escalating. There's no need for the"
                + " runbook either, I know the servers well.");
        assertThat(en.covered()).noneMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains("escalat"))
                .noneMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains("runbook"));
    }

    @Test
    void aPointHalfSaidRightAndHalfTakenBackInACorrectedSentenceIsNotCredited() {
        // a sixteenth trial's CCNA holder: the gateway given by DHCP said right, then "but not the DNS server"; the
        // point 'DHCP gives the gateway and DNS too' was still praised beside the correction
        Feedback ja = judge(Lang.JA, "nat-vs-dhcp", "NATはプライベートIPをグローバルIPに変換して外に出る仕組みです。"
                + "DHCPはつないだ端末にIPアドレスとサブネットマスク、デフォルトゲートウェイを自動で配ります。"
                + "でもDNSサーバーはDHCPでは配れないので、どの端末も手で入れることになります。");
        assertThat(ja.misconceptions()).extracting(Feedback.Finding::id).contains("dhcp-said-without-dns");
        assertThat(ja.covered()).noneMatch(c -> c.contains("DNSサーバー")).anyMatch(c -> c.contains("自動で割り当て"));
        Feedback en = judge(Lang.EN, "region-az", "A Region is a geographic area such as Tokyo, and each one holds several Availability Zones, "
                + "separate data centres with their own power. I would spread the servers over two AZs behind a load balancer. "
                + "With the servers in two AZs, even if the whole Tokyo Region fails the service carries on, so nothing in another Region is needed.");
        assertThat(en.misconceptions()).isNotEmpty();
        assertThat(en.covered()).noneMatch(c -> c.contains("Another Region"));
    }

    @Test
    void theSamePointsSaidWhollyRightAreCredited() {
        Feedback ja = judge(Lang.JA, "nat-vs-dhcp", "NATはプライベートIPをグローバルIPに変換して外に出る仕組みです。"
                + "DHCPはつないだ端末にIPアドレスとサブネットマスク、デフォルトゲートウェイ、DNSサーバーを自動で配ります。");
        assertThat(ja.misconceptions()).isEmpty();
        assertThat(ja.covered()).anyMatch(c -> c.contains("DNSサーバー"));
    }

    @Test
    void saidTheRightWayTheSamePointsAreCredited() {
        Feedback f = judge(Lang.JA, "night-alert", "夜中にアラートが来たら、手順書を開いて影響範囲を確認し、当番の上長にエスカレーションします。");
        assertThat(f.covered()).anyMatch(c -> c.contains("エスカレーション")).anyMatch(c -> c.contains("手順書"));
        Feedback en = judge(Lang.EN, "night-alert", "I would follow the runbook, check the impact and escalate to the on-call lead at once.");
        assertThat(en.covered()).anyMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains("escalat"));
    }

    @Test
    void rightNegationsKeepTheirPoints() {
        // a point made by a negation, or a denial that is itself denied, affirms
        assertThat(judge(Lang.JA, "night-alert", "手順書にないことは、自分の判断ではやりません。").covered()).anyMatch(c -> c.contains("自己判断"));
        assertThat(judge(Lang.JA, "pressure", "一人で抱え込まず、早めに先輩に状況を伝えて相談します。").covered()).contains("抱え込まず、早めに相談する");
        assertThat(judge(Lang.EN, "night-alert", "I never restart a production server without approval, and I escalate first.").covered())
                .anyMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains("escalat"));
        // まず (first), 一章ずつ (a chapter at a time) and 開発ではなく (a contrast) deny nothing
        assertThat(judge(Lang.JA, "why-infra", "こうした理由から、開発ではなくインフラを選びました。").covered()).contains("開発（作る側）との違い");
        String progress = label(Lang.JA, "current-learning", "progress");
        assertThat(judge(Lang.JA, "current-learning", "平日は朝に1時間、LinuCの参考書を一章ずつ読み進めています。").covered())
                .contains(progress);
        assertThat(judge(Lang.JA, "night-alert", "夜勤明けはまず手順書を開き、影響範囲を確認します。").covered())
                .anyMatch(c -> c.contains("手順書"));
    }

    @Test
    void aDenialThatIsItselfDeniedOrCondemnedKeepsThePoint() {
        for (String right : java.util.List.of("エスカレーションを後回しにしないことが大切です。", "エスカレーションは省略せずに必ず行います。",
                "報告を後回しにせず、すぐに伝えます。")) {
            assertThat(judge(Lang.JA, "night-alert", right).covered()).as(right).anyMatch(c -> c.contains("エスカレーション"));
        }
        for (String right : java.util.List.of("手順書を無視せずに対応します。", "手順書を読まずに作業するのは危険です。", "手順書なしでは作業しません。")) {
            assertThat(judge(Lang.JA, "night-alert", right).covered()).as(right).anyMatch(c -> c.contains("手順書"));
        }
        for (String right : java.util.List.of("Not escalating is never an option.", "Skipping escalation is the most common mistake on a night shift.")) {
            assertThat(judge(Lang.EN, "night-alert", right).covered()).as(right)
                    .anyMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains("escalat"));
        }
        // a negative word earlier in the clause does not undo a denial; one right before it does
        assertThat(judge(Lang.EN, "night-alert", "Since I don't know the servers well I wouldn't bother escalating.").covered())
                .noneMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains("escalat"));
    }

    @Test
    void ownJudgementCountsOnlyWhenTheClauseSaysItIsNotUsed() {
        assertThat(judge(Lang.JA, "night-alert", "自分の判断で設定を変えることはしません。").covered()).anyMatch(c -> c.contains("自己判断"));
        assertThat(judge(Lang.JA, "night-alert", "自分の判断でサーバーを再起動します。").covered()).noneMatch(c -> c.contains("自己判断"));
        assertThat(judge(Lang.EN, "night-alert", "I would never restart a server on my own.").covered())
                .anyMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains("own judgement"));
        assertThat(judge(Lang.EN, "night-alert", "I would restart the server on my own.").covered())
                .noneMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains("own judgement"));
    }

    @Test
    void aPointTheSpeakerSaysTheyDoNotKnowYetIsNotCredited() {
        // the point's words only in a part that says "not known yet", "not done", "only heard of"
        assertThat(judge(Lang.JA, "dns", "キャッシュという言葉は耳にしたことがありますが、DNSで何をしているのかは分かりません。").covered())
                .noneMatch(c -> c.contains("キャッシュ"));
        assertThat(judge(Lang.JA, "night-alert", "手順書の中身は、まだ詳しく確認していません。").covered()).noneMatch(c -> c.contains("手順書"));
        assertThat(judge(Lang.EN, "why-start-monitoring", "I'm not sure how moving on to building and design works here.").covered())
                .noneMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains("building"));
        assertThat(judge(Lang.EN, "night-alert", "I haven't actually used a runbook at work.").covered())
                .noneMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains("runbook"));
        assertThat(judge(Lang.JA, "slow-web-server", "ログの場所はまだあまり詳しくないので、先輩に聞きながら進めます。").covered())
                .noneMatch(c -> c.contains("ログ"));
        assertThat(judge(Lang.EN, "night-alert", "I know the word runbook from job ads.").covered())
                .noneMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains("runbook"));
    }

    @Test
    void aDisclaimerElsewhereInTheSentenceLeavesThePointMadeBesideIt() {
        // the disclaimer in another part (after が、 or "but", or in a condition's clause) takes nothing from the point
        assertThat(judge(Lang.JA, "night-alert", "実務の経験はまだありませんが、夜間でもまず手順書を開いて確認します。").covered())
                .anyMatch(c -> c.contains("手順書"));
        assertThat(judge(Lang.EN, "night-alert", "I haven't worked nights yet, but I would open the runbook first and follow it.").covered())
                .anyMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains("runbook"));
        assertThat(judge(Lang.EN, "teamwork-horenso", "When I'm not sure, I ask my lead for advice early instead of guessing.").covered())
                .anyMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains("advice"));
        // a point said by the disclaimer itself stands
        String held = label(Lang.JA, "cert-plan", "held-and-next");
        assertThat(judge(Lang.JA, "cert-plan", "資格はまだ持っていませんが、3月にCCNAを受験します。").covered()).contains(held);
    }
}
