package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.findings;
import static jp.infracareer.interview.Findings.judge;
import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * What the twelfth newcomer trial (session 30, a helper playing three newcomers, ja and en) found in the judgement, in
 * other words than the trial's: slips a beginner really makes that scored 82-98 (NAT said to turn names into
 * addresses, the DNS server said to hand over the page, a switch and a router given each other's table, restarting the
 * office router at once because it usually helps, chmod 777 as the fix, SAA called AWS's entry exam, a boss who does not
 * listen as a reason to leave), and a strong story about making reporting easy for others scored 13 because the
 * others' failure to report was read as the speaker's.
 */
class TwelfthTrialTest {

    @Test
    void natSaidToTurnNamesIntoAddressesIsCaughtThoughDnsIsNamedBesideIt() {
        Feedback en = judge(Lang.EN, "nat-vs-dhcp", "DHCP gives every PC its IP address when it joins the network, so nobody"
                + " types it by hand. NAT works a bit like DNS: it translates a host name into an IP address for the router.");
        assertThat(en.misconceptions()).extracting(Feedback.Finding::id).contains("nat-said-dns");
        assertThat(en.score()).isLessThanOrEqualTo(40);
        assertThat(findings(Lang.JA, "nat-vs-dhcp", "NATはDNSみたいなもので、ホスト名をIPアドレスに変換してくれます。"))
                .contains("nat-said-dns");
        // DNS named for what it does, beside NAT, is right
        assertThat(findings(Lang.EN, "nat-vs-dhcp", "DNS translates a host name into an IP address, while NAT rewrites private"
                + " addresses into the public one.")).doesNotContain("nat-said-dns");
    }

    @Test
    void theDnsServerSaidToHandOverThePageIsCaught() {
        assertThat(findings(Lang.JA, "dns", "URLをいれるとDNSサーバーにききにいって、そのDNSサーバーがサイトのデータをもってきてくれて表示されます。"))
                .contains("dns-serves-the-page");
        assertThat(findings(Lang.JA, "dns", "URLを打つとDNSサーバーがIPアドレスを返し、ブラウザはWebサーバーからページを受け取ります。"))
                .doesNotContain("dns-serves-the-page");
    }

    @Test
    void aSwitchAndARouterGivenEachOthersTableInOneSentenceAreCaughtAndCreditNothing() {
        Feedback f = judge(Lang.EN, "router-vs-switch", "A switch joins the PCs of one office. The switch reads the IP address to"
                + " pick the port, and the router checks its MAC address table to send packets to other networks.");
        assertThat(f.misconceptions()).extracting(Feedback.Finding::id).contains("roles-mixed-up");
        assertThat(f.covered()).doesNotContain(Findings.label(Lang.EN, "router-vs-switch", "switch-uses-mac"));
        assertThat(findings(Lang.EN, "router-vs-switch", "The switch reads the MAC address to pick the port, and the router"
                + " checks its routing table to send packets to other networks.")).isEmpty();
    }

    @Test
    void restartingSharedEquipmentAtOnceBecauseItUsuallyHelpsIsCaught() {
        // in a long answer that is otherwise sound (the judgement model then overrules a rule of decisions), as in the trial
        String sound = "First I ask whether only this person is affected or the whole floor. If it is the whole floor, I reboot"
                + " the core switch immediately, since that usually fixes it. If it is one person, I check the cable and Wi-Fi,"
                + " run ipconfig to see whether the PC got an address from DHCP, then ping the default gateway and 8.8.8.8, and"
                + " try nslookup to check DNS. That way I can tell at which layer the problem is and explain it to the user.";
        assertThat(findings(Lang.EN, "cannot-connect", sound)).containsAnyOf("restarts-shared-gear-at-once", "reboots-shared-equipment");
        assertThat(judge(Lang.EN, "cannot-connect", sound).score()).isLessThanOrEqualTo(40);
        assertThat(findings(Lang.JA, "cannot-connect", "全員がつながらないなら、とりあえずルーターをすぐ再起動します。たいてい直るからです。"))
                .containsAnyOf("restarts-shared-gear-at-once", "reboots-shared-equipment");
        assertThat(findings(Lang.EN, "cannot-connect", "If the whole floor is offline I check the core switch's status and"
                + " report it; I reboot it only after checking with the network lead.")).doesNotContain("restarts-shared-gear-at-once");
    }

    @Test
    void chmod777AsTheFixAndSaaAsTheEntryExamAreCaught() {
        assertThat(findings(Lang.EN, "linux-commands", "When a script says permission denied, I just run chmod 777 on it and it"
                + " works.")).contains("chmod-777-as-fix");
        assertThat(findings(Lang.EN, "linux-commands", "I never use chmod 777; I check ls -l and give the group read access."))
                .doesNotContain("chmod-777-as-fix");
        assertThat(findings(Lang.EN, "cert-plan", "First I will take the AWS Solutions Architect Associate, since it is the"
                + " entry-level AWS exam.")).contains("saa-said-entry-level");
        assertThat(findings(Lang.EN, "cert-plan", "I will start with Cloud Practitioner, the entry-level AWS exam, and take the"
                + " Solutions Architect Associate after it.")).doesNotContain("saa-said-entry-level");
    }

    @Test
    void aBossWhoDoesNotListenIsReadAsBlame() {
        Feedback f = judge(Lang.JA, "reason-for-change", "今の職場は、店長が現場の状況をわかっておらず、提案しても取り合ってもらえません。"
                + "それで、仕組みを良くする仕事がしたいと思いました。");
        assertThat(f.weakMotives()).extracting(Feedback.Flag::id).contains("blame");
    }

    @Test
    void othersFailingToReportInTheSpeakersStoryIsNotTheSpeakersConduct() {
        String story = "At the warehouse I led a shift of eight pickers. Scanners kept freezing, but the pickers did not report it"
                + " because they were afraid of being blamed, so the office only heard about it the next day. I made a one-line"
                + " chat template and told them any report was welcome. Within a month every freeze was reported within ten"
                + " minutes and the supplier fixed the firmware. I learned that making reporting easy matters more than asking"
                + " people to report.";
        Feedback f = judge(Lang.EN, "teamwork-horenso", story);
        assertThat(f.misconceptions()).isEmpty();
        assertThat(f.score()).isGreaterThan(40); // a finding would cap it at 40
        // the speaker's own silence is still caught
        assertThat(findings(Lang.EN, "teamwork-horenso", "When my scanner froze I did not report it and kept working, and told my"
                + " manager the next day.")).isNotEmpty();
        Feedback ja = judge(Lang.JA, "teamwork-horenso", "夜勤のアルバイトたちは機械が止まっても報告しなかったので、翌朝まで誰も知りませんでした。"
                + "そこで私は、日本語とベトナム語の簡単な報告用紙を作りました。2か月後には止まった機械がその日のうちに報告されるようになり、"
                + "停止時間も約3割減りました。報告しやすい仕組みを作ることが大切だと学びました。");
        assertThat(ja.misconceptions()).isEmpty();
    }

    @Test
    void aSelfIntroductionWithoutANameGivenToAnotherQuestionIsToldSo() {
        // the trial's was given to the question on night call-outs and scored 22, credited with a point
        Feedback f = judge(Lang.JA, "night-shift", "コンビニで5年働いていて、今は夜勤の店長代理をしています。新人の教育や発注も担当してきました。"
                + "よろしくお願いします");
        assertThat(f.relevance()).isEqualTo(Feedback.Relevance.OTHER_QUESTION);
        assertThat(f.looksLike()).isEqualTo("self-intro");
        assertThat(f.score()).isLessThanOrEqualTo(30);
        // an answer to the question that ends politely stays an answer to it
        Feedback polite = judge(Lang.JA, "night-shift", "はい、夜勤を含むシフト勤務に対応できます。前職の物流倉庫では3年間、週2回の夜勤をしていました。"
                + "夜勤明けは決まった時間に4時間眠り、体調を崩したことはありません。家族とも話し合い、了承を得ています。よろしくお願いします");
        assertThat(polite.relevance()).isEqualTo(Feedback.Relevance.ON_TOPIC);
    }

    @Test
    void aShortCommuteInKanaIsAConditionAndLearningIsQuotedFromThePlan() {
        Feedback company = judge(Lang.JA, "why-company", "研修が充実していると求人にあったからです。それと家がちかいからです");
        assertThat(company.weakMotives()).extracting(Feedback.Flag::id).contains("conditions");
        Feedback plan = judge(Lang.JA, "cert-plan", "ITの資格はまだ持っていません。来月ITパスポートを受けて、半年以内にLinuCレベル1を取る予定です");
        assertThat(plan.points()).filteredOn(p -> p.id().equals(AnswerAnalyzer.LEARNING)).singleElement()
                .satisfies(p -> assertThat(p.quote()).contains("ITパスポート"));
    }

    @Test
    void rightStatementsBesideTheNewRulesAreLeftAlone() {
        // found by a review of the rules above
        assertThat(findings(Lang.EN, "linux-commands", "chmod 777 means everyone can read, write and execute the file."))
                .doesNotContain("chmod-777-as-fix");
        assertThat(findings(Lang.JA, "linux-commands", "chmod 777は全員に読み書き実行を許可する設定なので、本番では使いません。"))
                .doesNotContain("chmod-777-as-fix");
        assertThat(findings(Lang.EN, "cert-plan", "I want an entry-level job at a SaaS company, so I am studying for the"
                + " Cloud Practitioner first.")).doesNotContain("saa-said-entry-level");
        assertThat(findings(Lang.JA, "cert-plan", "今はSAAの入門書で勉強中で、秋に受験する予定です。")).doesNotContain("saa-said-entry-level");
        assertThat(findings(Lang.JA, "cannot-connect", "全員がつながらないときは、すぐに上司に状況を報告し、判断を仰いでからルーターを再起動します。"))
                .doesNotContain("restarts-shared-gear-at-once");
        assertThat(findings(Lang.EN, "cannot-connect", "If the whole office is down I would immediately report it to my lead and"
                + " reboot the router only when they agree.")).doesNotContain("restarts-shared-gear-at-once");
        assertThat(judge(Lang.JA, "teamwork-horenso", "何が分かっていないのかを整理してから上司に相談します。").weakMotives())
                .extracting(Feedback.Flag::id).doesNotContain("blame");
        // the speaker's own decision told in Japanese without 「私」 is still theirs
        assertThat(findings(Lang.JA, "night-alert", "担当者は寝ているので、報告せずにすぐ自分の判断で再起動します。")).isNotEmpty();
        // a reverse question answered politely is not a self-introduction
        assertThat(judge(Lang.JA, "reverse-question", "特にありません。よろしくお願いします").looksLike()).isNotEqualTo("self-intro");
    }

    @Test
    void theThirteenthTrialsSlipsAreNamedAndItsSoundNightAnswerIsNot() {
        // 「ルーターは2層の機器」 with a bare layer number scored 94
        assertThat(findings(Lang.JA, "osi-model", "OSI参照モデルは7つの層に分かれています。スイッチは3層の機器で、ルーターは2層の機器です。"))
                .contains("layer-number");
        assertThat(findings(Lang.JA, "osi-model", "OSI参照モデルは通信を7層に分けたもので、スイッチは2層、ルーターは3層の機器です。"))
                .doesNotContain("layer-number");
        // df for CPU, kill -9 to make it fast, a root access key, S3 'eventually consistent' (true before December 2020)
        assertThat(findings(Lang.EN, "slow-web-server", "I log in and look at the CPU load with df -h.")).isNotEmpty();
        assertThat(findings(Lang.EN, "slow-web-server", "If one process eats the CPU I just kill -9 it right away so the site"
                + " is fast again.")).contains("kill-9-first");
        assertThat(findings(Lang.EN, "iam", "For my scripts I made a root access key because it was quicker.")).contains("root-access-key");
        assertThat(findings(Lang.EN, "iam", "I never create a root access key; scripts use a role.")).doesNotContain("root-access-key");
        assertThat(findings(Lang.EN, "tech-news", "I read that S3 is eventually consistent, so a read right after a write may"
                + " return the old version.")).contains("s3-eventually-consistent");
        assertThat(findings(Lang.EN, "tech-news", "S3 used to be eventually consistent, but since December 2020 it has strong"
                + " read-after-write consistency.")).doesNotContain("s3-eventually-consistent");
        // 「勝手に再起動とかはしないで…報告します」 was read as not escalating
        Feedback sound = judge(Lang.JA, "night-alert", "まず手順書を見て、どのサーバーのどんなアラートかを確認します。勝手に再起動などはしないで、"
                + "手順書にある連絡先の担当者に電話で報告します。何時に何があって誰に連絡したかを記録に残します。");
        assertThat(sound.misconceptions()).extracting(Feedback.Finding::id).doesNotContain("no-escalation");
    }
}
