package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import org.junit.jupiter.api.Test;

/**
 * The scorer judges what an answer does, not how it is laid out: a list under a sentence that explains is
 * not stuffing, a conclusion stated last counts, a wrong statement spread over two sentences or one clause is
 * caught, acting alone is caught without a fixed phrase, and a wrong sentence is never quoted as a strength.
 */
class AnswerMeaningTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    private static Feedback judge(Lang lang, String question, String answer) {
        Catalog c = KB.catalog(lang);
        return AnswerAnalyzer.analyze(c, c.question(question).orElseThrow(), answer);
    }

    @Test
    void aPointIsNotCreditedByAWordThatOnlyTouchesIt() {
        // the third trial: "properly" and "still employed" had credited taking the handover seriously
        Feedback f = judge(Lang.EN, "reason-for-change", "I want to work with systems properly, not just use them. I am still "
                + "employed at the hotel, and I have started studying for LPIC-1 in the evenings.");
        Feedback said = judge(Lang.EN, "reason-for-change", "I want to work with systems, not just use them. I will give notice "
                + "in March and hand over my shift planning before I leave, and I have started studying for LPIC-1.");
        String handover = KB.catalog(Lang.EN).rubric("reason-for-change").orElseThrow().concepts().stream()
                .filter(c -> c.id().equals("handover")).findFirst().orElseThrow().label();

        assertThat(f.covered()).doesNotContain(handover);
        assertThat(said.covered()).contains(handover);
    }

    @Test
    void aBossCalledUnfairInOnesOwnWordsIsBlameAndAStrictOneIsNot() {
        Feedback blaming = judge(Lang.EN, "reason-for-change", "I want to leave because my boss at the hotel was really unfair "
                + "and never listened to anyone. I want to get out of hospitality and work with systems instead. I have started "
                + "studying for LPIC-1 in the evenings.");
        Feedback fair = judge(Lang.EN, "reason-for-change", "My boss at the hotel was strict about check lists, and I learned a "
                + "lot from that. I want to work with systems now, so I have started studying for LPIC-1 in the evenings.");

        assertThat(blaming.weakMotives()).extracting(Feedback.Flag::id).contains("blame");
        assertThat(fair.weakMotives()).extracting(Feedback.Flag::id).doesNotContain("blame");
    }

    @Test
    void oneSlipCaughtByTwoReadingsIsToldOnce() {
        // port-range and ports-about-a-thousand both read this sentence; one correction is enough
        Feedback f = judge(Lang.EN, "nat-scenario", "The router uses NAPT: each PC has a private address, and going out they all "
                + "share the one global IP address, with port numbers telling the PCs apart. Since port numbers only go up to "
                + "1024, about a thousand PCs can share one address at most.");

        assertThat(f.misconceptions()).extracting(Feedback.Finding::id).containsExactly("port-range");
    }

    @Test
    void aShortAnswerWithItsOwnNumbersIsToldItIsShortNotThatItSoundsGeneral() {
        Feedback concrete = judge(Lang.EN, "strengths-weaknesses", "My strength is persistence: I have studied two hours a day "
                + "for six months. My weakness is holding on to problems, so now I ask for help after 30 minutes.");
        Feedback general = judge(Lang.EN, "why-infra", "I like computers and I want a stable job. Infrastructure is important.");

        assertThat(concrete.length().verdict()).isEqualTo(Feedback.Verdict.TOO_SHORT);
        assertThat(concrete.weakMotives()).extracting(Feedback.Flag::id).doesNotContain(AnswerAnalyzer.GENERIC);
        // every point it needs, briefly: a fair answer, below every good one (session 29; it was held to 15 before)
        assertThat(concrete.score()).isBetween(50, 74);
        assertThat(general.weakMotives()).extracting(Feedback.Flag::id).contains(AnswerAnalyzer.GENERIC);
    }

    @Test
    void aPlanLaidOutAsAListUnderASentenceThatExplainsIsNotStuffing() {
        Feedback f = judge(Lang.JA, "cert-plan", """
                取得済み：ITパスポート（今年3月）
                これから：
                ・LinuCレベル1　101試験を7月、102試験を10月に受験
                ・AWSクラウドプラクティショナー　来年2月
                サーバー運用の現場に入りたいので、Linuxを先に固めてからクラウドに広げる順番にしました。""");
        assertThat(f.stuffed()).isFalse();
        assertThat(f.score()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void theSameTermsRepeatedInNearlyTheSameSentenceAreStuffing() {
        Feedback f = judge(Lang.JA, "current-learning",
                "LinuxとAWSとCCNAを勉強しています。LinuxとAWSとCCNAを毎日勉強しています。とにかく全部やっています。");
        assertThat(f.stuffed()).isTrue();
        assertThat(f.score()).isLessThanOrEqualTo(30);
    }

    @Test
    void aConclusionStatedLastInTheSpeakersOwnWordsIsMetAndTheStoryIsItsReason() {
        Feedback f = judge(Lang.JA, "why-infra", "前職のホテルで、予約システムが夜中に2時間止まり、フロントで手書きの受付をしたことがあります。"
                + "翌週、保守会社の方が、前の日から出ていた警告に誰も気づけなかったことが原因だと説明してくれました。"
                + "それから運用・保守について調べ、今はLinuCの勉強を続けています。"
                + "新しい機能を作る側より、システムを止めずに動かし続ける側で働きたいと思います。");
        assertThat(f.points()).filteredOn(p -> p.id().equals(AnswerAnalyzer.CONCLUSION))
                .singleElement().satisfies(p -> {
                    assertThat(p.status()).isEqualTo(Feedback.Status.MET);
                    assertThat(p.quote()).contains("止めずに動かし続ける");
                });
        assertThat(f.points()).filteredOn(p -> p.id().equals(AnswerAnalyzer.REASON))
                .extracting(Feedback.Point::status).containsExactly(Feedback.Status.MET);
    }

    @Test
    void aListOfTermsIsNeverQuotedAsMeetingAStructurePoint() {
        Feedback f = judge(Lang.EN, "why-infra", "Linux, AWS, CCNA, routers, firewall, monitoring, 24/7, uptime, LPIC, Zabbix, VLAN, DNS, DHCP.");
        assertThat(f.stuffed()).isTrue();
        assertThat(f.points()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(Feedback.Status.MISSED);
            assertThat(p.quote()).isEmpty();
        });
    }

    @Test
    void anEpisodeToldInThePastIsMetWithoutAnOpeningPhraseAndHearsayIsNot() {
        String episode = "At the call centre I ran the same refund script about a hundred times a day.";
        Feedback told = judge(Lang.EN, "strengths-weaknesses", "Strength: I follow a procedure exactly. " + episode
                + " Weakness: I'm slow to speak up in large meetings, so I write my point down beforehand.");
        assertThat(told.points()).filteredOn(p -> p.id().equals(AnswerAnalyzer.EPISODE)).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(Feedback.Status.MET);
            assertThat(p.quote()).isEqualTo(episode);
        });
        Feedback heard = judge(Lang.EN, "strengths-weaknesses", "Strength: I follow a procedure exactly. "
                + "I heard that we ran the same refund script a hundred times a day there. Weakness: I'm slow to speak up.");
        assertThat(heard.points()).filteredOn(p -> p.id().equals(AnswerAnalyzer.EPISODE))
                .extracting(Feedback.Point::status).containsExactly(Feedback.Status.MISSED);
        // words in -ed that tell no deed, and a deed only imagined, are not an episode; "I've" is the speaker too
        for (String notTold : List.of("I need a team that splits work clearly.", "I have limited experience with Linux.",
                "If we had more time, we checked twice.")) {
            Feedback f = judge(Lang.EN, "strengths-weaknesses", "Strength: I follow a procedure exactly. " + notTold
                    + " Weakness: I'm slow to speak up.");
            assertThat(f.points()).as(notTold).filteredOn(p -> p.id().equals(AnswerAnalyzer.EPISODE))
                    .extracting(Feedback.Point::status).containsExactly(Feedback.Status.MISSED);
        }
        Feedback contracted = judge(Lang.EN, "strengths-weaknesses", "Strength: I follow a procedure exactly. "
                + "I've handled 80 refund calls a day for two years. Weakness: I'm slow to speak up.");
        assertThat(contracted.points()).filteredOn(p -> p.id().equals(AnswerAnalyzer.EPISODE))
                .extracting(Feedback.Point::quote).containsExactly("I've handled 80 refund calls a day for two years.");
    }

    /** Right statements written beside rules (a review found each flagged by a first version of them). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "en|dns|If nothing is cached, the resolver goes to a root server; the root sends it on to the .com servers, so next it asks the .com server, which points to the domain's own server.",
            "en|tcp-udp|UDP is only really for cases where speed matters more than reliability, such as DNS, voice calls and streaming.",
            "en|linux-commands|I would change 777 to 700 so only the owner can read and write it.",
            "ja|linux-commands|777になっていたら、所有者だけが書き込めるように700に直します。",
            "en|tcp-udp|UDP packets may not arrive in order, so the receiving application has to deal with that.",
            "ja|tcp-udp|UDPでは、届く順序は保証してくれません。",
            "en|nat-vs-dhcp|You can reserve the printer's address in DHCP so that it always gets the same one.",
            "en|why-cloud|The cloud always reduces the upfront cost, but a server that runs all year can cost more than on-premises.",
            "ja|why-cloud|初期費用は必ず下がりますが、ずっと動かすサーバーはオンプレミスより高くつくこともあります。",
            "ja|nat-scenario|DHCPから受け取ったプライベートアドレスは、ルーターのNAPTでグローバルアドレスに変換されてから外に出ます。",
            // the same subjects said right, beside the rules read everywhere
            "ja|night-shift|深夜に働いた分は25%以上の割増になり、残業と重なれば50%になります。",
            "en|overtime-oncall|Standby only counts as working time when you are tied down, so I would ask how the rota works.",
            "ja|client-site|SESでは、お客様から直接指示を受けるのではなく、自社のリーダーを通して指示を受けます。",
            "en|cert-plan|AWS certifications have no prerequisite, but I will take Cloud Practitioner first for the basics.",
            "ja|mistake|インシデント管理でまず復旧させ、根本原因は問題管理として後で調べました。",
            "en|linux-commands|chown changes the owner, and chmod changes the permissions.",
            "ja|reason-for-change|クラウドになっても夜勤はなくならないと知ったうえで、シフト勤務を選びました。",
            // a reviewer's right sentences that a first version of these rules flagged
            "ja|night-shift|夜間は当番に連絡し、判断を仰ぎます。",
            "en|overtime-oncall|When I'm on call, time spent handling an alert counts as working time under labour law.",
            "ja|overtime-oncall|オンコール待機中は必ず電話に出られるようにし、対応した時間は労働時間として記録します。",
            "ja|home-lab|聞くより先に自分で15分調べ、解決しなければ相談します。",
            "en|home-lab|Rather than asking at once, I check the logs myself for 15 minutes.",
            "en|mistake|Incident management is about restoring service fast; the root cause is found later.",
            "ja|salary-start|固定残業時間を超えない月は、追加の残業代は出ません。",
            "en|work-stages|Before the acceptance test, the build team runs system tests.",
            "ja|work-stages|受入テストの前に、構築チームが総合テストを行います。",
            "ja|night-shift|22時以降の残業は5割増しで払われます。",
            "ja|teamwork-horenso|Zabbixで検知した障害はチケットに起票します。",
            "ja|home-lab|chownで所有者をWebサーバーのユーザーに変えて、書き込みできるようにしました。",
            "ja|career-plan|前提知識としてプラクティショナーで基礎を固めてからアソシエイトに挑戦します。",
            "en|career-plan|I passed Cloud Practitioner and now need to pass Solutions Architect Associate.",
            "ja|career-plan|基本情報の知識を前提に応用情報を勉強しています。",
            "ja|why-start-monitoring|pingが通らなくてもサイトは動いていることがあります。",
            "ja|repetitive-work|手順書には手順を、なぜその構成にしたかは設計書に書きます。",
            "ja|mistake|誰のせいかを問うより仕組みを見直します。",
            "ja|ops-vs-maintenance|本番を直接変更する作業は必ず承認を得てから行います。",
            "ja|client-site|常駐先でも残業の上限は36協定で決まっているので守ります。",
            "ja|night-shift|夜勤があっても残業は労働基準法に沿って月45時間以内です。",
            "en|overtime-oncall|Weekend on-call? Not at all a problem.",
            // beside the rules for LinuC called LPIC's international version and IP and TCP swapped in one sentence
            "en|career-plan|LPIC is the international certification, and LinuC is the Japanese one.",
            "ja|career-plan|LPICが国際的な資格で、LinuCは日本向けの資格です。",
            "en|osi-model|TCP is a transport-layer protocol that runs on top of IP at the network layer.",
            "ja|osi-model|TCPはネットワーク層のIPの上で動くトランスポート層のプロトコルです。",
            // beside the forty-third set's rules: the same subjects said right
            "ja|dns|移行の1日前にTTLを短くしておき、切り替え後にまた長く戻します。",
            "en|dns|Before the migration we shorten the TTL so the new IP spreads quickly.",
            "ja|nat-vs-dhcp|DHCPはUDPの67番と68番を使い、DNSは53番です。",
            "ja|why-cloud|オンプレミスは固定費、クラウドは使った分だけ払う変動費が中心です。",
            "en|slow-web-server|High iowait means the CPU is waiting for the disk, so I look at storage, not a faster CPU.",
            "ja|shared-responsibility|IaaSからSaaSになるほど事業者の範囲が広くなり、利用者の範囲は狭くなります。",
            "en|work-stages|In the unit test we check each server on its own, and in the integration test the whole system together.",
            "ja|work-stages|基本設計で全体の方針を決め、詳細設計でIPアドレスやホスト名を決めます。",
            "en|cert-plan|RIP counts hops, while OSPF chooses the path with the lowest cost.",
            "ja|home-lab|firewall-cmdに--permanentを付けたので、再起動しても設定は残ります。",
            "ja|night-alert|pingや実際のページへのアクセスで、誤検知かどうかを確かめます。",
            // newcomer trial 5: a right course of action read as acting alone (「はせず」 was not read as a negation)
            "ja|night-alert|自己判断で再起動などはせず、エスカレーション先の指示を待って対応の記録を残します。",
            "ja|cannot-connect|pingはICMPを使うので、ポートの確認にはなりません。",
            "ja|slow-web-server|topでCPUとメモリを見て、ディスクの空きはdf -hで確かめます。",
            // the English model answer a first version of the top rule flagged
            "en|slow-web-server|Next I would check the CPU, memory and disk usage in the monitoring tool or with top.",
            "ja|slow-web-server|監視ツールやtopで、CPU、メモリ、ディスクの空き容量を確認します。",
            // the right facts beside the forty-fifth set's rules
            "ja|salary-start|就業規則で退職の1か月前までに伝えることになっているので、入社は2月以降になります。",
            "en|salary-start|The law needs only two weeks, but my company's rules ask for one month's notice, so I could start in May.",
            "ja|overtime-oncall|深夜割増は22時から翌朝5時までの勤務につくので、夜勤の前半にも割増がつきます。",
            "en|night-shift|Our night shift runs from midnight to 8 a.m., and the hours up to 5 a.m. get the late-night premium because they fall between 10 p.m. and 5 a.m.",
            "ja|previous-job|PDCAのCで結果を確認し、Aの段階で手順を改善していました。",
            "en|previous-job|In PDCA the C stands for check, and we acted on what we found in the A step.",
            "ja|night-alert|インシデント管理でまずサービスを復旧し、問題管理で根本原因を調べて再発を防ぎます。",
            "en|night-alert|Incident management restores the service first; problem management later finds the root cause.",
            "ja|slow-web-server|MTBFは故障から次の故障までの平均の間隔で、MTTRは復旧までにかかる平均の時間です。",
            "en|slow-web-server|MTBF is the average running time until the next failure, and MTTR is how long we take to repair.",
            "ja|night-alert|監視サーバーは161番で機器にポーリングし、トラップは162番で受け取ります。",
            "en|night-alert|Zabbix polls the agents on UDP 161, and the switches send traps to port 162.",
            "en|home-lab|After every change I run write memory so the configuration is saved for the next boot; write erase would delete it.",
            "en|why-cloud|The cloud turns capex into opex: we pay monthly for what we use instead of buying servers.",
            "en|why-cloud|Moving the steady workloads back on-premises would turn that opex into capex again.",
            "ja|repetitive-work|手順書をそろえて属人化を防ぎ、誰がやっても同じ結果になるようにしたいです。",
            "en|cert-plan|AWS certifications are valid for three years, so I will renew the Solutions Architect in 2029.",
            "ja|career-plan|まずは下流工程である運用や保守を担当し、いずれは上流の設計にも関わりたいです。",
            "en|career-plan|I will start in downstream operations and later move into upstream design work.",
            "en|client-site|With dispatch the client gives instructions directly, which is how it is different from SES, where they come through my own company.",
            // right sentences a reviewer of the first version found flagged (digits inside other numbers, negations,
            // other senses of the same words)
            "ja|night-shift|夜勤は20時から翌朝8時までで、深夜の時間帯には割増がつきます。",
            "ja|night-shift|夜勤は21時から翌朝6時までで、深夜割増は5時までの分につきます。",
            "ja|overtime-oncall|日勤は8時から16時までで、残業には割増賃金がつきます。",
            "en|night-shift|My night shift ran from midnight to 9 a.m., and I was paid extra for it.",
            "en|night-shift|I worked 9 pm to 6 am, and the late-night premium covered 10 pm to 5 am.",
            "ja|cert-plan|AWSのSAAは2025年に取ったので、2028年に更新します。",
            "ja|repetitive-work|属人化していた作業を手順書にまとめ、誰がやっても同じ結果になるようにしました。",
            "en|repetitive-work|We fixed our key-person dependency with runbooks, so now anyone can do it with the same result.",
            "en|cannot-connect|The outage was caused by upstream maintenance at our ISP.",
            "ja|career-plan|いずれは上流工程にあたる監視設計を担当したいです。",
            "ja|salary-start|労働基準法では、会社が辞めさせるときは30日前に伝えなければなりません。",
            "ja|salary-start|有給休暇は法律で認められた権利ですが、職場に迷惑をかけないよう1か月前には申し出ています。",
            "en|salary-start|By law, an employer must give 30 days' notice before dismissing someone.",
            "en|overtime-oncall|Under the Labour Standards Act, overtime is capped at 45 hours a month, and paid leave starts after six months.",
            "ja|previous-job|PDCAのCは、変更した手順が効果を出したかを確かめる段階です。",
            "en|previous-job|In PDCA, the C stage measures whether the fix worked.",
            "ja|mistake|問題管理は、サービスが復旧した後で恒久対策を決める活動です。",
            "en|mistake|Problem management starts after the service is restored and looks for a permanent fix.",
            "ja|slow-web-server|MTBFが長い機器を選べば、修理の回数を減らせます。",
            "en|slow-web-server|A high MTBF means the servers rarely need repair.",
            "ja|pressure|MTTRを短くして、サービスが動き続けるようにしています。",
            "en|pressure|By cutting MTTR we made sure the shop keeps running even when a disk fails.",
            "ja|night-alert|SNMPトラップは監視サーバー（10.0.0.161）で受け取ります。",
            "en|night-alert|The switches send traps to our Zabbix server at 10.1.1.161.",
            "en|night-alert|Traps don't go to port 161, they go to 162.",
            "ja|home-lab|write eraseはNVRAMに保存した設定をクリアするコマンドです。",
            "en|home-lab|write erase cleared the saved config, so I had to set the router up again.",
            "en|home-lab|write erase doesn't save anything; it deletes the startup config.",
            "en|why-cloud|Buying servers turns IT spending into a capital expense that's depreciated over five years.",
            "ja|client-site|派遣との違いは、SESではお客様から直接指示を受けず、自社のリーダーを通して受ける点です。",
            "en|client-site|With SES, instructions come via my company's leader, which is different from dispatch, where the client gives me instructions directly.",
            "en|mistake|Problem management isn't about restoring service quickly; that's incident management.",
            "en|salary-start|The law doesn't require a month's notice, but my company's rules do.",
            // right sentences beside the forty-sixth set's rules, and three its excellent answers were wrongly told
            "en|cannot-connect|Does ipconfig show a proper address, or a 169.254 one, which means it never got one from DHCP? If others are fine, I check the cable.",
            "ja|why-start-monitoring|監視は手順書に沿って動け、本番環境を直接変更するリスクが少ないので、新人が最初に担当すると理解しています。",
            "en|home-lab|The firewall was active with only SSH allowed, so I opened port 80 and the page appeared.",
            "ja|home-lab|ファイアウォールでSSHだけ許可されていたので、80番を開けたらページが表示されました。",
            "en|ip-subnet|The network address and the broadcast address are reserved, and the gateway usually takes .1 from the usable ones.",
            "ja|ip-subnet|ネットワークアドレスとブロードキャストアドレスの2つは使えず、ゲートウェイはホスト用の.1を使うことが多いです。",
            "ja|home-lab|ip aで見ると2台とも10.0.2.15で、NATモードのせいでホストから直接つながらないと分かりました。",
            "en|home-lab|On the default NAT adapter the host can't reach the VM directly, so I added port forwarding.",
            "en|tech-news|Public TLS certificates used to be valid for two years, but since March 2026 the maximum is 200 days.",
            "en|home-lab|RAID 1 is not a backup: ransomware would encrypt both disks at once.",
            "ja|overtime-oncall|36協定の原則の上限は月45時間で、特別条項でも複数月の平均80時間までです。",
            "en|previous-job|Our SLA promised 99.99%, which allows under an hour of downtime a year; 99.9% is about 8.8 hours.",
            "ja|cert-plan|CCNPはCCNAがなくても受験できますが、順番に取るのがおすすめです。",
            "en|reverse-question|AWS charges for data going out, while inbound data transfer is free.",
            "en|reason-for-change|RAID 5 survives only one disk failing; two at once would lose the data.",
            // right sentences a reviewer of the forty-sixth set's rules found flagged (other senses of インバウンド, NAT and
            // "on-site"; months, not years; stories of a limit broken; a firewall opened for another service)
            "ja|self-intro|前職は旅行会社でインバウンド向けの料金プランを担当していて、今はAWSを勉強しています。",
            "ja|previous-job|コールセンターでインバウンドの料金問い合わせに対応してきた経験を、AWSの運用でも活かしたいです。",
            "en|why-cloud|On AWS, inbound traffic through a NAT gateway still costs money per GB.",
            "en|previous-job|I worked on-site at a logistics centre for five years, where we ship 3,000 parcels a day.",
            "ja|ops-vs-maintenance|オンサイト保守では、保守員が来て交換してくれるので、自分で交換する必要はありません。",
            "en|nat-scenario|Because our router does NAT, any host can reach the internet through one public IP.",
            "ja|nat-scenario|静的NATを設定したので、外部からWebサーバーに直接アクセスできるようになりました。",
            "en|home-lab|It turned out the adapters were in NAT mode, which doesn't let the host reach the guest by default.",
            "en|career-plan|I earned a public cloud certificate last year, valid for three years, and I will renew it in 2028.",
            "ja|tech-news|SSL証明書は最長2年と覚えていたのですが、今は200日になっています。",
            "en|ip-subnet|The gateway is just a normal host address; only the network and broadcast addresses are reserved.",
            "ja|ip-subnet|ネットワークとブロードキャストの2つを除いた254個が使え、ゲートウェイもその1つです。",
            "ja|previous-job|稼働率99.9%なら、月に1時間弱（約43分）止まってよい計算です。",
            "en|previous-job|We promised 99.9% availability, and the outage lasted under an hour, within the SLA.",
            "en|home-lab|Our NAS uses RAID 1 and encrypted volumes to protect customer data.",
            "ja|home-lab|RAIDを組んでいても、ランサムウェアに暗号化されたら元に戻すことはできないので、オフラインのバックアップを取っています。",
            "ja|reason-for-change|RAID5は12台構成でも1台の故障に耐えます。",
            "ja|overtime-oncall|前職では36協定を結んでいましたが、実際の残業は月80時間を超え、上限は守られていませんでした。",
            "ja|cert-plan|CCNPにはCCNAを持っていることなどの受験資格はありません。",
            "en|cert-plan|Since 2020 you no longer need the CCNA before you can take the CCNP.",
            "en|home-lab|Besides SSH, I opened ports 80 and 443 for the web server.",
            "ja|home-lab|SSHの22番に加えて、80番と443番を開けました。",
            "en|home-lab|I opened port 22 for SSH and nothing else.",
            // right sentences beside the rule from newcomer trial 6 (ping said to show CPU and memory)
            "ja|why-start-monitoring|監視項目は、ping監視、CPU使用率、メモリ使用率の3つです。",
            "ja|why-start-monitoring|pingで疎通を確認し、CPUやメモリの使用率はZabbixのエージェントで確認します。",
            "en|why-start-monitoring|We monitor ping, CPU and memory for every server.",
            "en|why-start-monitoring|I check reachability with ping, while CPU and memory come from the Zabbix agent.",
            // older false alarms on right tuning answers, in other words
            "en|home-lab|The firewall only let SSH through, so I added a rule for port 443 and the site came up.",
            "ja|client-site|常駐先では、お客様から直接頼まれた作業に気をつけたいです。契約の範囲かどうかを自社に確認してから対応し、現場のルールにも従います。",
            "ja|mistake|送り先を間違えたと気づき、すぐ店長の席に行って、何をどこに送ったかをそのまま伝えました。その後、宛先を声に出して確かめる手順を提案しました。",
            "en|iam|I once committed an access key to GitHub by mistake; I revoked it at once and have used roles since.",
            // a right comparison the client-site question's own rule took for taking orders from the client
            "ja|client-site|派遣ではお客様から直接指示を受けますが、SESでは自社のリーダーを通して指示を受けます。",
            // right sentences beside the rules from newcomer trial 7 (session 25)
            "en|overtime-oncall|If nobody picks up, I'd call the backup contact, and restart only when the runbook allows it.",
            "ja|overtime-oncall|連絡が取れない場合は、手順書どおりに次の連絡先へ電話し、再起動は許可をもらってから行います。",
            "ja|nat-scenario|プライベートIPアドレスは申請不要で、どの会社でも同じ範囲を使えます。",
            "en|ip-subnet|Private ranges such as 192.168.0.0/16 can be reused by anyone; only public addresses are assigned.",
            "ja|work-stages|未経験者は監視や構築の補助から入ることが多いと理解しています。",
            "ja|salary-start|すでに退職しているので、来週からでも入社できます。",
            "en|salary-start|I can start next month, after a four-week handover.",
            "en|tech-news|IPv6 traffic is not encrypted by default; you still need TLS.",
            "ja|tech-news|IPv6でも通信が自動で暗号化されるわけではなく、TLSが必要です。",
            // many companies count 構築 and テスト as 下流 (CONTENT-FACTS): it differs by company, so it is no mistake
            "ja|work-stages|下流工程は、設計書に沿って機器を設定する構築とテスト、そして運用・保守です。",
            "en|work-stages|Downstream covers building and testing to the design, then operations and maintenance.",
            // session 26: a wrong idea brought up as one's own earlier belief, a colleague's, or a conclusion warned against
            "ja|ip-subnet|勉強を始めた頃は、/24なら256台すべてに割り振れると思い込んでいました。",
            "ja|ip-subnet|最初は256台と答えていたのですが、あとで間違いに気づきました。",
            "ja|night-alert|pingに応答があるからWebサービスは動いている、と判断するのは危険です。",
            "en|tcp-udp|At first I assumed TCP was the faster one, but I was wrong.",
            "en|tcp-udp|A lookup is tiny, so it's quicker to just ask again than to set up a connection, and TCP is kept for large answers.",
            "en|ops-vs-maintenance|My old manager used to say that maintenance simply meant the routine daily checks, but that was wrong.",
            // and right statements beside the rules added for the forty-eighth set
            "en|cannot-connect|If 8.8.8.8 replies but names fail, the gateway is fine and DNS is the suspect.",
            "ja|cannot-connect|8.8.8.8には応答があるのにサイトが開かないなら、ゲートウェイではなくDNSを疑います。",
            "ja|night-shift|夜間はバックアップやバッチが動くので、止まっていないか確認します。",
            "en|home-lab|rm only frees the space once the process closes the file, so I restarted nginx after deleting the log.",
            "ja|home-lab|古いログファイルを削除して容量を空けました。",
            "ja|home-lab|セキュリティグループはステートフルなので、戻りの通信は自動で許可されます。",
            "en|career-plan|You don't need to be a programmer, but shell scripts and Ansible are part of the job.",
            "ja|iam|利用者は、その上に載せるOSのパッチやデータの管理に責任を持ちます。",
            // the forty-ninth set: a wrong idea quoted from someone else, or set out as the worst way, is not stated
            "ja|nat-vs-dhcp|前の職場の先輩に「アドレスを配っているのはNATだよ」と言われて、しばらく信じていました。",
            "ja|shared-responsibility|友人から「クラウドならバックアップもAWSが全部やってくれる」と聞かされ、私もそう思っていました。",
            "en|vlan|A friend once told me that putting the cameras on their own VLAN encrypted their traffic, but that is not how it works.",
            "en|iam|The worst way to run an account would be to have everyone share the root user for daily work.",
            "en|overtime-oncall|I sometimes ask what would happen if the on-call engineer thought they had to fix everything alone.",
            "ja|work-stages|上流のほうが偉いというわけではなく、どちらの工程も大事です。",
            // a review of the new rules: right statements in the forms they first caught
            "ja|home-lab|自宅サーバーのOSのアップデートは自動で入るように設定しています。",
            "en|home-lab|I set my home server to install OS updates automatically.",
            "en|dns|DNS uses reliable TCP for zone transfers and UDP for ordinary queries.",
            "ja|home-lab|開いたままのログを削除しても、空き容量は増えません。",
            "ja|cannot-connect|google.comにpingが通らなければ、回線より先に名前解決を疑います。",
            "ja|current-learning|LinuCレベル1の101試験に一度で合格しました。",
            "ja|router-vs-switch|同じプレフィックスへの経路が複数あれば、まずAD値を比べます。",
            "ja|repetitive-work|手順書の誤りに気づいたら、その場で作業を止め、変更の要否をリーダーに確認します。",
            "en|dns|An A record holds an IPv4 address, and the AAAA record holds the IPv6 one.",
            "en|cannot-connect|Then I'd try resolving a name with nslookup, to tell the route out from DNS.",
            "en|slow-web-server|CPU was normal, but memory was almost full and swap was being used.",
            "en|tcp-udp|UDP just sends the data without checking that it arrived, so it suits live video.",
            "en|iam|It is also important not to use the root user for everyday work.",
            "en|iam|I won't use the root user for daily work; it gets MFA and is put away.",
            "ja|iam|明示的なDenyは常にAllowより優先されるので、止めたい操作はDenyで止められます。",
            "ja|teamwork-horenso|自分で直すこともできましたが、まず本人に伝え、一緒に店長に報告しました。",
            "ja|mistake|同じミスを繰り返さないよう、チェックリストを作って気をつけています。",
            "en|pressure|The alerts came in together, so I listed them and worked through them in order of impact.",
            "ja|linux-commands|chmodで所有者の権限を変え、chownで所有者を変えます。",
            "en|linux-commands|chmod sets the permissions for the owner, the group and others.",
            "ja|ops-vs-maintenance|保守は機器の修理だけではなく、パッチ適用も含みます。",
            "en|cannot-connect|A 169.254 address means the PC did not get an address from DHCP.",
            "ja|repetitive-work|手順書と違う結果が出たら、そこで作業を止めて報告します。"})
    void rightStatementsBesideTheRulesAreNotCorrected(String lang, String question, String sentence) {
        Feedback f = judge(Lang.parse(lang).orElseThrow(), question, sentence);
        assertThat(f.misconceptions()).as(sentence).isEmpty();
    }

    /** The wrong statements those rules were written for, corrected in the question named (for the rules read everywhere, any). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "en|linux-commands|load-average-is-percent|Load average is CPU usage, in percent.",
            "ja|tcp-udp|udp-keeps-order|UDPも到着順序だけは保証してくれるので、順番が入れ替わる心配はありません。",
            "en|dns|tld-before-root|The resolver asks the .com server first, and it passes the question up to a root server.",
            "ja|linux-commands|777-owner-only|chmod 777にすると所有者だけが読み書きできるので安全です。",
            // wrong facts about the job, its rules or its tools, caught in any question (rubrics.yml everywhere)
            "ja|night-shift|night-premium-wrong-rate|深夜に働いた分は、法律で5割増しの割増賃金になるので助かります。",
            "en|self-intro|night-premium-wrong-rate|Night work pays well, since the law sets a 50% premium for hours after 10pm.",
            "ja|pressure|overtime-45-absolute|残業は月45時間を絶対に超えられない決まりなので、安心して働けます。",
            "en|overtime-oncall|oncall-always-working-time|By law, on-call standby always counts as working time, even when nobody calls.",
            "ja|why-start-monitoring|ses-client-directs|SESで常駐すると、お客様の社員から直接作業の指示を受けるのが普通です。",
            "en|career-plan|aws-cert-prerequisite|I must pass Cloud Practitioner first, because it is required before the Solutions Architect Associate.",
            "ja|career-plan|fe-twice-a-year|基本情報は春と秋の年2回しか受けられないので、4月の回を目指します。",
            "en|mistake|itil-incident-root-cause|In ITIL, incident management is about finding the root cause so it never happens again.",
            "ja|teamwork-horenso|renraku-is-soudan|連絡は、自分の考えを添えて上司に判断をお願いすることだと考えています。",
            "en|home-lab|chown-sets-permissions|I used chown to give the group read and write permissions on the folder.",
            "ja|reason-for-change|cloud-ended-night-shifts|クラウド化で監視が自動化され、夜勤はほぼなくなったと聞いて興味を持ちました。",
            // its unless word 分 was also in 自分: the rule could not fire on 「自分で」
            "ja|home-lab|struggles-alone-rather-than-ask|忙しい先輩に聞くより、自分で何時間でも調べて解決したいと考えています。",
            // set 42's misses: the wrong claim beside the right names, which the older rules' unless words let through
            "en|career-plan|linuc-called-lpic-international|I will take LinuC first, because LinuC is the international version of LPIC.",
            "ja|career-plan|linuc-called-lpic-international|LinuCはLPICの国際版なので、海外でも通用すると考えています。",
            "ja|current-learning|ip-said-transport|IPはトランスポート層で確実に届ける役割、TCPはネットワーク層で経路を決める役割です。",
            "en|current-learning|ip-said-transport|IP is a transport-layer protocol for reliable delivery, and TCP works at the network layer to route packets.",
            // the forty-third set's slips, read in any question (its sentences were the models; these are new ones)
            "ja|night-shift|ttl-longer-before-migration|サーバー移行の前はTTLを長くしておくと、新しいIPアドレスにすぐ切り替わります。",
            "en|client-site|dhcp-ports-wrong|Our DHCP server listens on port 53 and the clients answer from port 54.",
            "ja|slow-web-server|iowait-means-slow-cpu|iowaitが高いときはCPUの処理能力が足りないので、CPUを増やします。",
            "en|home-lab|syslog-severity-reversed|In syslog, the higher the number, the more severe the message, so 7 is emergency.",
            "ja|cert-plan|ospf-by-hops|OSPFはホップ数が一番少ない経路を選ぶので、覚えやすいです。",
            "en|current-learning|dns-queries-said-tcp|Normal DNS queries go over TCP port 53, and UDP is only for zone transfers.",
            "ja|current-learning|prefix-hosts-include-reserved|/27なら32台のホストにアドレスを割り当てられます。",
            "en|night-alert|escalates-only-after-everything|I would escalate only after I've tried everything in the runbook myself.",
            "ja|why-cloud|cloud-said-fixed-cost|クラウドは毎月決まった額なので、オンプレミスより予算が立てやすいです。",
            "en|ops-vs-maintenance|onsite-said-remote|On-site maintenance means the vendor fixes the fault remotely from their office.",
            "ja|work-stages|design-levels-said|基本設計でホスト名やIPアドレスを決め、詳細設計で全体の構成を決めます。",
            "ja|home-lab|firewall-cmd-said-permanent|firewall-cmd --add-port=443/tcpで開けました。このコマンドは再起動しても設定が残ります。",
            // newcomer trial 5's misses
            "ja|cannot-connect|ping-said-udp|pingはUDPを使う通信なので、返ってくればゲートウェイまではつながっています。",
            "en|night-shift|ping-said-udp|Ping uses UDP, so a reply shows the port is open.",
            "ja|slow-web-server|top-shows-disk|topコマンドでディスクの空き容量を確認します。",
            "en|home-lab|top-shows-disk|I used top to check the free disk space on the Pi.",
            // the forty-fifth set's slips, read in any question (its sentences were the models; these are new ones)
            "ja|reverse-question|notice-said-legal-month|法律では退職の1か月前までに会社へ伝える決まりなので、入社は2月以降になります。",
            "en|salary-start|notice-said-legal-month|By law I have to give one month's notice before I resign, so I could start in May.",
            "ja|overtime-oncall|night-premium-wrong-hours|深夜割増は0時から6時までの勤務につくので、夜勤の後半だけが割増になります。",
            "en|overtime-oncall|night-premium-wrong-hours|The late-night premium covers the hours from midnight to 6 a.m., so a shift ending at 2 a.m. gets it for two hours.",
            "ja|previous-job|pdca-check-said-improve|PDCAのCは改善の段階なので、毎月そこでやり方を変えていました。",
            "en|previous-job|pdca-check-said-improve|In PDCA the C stands for change, so each month we changed one step of the process.",
            "ja|night-alert|itil-problem-said-restore|ITILの問題管理は、止まったサービスをできるだけ早く元に戻すための活動です。",
            "en|night-alert|itil-problem-said-restore|In ITIL, problem management means restoring the service for users as fast as possible.",
            "ja|slow-web-server|mtbf-said-repair-time|MTBFは障害が起きてから復旧するまでにかかる平均の時間です。",
            "en|slow-web-server|mtbf-said-repair-time|We track MTBF, the average time it takes us to repair a server after it breaks.",
            "en|pressure|mttr-said-time-between-failures|MTTR tells you how long a disk keeps running before it fails.",
            "ja|night-alert|snmp-trap-port|ルーターからのSNMPトラップは監視サーバーの161番で受け取ります。",
            "en|night-alert|snmp-trap-port|The switch sends SNMP traps to our Zabbix server on UDP 161.",
            "en|home-lab|write-erase-said-save|After every change I run write erase so the configuration is saved for the next boot.",
            "ja|home-lab|write-erase-said-save|設定を変えたらwrite eraseで保存しておけば、再起動しても残ります。",
            "en|career-plan|cloud-said-capex|The cloud turns a company's opex into capex, so the spending can be depreciated.",
            "ja|repetitive-work|zokujinka-defined-backwards|手順書があれば属人化、つまり誰がやっても同じ結果になる状態にできます。",
            "en|cert-plan|aws-cert-wrong-years|AWS certifications are valid for two years, so I will renew the Cloud Practitioner next year.",
            "ja|cert-plan|aws-cert-wrong-years|AWSの資格は有効期限が5年なので、焦らず更新できます。",
            "ja|career-plan|stage-named-by-apposition|いずれは上流工程である運用や保守を任され、その後は設計にも関わりたいです。",
            "en|career-plan|stage-named-by-apposition|I will start in the upstream stages such as operations and monitoring, and move into design later.",
            "ja|career-plan|ses-directs-said-difference|準委任では、お客様から直接指示を受ける点が派遣と違います。",
            "ja|pressure|mttr-said-time-between-failures|MTTRは、機器が故障するまでの平均の時間のことです。",
            "ja|career-plan|cloud-said-capex|クラウドにすると、OPEXからCAPEXに変わるので資産として管理できます。",
            "en|repetitive-work|zokujinka-defined-backwards|With runbooks we can reach zokujinka, which means anyone can do the job the same way.",
            "en|client-site|quasi-mandate-said-like-dispatch|It will be SES work, so the client can direct me the same as with a dispatch contract.",
            "en|client-site|ses-directs-said-difference|With SES the client gives me instructions directly, which is how it is different from dispatch.",
            "ja|career-plan|ses-client-directs|SESではお客様から直接指示を受けるところが、派遣との違いです。",
            // the forty-sixth set's slips, read in any question (its sentences were the models; these are new ones)
            "en|cannot-connect|gateway-said-reserved|The two addresses we can't assign are the broadcast address and the default gateway at .1.",
            "ja|cannot-connect|gateway-said-reserved|/24で使えない2つは、ブロードキャストアドレスとデフォルトゲートウェイです。",
            "ja|night-alert|onsite-said-parts-shipped|オンサイト保守なので、交換用のディスクが宅配で届いたら自分たちで差し替えます。",
            "en|night-alert|onsite-said-parts-shipped|With on-site maintenance the vendor ships the part and we swap it ourselves.",
            "en|current-learning|virtualbox-nat-reachable|My VM stayed on the default NAT adapter, and the host can reach it directly by its address.",
            "ja|current-learning|virtualbox-nat-reachable|VirtualBoxの既定のNATのままでも、ホストから仮想マシンへ直接アクセスできました。",
            "en|why-cloud|tls-cert-years|A public TLS certificate can still be valid for two years, so renewing by hand is fine.",
            "ja|tech-news|tls-cert-years|公開のSSLサーバー証明書は今も最長2年まで使えるので、手作業の更新で間に合います。",
            "en|home-lab|raid-said-ransomware-proof|With RAID 1 my NAS can restore files if ransomware gets in.",
            "ja|home-lab|raid-said-ransomware-proof|RAID1にしてあるので、ランサムウェアにやられてもミラーから元に戻せます。",
            "en|night-shift|overtime-36-basic-limit-80|Under a 36 agreement the basic limit is 80 hours of overtime a month.",
            "ja|night-shift|overtime-36-basic-limit-80|36協定では、残業の原則の上限は月80時間です。",
            "en|previous-job|sla-999-downtime|Our SLA promised 99.9%, which allows under an hour of downtime a year.",
            "ja|previous-job|sla-999-downtime|稼働率99.9%なら、年間で止まれる時間は1時間未満です。",
            "en|cert-plan|ccnp-needs-ccna|You must hold the CCNA before you can sit the CCNP.",
            "ja|cert-plan|ccnp-needs-ccna|CCNPはCCNAがないと受験資格がないので、まずCCNAです。",
            "en|reverse-question|aws-inbound-charged|AWS charges for inbound data too, so moving our backups in will cost a lot.",
            "ja|reverse-question|aws-inbound-charged|AWSはインバウンドのデータ転送にも料金がかかるので、移行が高くつきそうです。",
            "en|reason-for-change|raid5-two-disks|Our RAID 5 array survived two disks failing at once.",
            "ja|reason-for-change|raid5-two-disks|RAID5なので、ディスクが2台同時に故障しても大丈夫です。",
            // ...and the wrong claims that reviewer found missed, or that a first version of ports.opened let through
            "en|home-lab|wrong-port|To connect by SSH I opened port 80.",
            "ja|home-lab|wrong-port|SSH用に80番を開けました。",
            "en|cert-plan|ccnp-needs-ccna|To take the CCNP, you have to pass the CCNA first.",
            "ja|cert-plan|ccnp-needs-ccna|CCNAに合格しないとCCNPは受験できません。",
            "en|reverse-question|aws-inbound-charged|On AWS you pay for data transfer both in and out.",
            "ja|reason-for-change|raid5-two-disks|RAID5は2台が故障しても問題ありません。",
            "en|reason-for-change|raid5-two-disks|RAID 5 can tolerate two disk failures.",
            "ja|overtime-oncall|overtime-36-basic-limit-80|三六協定を結べば、残業の上限は月80時間です。",
            "en|previous-job|sla-999-downtime|Three nines means we can only be down for an hour a year.",
            "ja|tech-news|tls-cert-years|HTTPSの証明書の有効期限は1年なので、毎年更新しています。",
            // newcomer trial 6: a plain technical error scored 91
            "ja|night-shift|ping-shows-resources|夜勤ではpingを打ってサーバーのメモリ使用率を確認していました。",
            "en|night-shift|ping-shows-resources|On night shift I used ping to check the servers' CPU load.",
            // newcomer trial 7 (session 25): slips it let through, in other words than the trial's
            "en|overtime-oncall|restarts-alone-at-night|If nobody picks up at night, I'll restart the server and report it in the morning.",
            "en|overtime-oncall|fixes-alone-on-callout|If the lead is unreachable, I'd restart the service myself to save time.",
            "ja|overtime-oncall|restarts-alone-at-night|夜中に上長と連絡が取れなければ、自分の判断で再起動して復旧させます。",
            "ja|nat-scenario|private-address-said-unique|社内のプライベートIPアドレスも、他社と重ならないように申請して割り当てを受けています。",
            // session 26: slips of the forty-eighth set, in other words
            "en|cannot-connect|outside-ping-blames-gateway|8.8.8.8 answers fine, so the problem must be a wrong gateway on the PC.",
            "ja|cannot-connect|outside-ping-blames-gateway|8.8.8.8へのpingは通ったので、原因はデフォルトゲートウェイの設定ミスだと考えます。",
            "ja|cannot-connect|name-ping-blames-line|www.example.comにpingして返ってこなければ、回線が切れていると判断します。",
            "en|cannot-connect|name-ping-blames-line|If a ping to google.com gets no reply, the internet line itself is down.",
            "en|home-lab|rm-frees-open-log|Removing the access log with rm frees up the disk even while the web server still has it open.",
            "ja|home-lab|rm-frees-open-log|アプリが書き込み中のログファイルでも、rmで削除すればディスクの空き容量はすぐ増えます。",
            "ja|night-shift|night-batches-said-stopped|深夜はバッチ処理を止めてサーバーを休ませるので、夜勤は比較的ひまです。",
            "en|night-shift|night-batches-said-stopped|Overnight the backup jobs are paused, so the night shift is mostly quiet.",
            "ja|home-lab|security-group-stateless|セキュリティグループはステートレスなので、戻りの通信も許可する必要があります。",
            "en|why-cloud|security-group-stateless|Security groups are stateless, so I added an outbound rule for the replies.",
            "en|dns|authoritative-asked-first|The resolver goes to the domain's authoritative server directly, and only when that fails does it ask a root server.",
            "ja|dns|authoritative-asked-first|リゾルバーはまず権威サーバーに聞き、そこで分からなければルートサーバーに問い合わせます。",
            "en|career-plan|infra-needs-no-code|Infrastructure engineers never have to write code at all.",
            "ja|career-plan|infra-needs-no-code|インフラエンジニアはコードを一切書かないので、プログラミングの勉強はしません。",
            "en|why-cloud|provider-patches-guest-os|With EC2, AWS keeps the operating system patched automatically.",
            "ja|cert-plan|iam-allow-beats-deny|IAMでは拒否より許可のほうが優先されます。",
            "ja|why-cloud|cloud-always-cheaper|クラウドに移せば、どんなシステムでも必ずコストが下がります。",
            // the forty-ninth set's slips, in other words
            "en|career-plan|aws-pro-needs-associate|You have to hold the Associate before AWS lets you book the Professional exam.",
            "ja|career-plan|aws-pro-needs-associate|AWSのプロフェッショナルは、アソシエイトに合格しないと受けられないので順番に取ります。",
            "en|current-learning|linuc1-one-exam|LinuC Level 1 is just one exam, so I'll sit it next month.",
            "ja|current-learning|linuc1-one-exam|LinuCレベル1は試験が一つなので、来月一度で取るつもりです。",
            "ja|repetitive-work|runbook-changed-alone|手順書が古いと気づいたら、自分の判断で手順を変えて作業を続けます。",
            "en|repetitive-work|runbook-changed-alone|If a step in the procedure is outdated, I fix it on my own judgement and carry on.",
            "en|ops-vs-maintenance|backup-log-proves-restore|When the backup log says success there is no need to run restore tests.",
            "ja|ops-vs-maintenance|backup-log-proves-restore|バックアップのジョブが成功していれば、リストアの試験は不要です。",
            "en|router-vs-switch|ad-before-longest-prefix|The router looks at administrative distance first when it chooses between routes.",
            "ja|router-vs-switch|ad-before-longest-prefix|ルーターは経路を選ぶとき、まずアドミニストレーティブディスタンスを比べます。",
            "en|linux-commands|dir-read-bit-enters|The read permission on a directory is what lets you cd into it.",
            "ja|linux-commands|dir-read-bit-enters|ディレクトリの読み取り権限があれば、cdで中に入れます。",
            "en|home-lab|nslookup-reads-hosts|I ran nslookup to confirm my /etc/hosts entry was working.",
            "ja|home-lab|nslookup-reads-hosts|/etc/hostsに書いた名前が効いているか、nslookupで確認しました。",
            "en|night-alert|reboot-alone|For a critical alert I would restart the server right away on my own judgement.",
            "ja|night-alert|reboot-alone|重大なアラートなら、自分の判断ですぐに再起動します。",
            "ja|client-site|quasi-mandate-said-like-dispatch|SESは派遣と同じ仕組みなので、常駐先の社員から直接指示を受けます。",
            // the fiftieth set's slips, in other words
            "en|dns|ipv6-in-a-record|For an IPv6 site the A record simply carries the longer address.",
            "ja|dns|ipv6-in-a-record|IPv6のアドレスも、Aレコードにそのまま書けば引けます。",
            "en|tcp-udp|smtp-over-udp|SMTP runs on UDP to keep things light.",
            "ja|tcp-udp|smtp-over-udp|HTTPにはTCPが使われ、メール送信のSMTPは軽さを優先してUDPで通信しています。",
            "en|tech-news|vmware-bought-by-microsoft|After Microsoft acquired VMware, the licences became subscriptions.",
            "ja|tech-news|vmware-bought-by-microsoft|マイクロソフトによるVMwareの買収で、ライセンスが変わりました。",
            "ja|cert-plan|cert-never-expires|CCNAは一度取れば更新の必要がないので、一生ものの資格です。",
            "en|salary-start|notice-said-legal-month|By law I have to give three months' notice before I resign.",
            // a slip inside a story that quotes someone is still the speaker's own (a review of the quoted-claim reading)
            "ja|night-alert|reboot-alone|リーダーに「様子を見て」と言われましたが、自分の判断ですぐ再起動しました。",
            "en|night-alert|reboot-alone|My manager said to wait, but I rebooted it right away on my own judgement.",
            "ja|shared-responsibility|roles-mixed-up|ゲストOSのパッチはAWSの責任で、物理機器は利用者の責任です。",
            "ja|tcp-udp|dns-asked-over-tcp|DNSは正確さが大事なので、TCPで問い合わせます。",
            "en|ip-subnet|private-address-said-unique|Each company must apply for its own private address range from the registry.",
            "ja|work-stages|newcomers-start-in-build|未経験者は、たいてい構築から始めて、慣れたら設計に進むと聞いています。",
            "en|work-stages|newcomers-start-in-build|As a beginner you usually start with build work and later move on to design.",
            "ja|salary-start|rigid-salary-demand|今の年収より下がるのは困るので、420万円以上でお願いしたいです。",
            "ja|salary-start|starts-without-notice|在職中ですが、内定をいただけたら明日からでも働けます。",
            "en|salary-start|starts-without-notice|I'm still employed, but I could start next week if you want.",
            "en|tech-news|ipv6-said-encrypted|With IPv6 all traffic is encrypted by default, so it is safer.",
            "ja|nat-scenario|ipv6-said-encrypted|IPv6になれば通信は自動で暗号化されるので安全です。",
            "ja|linux-commands|kill-said-always-forced|killは何も付けなくてもプロセスを強制終了させるので、-9と違いはありません。",
            "en|linux-commands|kill-said-always-forced|A plain kill forces the process to die at once, no different from kill -9.",
            "ja|home-lab|raid-said-backup|自宅のNASはRAIDなので、誤って消したファイルも戻せます。",
            "en|home-lab|raid-said-backup|My NAS mirrors two disks, so a file deleted by mistake can be restored from the second disk.",
            "ja|current-learning|ip-said-burned-in|IPアドレスは工場で機器に書き込まれる番号です。",
            "en|current-learning|ip-said-burned-in|Every IP address is burned in at the factory.",
            "ja|cannot-connect|dns-failure-said-line-down|8.8.8.8へのpingは成功しても、サイトが開けなければ回線の障害です。",
            "en|cannot-connect|dns-failure-said-line-down|If 8.8.8.8 replies but pages will not load, the line is down.",
            "ja|mistake|prevention-by-care-alone|再発防止は、次からもっと気をつけることに尽きます。",
            "en|mistake|prevention-by-care-alone|To prevent it happening again I will simply be more careful.",
            "ja|pressure|everything-at-once|忙しいときは全部を同時に少しずつ進めます。",
            "en|pressure|everything-at-once|Under pressure I work on everything at the same time.",
            "ja|night-alert|rushes-without-checking|障害のときは確認は後回しにして、とにかく手を動かします。",
            "en|night-alert|rushes-without-checking|I would try every fix I know until one works.",
            "ja|repetitive-work|continues-past-unexpected|途中でエラーが出ても、手順書の最後まで進めます。",
            "en|repetitive-work|continues-past-unexpected|If the output is unexpected I still carry on to the last step.",
            "ja|repetitive-work|runbook-needs-no-understanding|手順書どおりなら、中身を理解しなくても作業できます。",
            "en|repetitive-work|runbook-needs-no-understanding|With a good runbook you don't need to understand the commands.",
            "ja|repetitive-work|routine-said-unimprovable|決まった作業の自動化は開発者の仕事です。",
            "en|repetitive-work|routine-said-unimprovable|Automation is a job for developers, not for operations.",
            "ja|ops-vs-maintenance|maintenance-said-hardware-only|保守とは、あくまで壊れたハードウェアを直すことです。",
            "en|ops-vs-maintenance|maintenance-said-hardware-only|Maintenance only means the hardware side: fixing broken parts.",
            "ja|iam|broad-permissions-for-convenience|最初から管理者権限を与えておくと、エラーが出ないので楽です。",
            "en|iam|broad-permissions-for-convenience|I would give everyone full access from the start to keep things easier.",
            "ja|night-alert|fixes-before-reporting|自分で直してから上司に報告します。",
            "en|mistake|fixes-before-reporting|I fix it quietly first and tell my manager after I've fixed it.",
            "ja|current-learning|lpic1-said-one-sitting|LPIC1は試験1回受かれば取れるので、来月には取れます。",
            "en|current-learning|lpic1-said-one-sitting|LPIC-1 is just one exam, so I will have it next month."})
    void wrongStatementsTheRulesWereWrittenForAreCorrected(String lang, String question, String id, String sentence) {
        assertThat(judge(Lang.parse(lang).orElseThrow(), question, sentence).misconceptions())
                .extracting(Feedback.Finding::id).as(sentence).contains(id);
    }

    // a reviewer: a rule read everywhere beside a question's own rule for the same slip told it twice
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "ja|current-learning|TCPはネットワーク層のプロトコルです。",
            "en|current-learning|TCP is a network layer protocol.",
            "ja|osi-model|IPはトランスポート層のプロトコルです。",
            "ja|iam|普段の作業は、すべての操作ができるルートユーザーで行うのが効率的です。",
            "en|linux-commands|To change who owns a file I use chmod.",
            "ja|cert-plan|LPIC1は試験1回受かれば取れるので、3か月後には取れると思います。"})
    void aSlipThatTwoRulesReadIsToldOnce(String lang, String question, String sentence) {
        assertThat(judge(Lang.parse(lang).orElseThrow(), question, sentence).misconceptions()).as(sentence).hasSize(1);
    }

    @Test
    void aStoryClosedWithTheCompanyAsTheCandidateCallsItTakesUpTheQuestion() {
        // the interviewer asks about 当社; the candidate's last sentence names it 御社 (set 20's excellent answer, read
        // as off topic, in other words)
        Feedback f = judge(Lang.JA, "why-company", "前職の物流倉庫で、出荷システムの障害対応を担当する協力会社の方の仕事ぶりを見て、"
                + "仕組みを支える側に興味を持ちました。説明会では、監視の担当者が出した改善案が手順書に反映される流れを詳しく伺いました。"
                + "未経験で入った先輩が二年目に構築を任されているというお話も印象に残っています。"
                + "現場の声で仕組みを良くしていける環境で、私も監視から始めて成長したいです。それが御社を志望した理由です。");
        assertThat(f.relevance()).isEqualTo(Feedback.Relevance.ON_TOPIC);
        assertThat(f.score()).isGreaterThanOrEqualTo(75);
    }

    @Test
    void aPlainYesToAYesOrNoQuestionIsItsConclusion() {
        Feedback f = judge(Lang.JA, "repetitive-work", "大丈夫です。前職のコールセンターでは、決まった手順で毎日百件近い問い合わせを"
                + "受けていました。手順どおりにやることで、誰が対応しても同じ品質になると考えています。");
        assertThat(f.points()).filteredOn(p -> p.id().equals(AnswerAnalyzer.CONCLUSION)).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(Feedback.Status.MET);
            assertThat(p.quote()).isEqualTo("大丈夫です。");
        });
    }

    @Test
    void aLinkToTheJobInTheSpeakersOwnWordsIsMetWithItsSentence() {
        String story = "インフラエンジニアを選んだのは、止まると困る仕組みを裏で支える仕事に魅力を感じたからです。"
                + "前職の物流倉庫では、在庫システムが止まって半日出荷できなかったことがあります。";
        Feedback without = judge(Lang.JA, "why-infra", story);
        assertThat(without.points()).filteredOn(p -> p.id().equals(AnswerAnalyzer.LINK))
                .extracting(Feedback.Point::status).containsExactly(Feedback.Status.MISSED);
        // no listed linking phrase: the speaker's stance with one of the question's own terms makes the link
        Feedback with = judge(Lang.JA, "why-infra", story + "これからはネットワークの設定を一つずつ確かめながら覚えていきたいと思います。");
        assertThat(with.points()).filteredOn(p -> p.id().equals(AnswerAnalyzer.LINK)).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(Feedback.Status.MET);
            assertThat(p.quote()).contains("ネットワークの設定を一つずつ確かめながら");
        });
    }

    @Test
    void aMisconceptionSpreadOverTwoSentencesIsCaughtAndItsSentenceIsNeverQuotedAsAStrength() {
        Feedback f = judge(Lang.EN, "nat-vs-dhcp", "I will start with NAT. It hands out an IP address to each PC when it joins "
                + "the office network. DHCP, on the other hand, translates private addresses into the public one.");
        assertThat(f.misconceptions()).extracting(Feedback.Finding::id).contains("nat-hands-out-addresses");
        assertThat(f.score()).isLessThanOrEqualTo(40);
        assertThat(f.points()).extracting(Feedback.Point::quote).noneMatch(q -> q.contains("hands out"));
    }

    @Test
    void restartingAloneInAnAnswerThatNeverEscalatesIsBadJudgement() {
        Feedback f = judge(Lang.EN, "night-alert", "I would log in and look at the graphs first. If the web service has died, "
                + "I restart it, and if the disk is full I delete the oldest logs to free up space. Then I check the site "
                + "loads again and write what I did in the shift notes.");
        assertThat(f.misconceptions()).isNotEmpty();
        assertThat(f.score()).isLessThanOrEqualTo(40);
    }

    @Test
    void theSameRestartAfterEscalatingIsNotBadJudgement() {
        Feedback f = judge(Lang.EN, "night-alert", "I would check what the alert says and how far the impact reaches, then "
                + "escalate to the on-call engineer as the runbook says. If they ask me to, I restart the service, and I "
                + "record every step with the time for the handover.");
        assertThat(f.misconceptions()).isEmpty();
    }

    @Test
    void reportingLateInOneClauseIsCaughtAlthoughTheOtherClauseSaysAtOnce() {
        Feedback f = judge(Lang.JA, "mistake", "前職で、発注書の数量を間違えて送ってしまったことがあります。"
                + "送った直後に気づきましたが、上司が出張中だったので、報告は翌週に伝えました。");
        assertThat(f.misconceptions()).extracting(Feedback.Finding::id).contains("reported-late");
    }

    @Test
    void aGoodPracticeStatedWithANegationIsNotTheMistakeItNegates() {
        Feedback ja = judge(Lang.JA, "iam", "IAMは、誰がどのサービスで何をしてよいかを管理する仕組みです。"
                + "サーバーからAWSを操作するときは、アクセスキーをコードに書き込まず、ロールの一時的な認証情報を使います。");
        assertThat(ja.misconceptions()).isEmpty();
        Feedback en = judge(Lang.EN, "iam", "IAM controls who can do what in an AWS account. "
                + "I would not use the root user for daily work, I would protect it with MFA.");
        assertThat(en.misconceptions()).isEmpty();
        // the same words stated as what one does are still caught
        Feedback wrong = judge(Lang.JA, "iam", "IAMは権限を管理する仕組みです。"
                + "サーバーからAWSを操作するときは、アクセスキーをコードに書き込んでおけば簡単です。");
        assertThat(wrong.misconceptions()).extracting(Feedback.Finding::id).contains("shares-or-embeds-keys");
        Feedback root = judge(Lang.EN, "iam", "IAM controls who can do what. I use the root user for daily work because it is simpler.");
        assertThat(root.misconceptions()).extracting(Feedback.Finding::id).contains("root-for-daily-work");
    }

    @Test
    void anAnswerThatTakesUpTheQuestionInItsOwnWordsIsNotAnAnswerToAnotherQuestion() {
        // b2-why-it-04 of the second labelled set: a story, study, then the question taken up in its own words
        String story = "祖母の家のネット回線が切れたとき、電話で1時間かけて一緒に原因を探しました。"
                + "ルーターの電源を入れ直してもらい、つながった瞬間、祖母がとても喜んでくれました。"
                + "実は前職のコールセンターでも、お客様の「つながらない」を解決したときが一番うれしい瞬間でした。"
                + "ただ、電話口でできることには限りがあり、裏の仕組みを知らないもどかしさもありました。"
                + "いまはCCNAの勉強を週10時間続けています。";
        Feedback closed = judge(Lang.JA, "why-it", story
                + "困っている人の「つながらない」を、仕組みを理解したうえで根本から解決できる人になりたい。だから私はエンジニアを目指しています。");
        assertThat(closed.relevance()).isEqualTo(Feedback.Relevance.ON_TOPIC);
        assertThat(closed.score()).isGreaterThanOrEqualTo(70);
    }

    @Test
    void actingAloneIsCaughtInASituationalQuestionWhoseOwnRubricDoesNotAnticipateIt() {
        Feedback alone = judge(Lang.JA, "cannot-connect", "つながらないと言われたら、すぐにサーバールームに行って、ルーターとファイアウォールの設定を確認します。"
                + "怪しい設定があれば、その場で自分の判断で変更して、つながるか試します。");
        assertThat(alone.misconceptions()).extracting(Feedback.Finding::id).containsExactly("acts-on-own-judgement");
        assertThat(alone.score()).isLessThanOrEqualTo(40);
        Feedback asked = judge(Lang.JA, "cannot-connect", "つながらないと言われたら、一人だけか全員かを確かめ、ケーブルとIPアドレスを確認します。"
                + "設定が怪しくても、自分の判断で変更はせず、上長に報告して指示を受けてから対応します。");
        assertThat(asked.misconceptions()).isEmpty();
        Feedback hid = judge(Lang.EN, "pressure", "When a deadline slipped at my last job, I fixed the broken report over the weekend "
                + "and kept it quiet, because I did not want to worry my manager.");
        assertThat(hid.misconceptions()).extracting(Feedback.Finding::id).containsExactly("hides-the-problem");
        // a technical question is not read for judgement
        assertThat(judge(Lang.JA, "dns", "DNSは名前をIPアドレスに変える仕組みです。自分の判断で設定を変更して試したことがあります。").misconceptions())
                .extracting(Feedback.Finding::id).doesNotContain("acts-on-own-judgement");
    }

    @Test
    void aSentenceThatSaysAsAWholeThatSomethingIsNotDoneStatesNoMistake() {
        Feedback ja = judge(Lang.JA, "night-alert", "まずアラートの内容と影響範囲を確認し、手順書の一次対応を行います。"
                + "判断できないものは、決められたエスカレーション先にすぐ電話します。夜中だから遠慮する、ということはしません。");
        assertThat(ja.misconceptions()).isEmpty();
        Feedback en = judge(Lang.EN, "night-alert", "I read the alert, check the impact and follow the runbook's first steps. "
                + "If it is real, I call the on-call engineer at once. What I won't do is restart or change anything on my own.");
        assertThat(en.misconceptions()).isEmpty();
        // the same words, said as what one does, are caught
        Feedback alone = judge(Lang.EN, "night-alert", "I read the alert and check the impact. "
                + "Then I restart or change whatever looks wrong on my own, so nobody has to be woken up.");
        assertThat(alone.misconceptions()).isNotEmpty();
    }

    @Test
    void aReverseQuestionIsAnsweredByAskingAndAPlanWithoutAQuestionIsAnAnswerToAnotherQuestion() {
        Feedback asks = judge(Lang.EN, "reverse-question", "Just one, if that's okay. What is the most common reason someone who joins "
                + "in operations does not make it past their first year here? I would rather know the trap now than in month six. "
                + "And what did the people who did well do differently in those first months?");
        assertThat(asks.relevance()).isEqualTo(Feedback.Relevance.ON_TOPIC);
        // asked as Japanese asks, without a question mark
        Feedback politely = judge(Lang.JA, "reverse-question", "はい、二つ伺いたいことがあります。一つ目は、配属後の1日の流れと、最初の3か月で"
                + "任せていただく仕事について伺いたいです。二つ目は、監視から構築に移った先輩が、何年目にどのような準備をされたのかを"
                + "教えていただきたいです。入社までの学習に生かしたいと考えています。");
        assertThat(politely.relevance()).isEqualTo(Feedback.Relevance.ON_TOPIC);
        Feedback plan = judge(Lang.JA, "reverse-question", "はい、最後に私の今後の目標をお伝えさせてください。入社後3年で、監視・運用の経験を積みながら"
                + "CCNPとAWSのアソシエイト資格を取り、サーバーとネットワークの構築案件を担当できるようになりたいと考えています。"
                + "5年後には、お客様の要件を聞いて設計まで担当できるエンジニアになり、後輩の育成にも関わりたいです。"
                + "そのために、入社までに毎日2時間の学習を続けます。以上です。");
        assertThat(plan.relevance()).isEqualTo(Feedback.Relevance.OTHER_QUESTION);
        assertThat(plan.looksLike()).isEqualTo("career-plan");
        assertThat(plan.score()).isLessThanOrEqualTo(30);
    }

    @Test
    void aSelfIntroductionThatNamesTheSpeakerIsOnTopicHoweverItOpens() {
        // t4-self-intro-04 of the fourth labelled set: a story first, the name in the second sentence
        Feedback f = judge(Lang.EN, "self-intro", "Three a.m., a warehouse in Saitama, and a conveyor line that has just stopped with 4,000 parcels still to sort - that's the moment I started paying attention to systems. I'm Aya Morimoto, and I've spent six years as a shift leader in logistics. When that line stopped, the cause turned out to be a failed network switch in the control room, and I watched the vendor's engineer trace it calmly, step by step, while everyone else was shouting. I wanted to be that person. Since then I've passed the CCNA, I'm halfway through the AWS Solutions Architect Associate, and I run a small Linux lab at home. From logistics I bring night-shift experience, clean handovers, and staying calm when things stop. I'd like to start in operations and grow into building infrastructure.");
        assertThat(f.relevance()).isEqualTo(Feedback.Relevance.ON_TOPIC);
    }

    @Test
    void aSpaceTypedBetweenACommandAndJapaneseChangesNothing() {
        String wrong = "よく使うのはlsとcdです。権限まわりだと、%sファイルの所有者を別のユーザーに変更するコマンドです。";
        Feedback spaced = judge(Lang.JA, "linux-commands", wrong.formatted("chmod は"));
        Feedback unspaced = judge(Lang.JA, "linux-commands", wrong.formatted("chmodは"));
        assertThat(spaced.misconceptions()).extracting(Feedback.Finding::id).containsExactly("chmod-chown-swapped");
        assertThat(unspaced.misconceptions()).extracting(Feedback.Finding::id).containsExactly("chmod-chown-swapped");
        assertThat(spaced.score()).isEqualTo(unspaced.score());
    }

    @Test
    void oneThingGivenAnothersJobIsCaughtInWordsNoRuleLists() {
        Feedback ja = judge(Lang.JA, "tcp-udp", "TCPとUDPはどちらも通信のルールです。UDPは順番を整えて渡してくれるので、動画も安心して見られます。");
        assertThat(ja.misconceptions()).extracting(Feedback.Finding::id).containsExactly("roles-mixed-up");
        assertThat(ja.misconceptions().get(0).quote()).contains("順番を整えて");
        Feedback en = judge(Lang.EN, "router-vs-switch", "Both connect devices. The router keeps a MAC table and forwards frames to the right port.");
        assertThat(en.misconceptions()).extracting(Feedback.Finding::id).containsExactly("roles-mixed-up");
        // the same words negated, or said of the right thing, or of both things at once, are right
        assertThat(judge(Lang.JA, "tcp-udp", "TCPとUDPはどちらも通信のルールです。UDPは順番を整えたりはしません。").misconceptions()).isEmpty();
        assertThat(judge(Lang.JA, "tcp-udp", "TCPとUDPはどちらも通信のルールです。TCPは順番を整えて渡してくれます。").misconceptions()).isEmpty();
        assertThat(judge(Lang.EN, "router-vs-switch", "Both connect devices. Unlike a router, a switch keeps a MAC table.").misconceptions()).isEmpty();
        assertThat(judge(Lang.EN, "router-vs-switch", "A layer 3 switch can also route between networks.").misconceptions()).isEmpty();
    }

    @Test
    void twoDefinitionsSwappedInOneSentenceAreCaughtAndNeitherPointIsCredited() {
        // the issue's own example: each half names one thing and gives it the other's job
        Feedback ja = judge(Lang.JA, "nat-vs-dhcp", "NATはIPアドレスを自動で割り当てる仕組みで、DHCPはプライベートIPアドレスを"
                + "グローバルIPアドレスに変換する仕組みです。家庭のルーターでも両方動いています。");
        assertThat(ja.misconceptions()).extracting(Feedback.Finding::id).containsExactly("roles-mixed-up");
        assertThat(ja.score()).isLessThanOrEqualTo(40);
        assertThat(ja.covered()).as("the swapped sentence is corrected, not also praised")
                .doesNotContain("NATはアドレスを変換する", "DHCPはアドレスを自動で割り当てる")
                .contains("家庭用ルーターは両方の機能を持つことが多い");
        Feedback en = judge(Lang.EN, "nat-vs-dhcp", "NAT hands out IP addresses to devices automatically, while DHCP translates "
                + "private addresses into the public one.");
        // "while" parts the two clauses, so each half's own mistake is named with its own correction
        assertThat(en.misconceptions()).extracting(Feedback.Finding::id).containsExactly("nat-hands-out-addresses", "dhcp-translates");
        assertThat(en.score()).isLessThanOrEqualTo(40);
        assertThat(judge(Lang.JA, "tcp-udp", "TCPは再送しないので速く、UDPは再送して確実に届けます。").misconceptions())
                .extracting(Feedback.Finding::id).containsExactly("roles-mixed-up");
        // the same halves the right way round, or one thing named only as where the other's work came from, are right
        assertThat(judge(Lang.JA, "nat-vs-dhcp", "DHCPはIPアドレスを自動で割り当てる仕組みで、NATはプライベートIPアドレスを"
                + "グローバルIPアドレスに変換する仕組みです。").misconceptions()).isEmpty();
        assertThat(judge(Lang.JA, "nat-vs-dhcp", "NATは、DHCPで割り当てられたプライベートアドレスを、グローバルアドレスに変換します。")
                .misconceptions()).isEmpty();
        assertThat(judge(Lang.EN, "nat-vs-dhcp", "DHCP hands out IP addresses automatically, whereas NAT translates private "
                + "addresses into the public one.").misconceptions()).isEmpty();
        assertThat(judge(Lang.JA, "tcp-udp", "UDPは再送しないので速く、TCPは再送して確実に届けます。").misconceptions()).isEmpty();
    }

    @Test
    void rightTcpUdpAnswersFromATrialAreNotToldTheyAreWrong() {
        // a newcomer's trial (session 18): "no handshake or resending" denies both, and Wi-Fi dropping packets is
        // context, not a claim that UDP is for wireless
        Feedback contrast = judge(Lang.EN, "tcp-udp", "TCP is connection-oriented and resends lost data, so it is reliable and "
                + "used for web, mail and SSH, while UDP has no handshake or resending, so it is faster and used for voice, "
                + "video, games and DNS. I saw this in Wireshark at home: the web page started with SYN, SYN-ACK and ACK, "
                + "while the voice call was just a stream of UDP packets.");
        assertThat(contrast.misconceptions()).isEmpty();
        assertThat(contrast.score()).isGreaterThanOrEqualTo(75);
        Feedback wifi = judge(Lang.EN, "tcp-udp", "TCP is reliable because it uses a handshake, acknowledgements and "
                + "retransmission, so it is used for web, mail and SSH. UDP skips all of that, so it is lighter and faster and "
                + "is used for voice calls, games and DNS. In my home lab the voice traffic was just a stream of UDP packets, "
                + "and when my Wi-Fi dropped a few, the call only glitched for a moment instead of pausing.");
        assertThat(wifi.misconceptions()).isEmpty();
        // and at night, "I did not try to fix it myself" is the right course, not fixing alone
        assertThat(judge(Lang.EN, "night-alert", "First I checked the alert and the runbook. I did not try to fix it myself. "
                + "I called the on-call engineer, reported what I saw, and recorded every step in the ticket.").misconceptions())
                .isEmpty();
        // the same clause saying UDP resends is still caught
        assertThat(judge(Lang.EN, "tcp-udp", "TCP opens a session first, while UDP resends lost data so that it always "
                + "arrives.").misconceptions()).isNotEmpty();
    }

    @Test
    void aSentenceWithoutASubjectOfItsOwnGoesOnAboutTheThingNamedBefore() {
        // Japanese drops a subject that is still the topic; English points back with "it"
        assertThat(judge(Lang.JA, "vlan", "VLANはネットワークを分ける技術として知られています。暗号化した通信で、自宅から会社に安全につなげます。")
                .misconceptions()).extracting(Feedback.Finding::id).containsExactly("roles-mixed-up");
        assertThat(judge(Lang.EN, "tcp-udp", "UDP skips the connection setup, so it is lighter. It resends lost packets until they arrive.")
                .misconceptions()).extracting(Feedback.Finding::id).contains("roles-mixed-up");
        // a sentence with a subject of its own is read as it stands
        assertThat(judge(Lang.JA, "vlan", "VLANはネットワークを分ける技術です。社員は自宅からはVPNを使い、暗号化した通信で会社につなぎます。")
                .misconceptions()).isEmpty();
    }

    @Test
    void mistakesFoundInTheNinthSetAreCaughtInOtherWordsToo() {
        // written for this test, in words of our own, not the labelled answers'
        assertThat(ids(Lang.EN, "dns", "The DNS server goes to the site, downloads the page and passes it to the browser.")).contains("dns-serves-pages");
        assertThat(ids(Lang.JA, "nat-scenario", "返信はMACアドレスを手がかりにします。MACアドレスはパケットと一緒に運ばれ、相手のサーバーまで届きます。"))
                .contains("mac-crosses-routers");
        assertThat(ids(Lang.EN, "nat-scenario", "The PC's MAC address travels all the way to the web server with the packet.")).contains("mac-crosses-routers");
        assertThat(ids(Lang.JA, "why-cloud", "クラウドに置いたデータは失われることはありません。")).contains("cloud-data-never-lost");
        assertThat(ids(Lang.JA, "slow-web-server", "こちらで再現しないので、お客様側の問題として対応を終わりにします。")).contains("closes-on-the-users-side");
        assertThat(ids(Lang.JA, "overtime-oncall", "休日の呼び出しには、自宅の自分のパソコンから本番につないで対応します。")).contains("insecure-access");
        assertThat(ids(Lang.EN, "overtime-oncall", "I keep the admin password in my notes app so I can log in from my own laptop.")).contains("insecure-access");
        assertThat(ids(Lang.EN, "shared-responsibility", "With SaaS the customer carries the most responsibility.")).contains("saas-leaves-most-to-customer");
        // the same subjects said right
        assertThat(ids(Lang.EN, "dns", "DNS returns the IP address; then the browser connects and the web server sends the page.")).isEmpty();
        assertThat(ids(Lang.JA, "nat-scenario", "MACアドレスは同じネットワークの中だけで使われ、ルーターを越えると書き換わります。")).isEmpty();
        assertThat(ids(Lang.JA, "why-cloud", "クラウドでもデータは失われることがあるので、複数の場所にバックアップを取ります。")).isEmpty();
        assertThat(ids(Lang.JA, "overtime-oncall", "休日の呼び出しには、会社支給のパソコンからVPNでつないで対応します。")).isEmpty();
        assertThat(ids(Lang.EN, "shared-responsibility", "With IaaS the customer carries the most responsibility, with SaaS the least.")).isEmpty();
    }

    private static List<String> ids(Lang lang, String question, String answer) {
        return judge(lang, question, answer).misconceptions().stream().map(Feedback.Finding::id).toList();
    }

    @Test
    void aNegationInTheNextClauseDoesNotUndoTheFirst() {
        assertThat(ids(Lang.EN, "tcp-udp", "UDP skips the handshake. It does resend lost packets, it just doesn't put them back in order."))
                .contains("roles-mixed-up");
        assertThat(ids(Lang.EN, "tcp-udp", "UDP skips the handshake. It doesn't resend lost packets, it just sends the next one.")).isEmpty();
    }

    @Test
    void aBadExampleSetOutAsSuchIsNotTheSpeakersOwnUntilTheAnswerTurnsBack() {
        // written for this test, in words of our own
        String practice = "Everyone shares the root user's password, with no MFA.";
        assertThat(ids(Lang.EN, "iam", practice + " Each person also gets their own user.")).contains("shares-or-embeds-keys");
        assertThat(ids(Lang.EN, "iam", "Let me start with the worst way to use IAM. " + practice
                + " The right way is the opposite: the root user is locked away with MFA and each person gets a user with least privilege."))
                .isEmpty();
        // after the turn back, a mistake is the speaker's own again
        assertThat(ids(Lang.EN, "iam", "Let me start with the worst way to use IAM: a shared admin login. The right way is the opposite. "
                + practice)).contains("shares-or-embeds-keys");
        String sharedJa = "全員でルートユーザーのパスワードを共有し、MFAもなし。";
        assertThat(ids(Lang.JA, "iam", sharedJa + "一人ひとりに最小権限のユーザーを作ります。")).contains("shares-or-embeds-keys");
        assertThat(ids(Lang.JA, "iam", "あえて最悪の使い方から説明します。" + sharedJa
                + "その裏返しが正しい使い方で、ルートユーザーはMFAで守り、一人ひとりに最小権限のユーザーを作ります。")).isEmpty();
    }

    @Test
    void mistakesFoundInTheTenthSetAreCaughtInOtherWordsToo() {
        // written for this test, in words of our own
        assertThat(ids(Lang.JA, "osi-model", "OSIは7つの層です。第3層のネットワーク層ではTCPが再送を担い、第4層のトランスポート層ではルーターが経路を決めます。"))
                .containsAnyOf("roles-mixed-up", "tcp-ip-layers-swapped");
        assertThat(ids(Lang.EN, "osi-model", "If a ping gets through, every layer up to layer 7 must be fine.")).contains("ping-proves-every-layer");
        assertThat(ids(Lang.JA, "nat-vs-dhcp", "DHCPはパソコンにMACアドレスを割り当てる仕組みです。")).contains("dhcp-assigns-mac");
        assertThat(ids(Lang.EN, "why-cloud", "A server that sits idle at night costs nothing in the cloud.")).contains("idle-server-free");
        assertThat(ids(Lang.JA, "overtime-oncall", "分からないときは、サーバーの設定画面をスマホで撮って、詳しい友人にLINEで送って聞きます。"))
                .contains("leaks-client-info");
        // the same subjects said right
        assertThat(ids(Lang.JA, "nat-vs-dhcp", "DHCPはIPアドレスを配る仕組みで、アドレスを変換するNATとは別の仕組みです。")).isEmpty();
        assertThat(ids(Lang.EN, "osi-model", "A ping only shows the host answers at layer 3; it says nothing about layer 7.")).isEmpty();
        assertThat(ids(Lang.EN, "why-cloud", "An idle server still costs money unless you stop it.")).isEmpty();
    }

    @Test
    void everyWrongSentenceIsCorrectedOnceAndCheckedByEveryCheck() {
        // found by a newcomer trial: the swapped stages were credited as a point because another sentence had
        // already been corrected, and a night-alert answer's "no need to keep a record" went unremarked
        Feedback stages = judge(Lang.JA, "work-stages", "上流工程は保守・運用・監視で、下流工程は要件定義・設計・構築です。"
                + "未経験者はまず下流工程の要件定義から入るのが一般的です。");
        assertThat(stages.misconceptions()).extracting(Feedback.Finding::id).contains("downstream-is-design", "roles-mixed-up");
        assertThat(stages.covered()).isEmpty();
        Feedback alert = judge(Lang.JA, "night-alert", "自分の判断でサーバーを再起動します。朝になってから報告します。"
                + "記録は特に残さなくても、直っていれば問題ないと思います。");
        assertThat(alert.misconceptions()).extracting(Feedback.Finding::id).contains("skips-the-record");
        assertThat(alert.misconceptions()).extracting(Feedback.Finding::quote).as("every wrong sentence is named")
                .contains("自分の判断でサーバーを再起動します。", "朝になってから報告します。", "記録は特に残さなくても、直っていれば問題ないと思います。");
        assertThat(judge(Lang.EN, "night-alert", "I follow the runbook, check the impact and escalate to the on-call lead at once. "
                + "Once it is fixed, there is no need to write anything down.").misconceptions())
                .extracting(Feedback.Finding::id).contains("skips-the-record");
        // keeping the record, or a record said to have been missing in the past, is right
        assertThat(judge(Lang.JA, "night-alert", "手順書に沿って影響範囲を確認し、当番の上長に電話で報告します。"
                + "対応の経過は時刻つきで記録を残します。").misconceptions()).isEmpty();
        assertThat(judge(Lang.EN, "work-stages", "Upstream is requirements and design, while downstream is operations, "
                + "maintenance and monitoring.").misconceptions()).isEmpty();
    }

    @Test
    void moreContrastsKnowWhatEachSideDoes() {
        // written from what each side does, not from labelled answers: operations and maintenance, the OSI
        // layers, shared responsibility, VLAN and VPN, IAM and security groups, Linux commands, each caught in words that no phrase rule lists
        assertThat(judge(Lang.JA, "ops-vs-maintenance", "運用と保守は似ていますが別の仕事です。保守は手順書どおりに毎朝のバックアップ結果を確かめる仕事です。")
                .misconceptions()).extracting(Feedback.Finding::id).containsExactly("roles-mixed-up");
        assertThat(judge(Lang.EN, "ops-vs-maintenance", "They are different jobs. Maintenance follows the runbook to check the backups each morning.")
                .misconceptions()).extracting(Feedback.Finding::id).containsExactly("roles-mixed-up");
        assertThat(judge(Lang.JA, "osi-model", "OSI参照モデルは通信を7つの層に分けた考え方です。トランスポート層では、ルーターが宛先までの道を選びます。")
                .misconceptions()).extracting(Feedback.Finding::id).containsExactly("roles-mixed-up");
        assertThat(judge(Lang.EN, "osi-model", "The OSI model splits networking into seven layers. At the transport layer, routers choose the path to the destination.")
                .misconceptions()).extracting(Feedback.Finding::id).containsExactly("roles-mixed-up");
        assertThat(judge(Lang.JA, "shared-responsibility", "クラウドでは責任を分け合います。IAMの権限の設定は、事業者が代わりに見てくれます。")
                .misconceptions()).extracting(Feedback.Finding::id).containsExactly("roles-mixed-up");
        assertThat(judge(Lang.EN, "shared-responsibility", "The responsibility is split. The provider looks after our IAM permissions for us.")
                .misconceptions()).extracting(Feedback.Finding::id).containsExactly("roles-mixed-up");
        assertThat(judge(Lang.JA, "vlan", "VLANはネットワークを分ける技術です。VLANを使うと、自宅から会社のネットワークに安全につなげます。")
                .misconceptions()).extracting(Feedback.Finding::id).containsExactly("roles-mixed-up");
        assertThat(judge(Lang.EN, "vlan", "VLANs split a network. With a VLAN, staff can reach the office network from home.")
                .misconceptions()).extracting(Feedback.Finding::id).containsExactly("roles-mixed-up");
        assertThat(judge(Lang.JA, "iam", "IAMはAWSの権限の仕組みです。IAMで、送信元のIPアドレスごとに入ってくる通信を許可します。")
                .misconceptions()).extracting(Feedback.Finding::id).containsExactly("roles-mixed-up");
        assertThat(judge(Lang.EN, "iam", "IAM is how AWS handles access. In IAM I allow inbound traffic from the office's source IP only.")
                .misconceptions()).extracting(Feedback.Finding::id).containsExactly("roles-mixed-up");
        assertThat(judge(Lang.JA, "linux-commands", "よく使うのはlsとcdです。ログを見るときは、tailでファイルの中から文字列を検索します。")
                .misconceptions()).extracting(Feedback.Finding::id).containsExactly("roles-mixed-up");
        assertThat(judge(Lang.EN, "linux-commands", "I use ls and cd all the time. To check the server, free tells me the disk space that is left.")
                .misconceptions()).extracting(Feedback.Finding::id).containsExactly("roles-mixed-up");
        // the same words said of the right side, negated, or of both sides at once, are right
        assertThat(judge(Lang.JA, "ops-vs-maintenance", "運用と保守は似ていますが別の仕事です。運用は手順書どおりに毎朝のバックアップ結果を確かめる仕事です。")
                .misconceptions()).isEmpty();
        assertThat(judge(Lang.JA, "ops-vs-maintenance", "保守は毎日決まった作業をするわけではなく、部品交換やパッチ適用が中心です。").misconceptions()).isEmpty();
        assertThat(judge(Lang.EN, "ops-vs-maintenance", "Operations follows the runbook every day; maintenance repairs and patches.").misconceptions()).isEmpty();
        assertThat(judge(Lang.JA, "osi-model", "ネットワーク層では、ルーターが宛先までの道を選びます。L3スイッチもこの層で働きます。").misconceptions()).isEmpty();
        assertThat(judge(Lang.EN, "osi-model", "At the transport layer, TCP and UDP use port numbers; routers work one layer below.").misconceptions()).isEmpty();
        assertThat(judge(Lang.JA, "shared-responsibility", "IAMの権限の設定は利用者の責任で、事業者が代わりに見てくれるわけではありません。").misconceptions()).isEmpty();
        assertThat(judge(Lang.EN, "shared-responsibility", "The provider secures the data centres and the physical hardware.").misconceptions()).isEmpty();
        assertThat(judge(Lang.JA, "vlan", "VLANでネットワークを分け、自宅から会社につなぐときはVPNを使います。").misconceptions()).isEmpty();
        assertThat(judge(Lang.EN, "vlan", "We split the network with VLANs, and staff at home connect through the VPN.").misconceptions()).isEmpty();
        assertThat(judge(Lang.EN, "iam", "IAM decides who may do what; security groups decide which ports are open.").misconceptions()).isEmpty();
        assertThat(judge(Lang.JA, "linux-commands", "tail -fでログを追いかけ、grepで含む行だけを探します。chmod 755で所有者に実行の権限を付けます。").misconceptions()).isEmpty();
        assertThat(judge(Lang.EN, "linux-commands", "df shows disk space and free shows memory usage; grep finds lines that match.").misconceptions()).isEmpty();
    }

    /** Correct sentences a review of these rules read as mistakes: each must stay unflagged. */
    @Test
    void correctSentencesNearTheNewRulesAreNotReadAsMistakes() {
        assertThat(judge(Lang.EN, "dns", "The PC asks a DNS server for the IP address of the name. After the DNS lookup the "
                + "browser connects to the web server on port 80 or 443.").misconceptions()).isEmpty();
        assertThat(judge(Lang.JA, "dns", "DNSはドメイン名からIPアドレスを調べる仕組みです。DNSで調べたIPのWebサーバーに80番ポートで接続します。")
                .misconceptions()).isEmpty();
        assertThat(judge(Lang.EN, "night-alert", "I check the alert and the impact. If I can't fix it on my own within the runbook, "
                + "I escalate to the on-call engineer at once.").misconceptions()).isEmpty();
        assertThat(judge(Lang.JA, "night-alert", "アラートの内容と影響を確認します。手順書にない作業は行わず、上長に相談します。")
                .misconceptions()).isEmpty();
        assertThat(judge(Lang.EN, "mistake", "I sent a report to the wrong client. Nobody noticed, but I told my manager right away "
                + "and we called the client together.").misconceptions()).isEmpty();
        assertThat(judge(Lang.JA, "nat-scenario", "社内のパソコンはプライベートIPアドレスを持っています。"
                + "NAPTは通信ごとにポート番号を割り当てて区別し、1つのグローバルIPアドレスで外に出します。").misconceptions()).isEmpty();
        assertThat(judge(Lang.EN, "tcp-udp", "TCP resends lost data, so it suits the web. UDP is less reliable, so it suits calls. "
                + "TCP's retransmission is a poor fit for real-time traffic.").misconceptions()).isEmpty();
        assertThat(judge(Lang.EN, "vlan", "A VLAN splits one switch into logical networks. We use one switch for all three "
                + "departments, split by VLANs.").misconceptions()).isEmpty();
        assertThat(judge(Lang.JA, "linux-commands", "よく使うのはlsやcdです。chmodは所有者・グループ・その他の権限を変更するコマンドです。")
                .misconceptions()).isEmpty();
        assertThat(judge(Lang.JA, "ip-subnet", "IPアドレスはネットワーク上の住所です。グローバルIPアドレスは世界に一つです。").misconceptions()).isEmpty();
        assertThat(judge(Lang.JA, "dns", "DNSは名前をIPアドレスに変える仕組みで、DNSの問い合わせ自体は暗号化されていません。").misconceptions())
                .isEmpty();
    }
    /** One answer to judge and the wrong judgement it must show, or null when it must show none. */
    private record Case(Lang lang, String question, String answer, String mistake) {}

    @Test
    void wrongJudgementNoRuleAnticipatedIsCaughtAndTheSameWordsInARightAnswerAreNot() {
        java.util.List<Case> cases = java.util.List.of(
                // silencing an alert before looking
                new Case(Lang.EN, "slow-web-server", "When the site gets slow, the monitoring starts firing alerts every minute. "
                        + "I'd mute the alerts first so they stop distracting me, then look at CPU and memory.", "silences-alert"),
                new Case(Lang.JA, "night-shift", "はい、夜勤は大丈夫です。前職でも夜勤をしていました。"
                        + "夜中に同じアラートが何度も鳴るときは、うるさいのでとりあえず確認済みにして、朝の担当にまとめて伝えます。", "silences-alert"),
                new Case(Lang.EN, "cannot-connect", "I check whether it is one user or everyone and look at the monitoring. "
                        + "Alerts are muted only when the runbook says so or my lead approves it.", null),
                // the runbook skipped because it is quicker
                new Case(Lang.EN, "cannot-connect", "First I ask whether it is one person or the whole office. "
                        + "Honestly, I'd skip the runbook because checking the cables myself is much faster.", "skips-runbook"),
                new Case(Lang.JA, "slow-web-server", "まずCPUとメモリの使用率を見ます。手順書を読むのは時間がかかるので、手順書は飛ばして自分でログを調べます。", "skips-runbook"),
                new Case(Lang.JA, "teamwork-horenso", "8人のチームで、報告の手順が多すぎて時間がかかるという課題がありました。"
                        + "上司に相談し、不要な手順を省いて効率を上げる案を提案し、承認をもらって変えました。", null),
                // a fix found online, straight onto production
                new Case(Lang.EN, "slow-web-server", "I would check the load and the logs. If I find the error, I'd google it "
                        + "and run the command from Stack Overflow on the production server right away.", "applies-unvetted-fix"),
                new Case(Lang.JA, "cannot-connect", "エラーメッセージをネットで検索して、出てきたコマンドをそのまま本番で実行してみます。", "applies-unvetted-fix"),
                new Case(Lang.EN, "slow-web-server", "I would check the load and the logs, and search the error online to understand it. "
                        + "Anything I find I would try on a test server first and share with my lead before touching production.", null),
                // evidence deleted to hide
                new Case(Lang.EN, "pressure", "Under pressure I once sent a file to the wrong customer. I deleted the email from the sent folder "
                        + "so my manager wouldn't see it, and nothing happened in the end.", "deletes-evidence"),
                new Case(Lang.JA, "pressure", "締め切り前に設定ミスをしてしまい、ばれないように操作ログを消しました。なんとか間に合いました。", "deletes-evidence"),
                // the handover skipped or written later
                new Case(Lang.EN, "night-shift", "Yes, I can do nights; I did them at a warehouse for two years. "
                        + "On a quiet night I'd skip the handover and just go home, since there is nothing to pass on.", "skips-handover"),
                new Case(Lang.JA, "night-shift", "はい、夜勤は問題ありません。前職でも夜勤をしていました。"
                        + "何も起きなかった日は引き継ぎは省略して、そのまま帰ります。", "skips-handover"),
                new Case(Lang.EN, "teamwork-horenso", "On my team, cases got lost because people often skipped the handover at shift change. "
                        + "I proposed a three-heading template, and lost cases fell to almost zero.", null),
                new Case(Lang.JA, "teamwork-horenso", "以前は引き継ぎが口頭だけで、情報が抜けることが課題でした。"
                        + "そこで引き継ぎの様式を三つの見出しにそろえることを提案し、抜け漏れがほぼなくなりました。", null),
                // client data taken home or posted
                new Case(Lang.EN, "client-site", "I'm happy to work on site. If I can't finish, I'd take the work files home "
                        + "on a USB stick and finish them over the weekend.", "leaks-client-info"),
                new Case(Lang.JA, "client-site", "客先常駐は前向きに考えています。大手銀行の現場に入れたら、嬉しいのでSNSに投稿すると思います。"
                        + "客先の名前や現場の写真も友人に話したくなります。", "leaks-client-info"),
                new Case(Lang.JA, "client-site", "客先常駐は前向きに考えています。客先の資料は持ち出さず、SNSにも投稿しないなど、現場のルールを守ります。", null),
                // taking orders straight from the client
                new Case(Lang.EN, "client-site", "I'm fine with client sites. On site I'd do whatever the client's staff ask me, "
                        + "even if it is extra work, because keeping them happy is what matters.", "bypasses-own-company"),
                new Case(Lang.JA, "client-site", "客先常駐で問題ありません。客先の担当者から直接指示をもらって、言われたことは何でもやります。", "bypasses-own-company"),
                new Case(Lang.EN, "client-site", "I'd follow the site's rules, and anything outside the contract "
                        + "I'd check with my own company's manager before doing it.", null),
                // sleeping or leaving the desk on a night shift
                new Case(Lang.EN, "night-shift", "Yes. Night shifts are usually quiet, so I can nap at my desk until an alert goes off.", "leaves-post"),
                new Case(Lang.JA, "night-shift", "はい、大丈夫です。夜勤中は暇な時間が多いと聞いたので、アラートが鳴るまで仮眠して体力を温存します。", "leaves-post"),
                new Case(Lang.JA, "night-shift", "はい、大丈夫です。夜勤明けは帰宅後に4時間寝て、食事の時間を一定にしています。休憩は決められた交代で取ります。", null),
                // refusing call-outs outright
                new Case(Lang.EN, "overtime-oncall", "I understand outages happen, but my days off are mine. "
                        + "I keep my phone off at weekends because my private time is private.", "refuses-oncall"),
                new Case(Lang.JA, "overtime-oncall", "障害対応が大事なのは分かります。ただ、休日はプライベートを優先したいので、電話には出ないつもりです。", "refuses-oncall"),
                new Case(Lang.EN, "overtime-oncall", "I see call-outs as part of the job. On rota days I keep my phone with me; "
                        + "when I'm not on the rota I may be away, so I'd arrange swaps in advance.", null),
                // a mistake covered with a story, blamed on the tools, or denied
                new Case(Lang.EN, "mistake", "I once entered the wrong price on a shelf label. When the customer complained, "
                        + "I told my manager the system had a glitch and blamed it on the software.", "covered-with-a-story"),
                new Case(Lang.JA, "mistake", "発注数を間違えたことがあります。上司にはシステムの不具合だと説明して、その場は収めました。", "covered-with-a-story"),
                new Case(Lang.EN, "mistake", "I shipped the wrong item once. Honestly it was the system's fault, because the screen was confusing.", "blames-the-tools"),
                new Case(Lang.JA, "mistake", "請求書の金額を間違えました。ただ、マニュアルのせいで誰でも間違えるような手順だったので、私のミスというより仕組みの問題です。", "blames-the-tools"),
                new Case(Lang.EN, "mistake", "I'm very careful, so I can't think of a mistake I've made at work.", "claims-no-mistake"),
                new Case(Lang.JA, "mistake", "私は慎重な性格なので、仕事で大きな失敗をしたことがありません。確認を徹底しています。", null),
                new Case(Lang.JA, "mistake", "私は慎重な性格なので、仕事でミスをしたことがありません。", "claims-no-mistake"),
                new Case(Lang.EN, "mistake", "I entered ten times the right quantity once. I told my supervisor right away, we held the shipment, "
                        + "and I have never made the same mistake again since I started reading figures aloud.", null),
                // skipping checks or staying up alone under pressure
                new Case(Lang.EN, "pressure", "When the deadline is close, I skip the double-checks to go faster and get it done.", "cuts-corners-under-pressure"),
                new Case(Lang.JA, "pressure", "締め切りが迫ったときは、時間がないので確認を省いてスピードを優先します。", "cuts-corners-under-pressure"),
                new Case(Lang.EN, "pressure", "Once I skipped the double-check because I was in a hurry, and that caused a wrong order. "
                        + "Since then I keep the checks even when time is short and ask for help early.", null),
                new Case(Lang.JA, "pressure", "仕事が溜まったときは、誰にも言わずに徹夜して一人で片付けます。", "overworks-silently"),
                // skipping monitoring, solving alone as a strength, disliking procedures
                new Case(Lang.EN, "career-plan", "I'd like to skip monitoring and go straight into building, because I learn fast.", "skips-monitoring"),
                new Case(Lang.JA, "career-plan", "監視や運用はやらずに、入社してすぐ構築を担当したいです。", "skips-monitoring"),
                new Case(Lang.EN, "strengths-weaknesses", "My strength is that I solve everything on my own without asking anyone. "
                        + "My weakness is that I'm a bit impatient.", "solves-alone-as-strength"),
                new Case(Lang.JA, "strengths-weaknesses", "私の強みは、人に頼らず何でも一人で解決できるところです。", "solves-alone-as-strength"),
                new Case(Lang.EN, "strengths-weaknesses", "My weakness is that I get bored with routine procedures, so I often do things my own way.",
                        "dislikes-procedures"),
                new Case(Lang.JA, "strengths-weaknesses", "短所は、マニュアルどおりの作業が苦手で、自己流でやってしまうところです。", "dislikes-procedures"),
                // rules bent and problems kept from the boss, told as strengths
                new Case(Lang.EN, "previous-job", "At the restaurant I ignored the manual and did it my own way, which was faster.", "own-way-over-the-rules"),
                new Case(Lang.JA, "previous-job", "前職では、マニュアルを無視して自分のやり方で効率化しました。", "own-way-over-the-rules"),
                new Case(Lang.JA, "previous-job", "前職では、クレームは店長に報告せずに自分で解決してきました。", "solved-without-the-boss"),
                // quitting overnight
                new Case(Lang.EN, "salary-start", "I'm hoping for about 3.5 million yen. I can just quit tomorrow and start next week.", "quits-abruptly"),
                new Case(Lang.JA, "reason-for-change", "専門性を身につけたいので転職します。今の会社は引き継ぎはせずに、すぐに辞めるつもりです。", "quits-abruptly"),
                new Case(Lang.JA, "salary-start", "すでに退職しているので、すぐに入社できます。", null),
                // leaving the alert to the next shift
                new Case(Lang.EN, "night-alert", "If the alert comes near the end of my shift, I'd leave it for the day shift to deal with.", "leaves-it-to-next-shift"),
                new Case(Lang.JA, "night-alert", "夜勤の終わり近くにアラートが出たら、日勤の人に任せます。", "leaves-it-to-next-shift"),
                // a colleague's mistake covered up
                new Case(Lang.EN, "teamwork-horenso", "When a colleague made an error in the schedule, I quietly fixed it so the boss wouldn't find out.",
                        "covers-for-a-colleague"),
                new Case(Lang.JA, "teamwork-horenso", "後輩のミスは、上司に言わずにこっそり直してあげました。", "covers-for-a-colleague"),
                // fixed before anyone noticed, with no report anywhere; the same words with a report are right
                new Case(Lang.EN, "mistake", "I once typed the wrong delivery date. I corrected it in the system before anyone noticed, "
                        + "so there was no damage at all.", "fixed-before-anyone-noticed"),
                new Case(Lang.EN, "mistake", "I once typed the wrong delivery date. I told my supervisor right away, and we corrected it "
                        + "before the customer noticed, so there was no damage.", null),
                new Case(Lang.JA, "mistake", "納品日を入力ミスしたことがあります。上司に気づかれる前に自分で修正したので、問題にはなりませんでした。",
                        "fixed-before-anyone-noticed"),
                // willpower instead of a plan for nights
                new Case(Lang.EN, "night-shift", "Yes, no problem. I'm young and I don't need much sleep, so I'll get through with energy drinks.",
                        "relies-on-willpower"),
                new Case(Lang.JA, "night-shift", "はい、大丈夫です。若いので体力には自信があり、眠くなっても気合で乗り切ります。", "relies-on-willpower"),
                // drinking on a rota day
                new Case(Lang.EN, "overtime-oncall", "I'm fine with call-outs. Even if I've been drinking with friends, I'd still log in and fix it.",
                        "drinks-on-call"),
                new Case(Lang.JA, "overtime-oncall", "呼び出しには対応します。飲み会で飲んでいても、すぐにログインして作業します。", "drinks-on-call"),
                new Case(Lang.JA, "overtime-oncall", "呼び出しには対応します。当番の日はお酒を控え、すぐに作業できるようにしておきます。", null),
                // leaving a site that does not suit
                new Case(Lang.EN, "client-site", "Client sites are fine. If I don't like the people there, I'd ask to be moved right away.",
                        "leaves-site-quickly"),
                new Case(Lang.JA, "client-site", "客先常駐は問題ありません。ただ、現場が合わなければすぐに変えてもらうつもりです。", "leaves-site-quickly"),
                // asking to be spared the core duties
                new Case(Lang.EN, "reverse-question", "Yes, one question. Is it possible to never have to do night shifts or on-call?",
                        "asks-to-avoid-duties"),
                new Case(Lang.JA, "reverse-question", "一つ伺いたいです。夜勤やオンコールはなしにしていただくことはできますか。", "asks-to-avoid-duties"),
                new Case(Lang.EN, "reverse-question", "Yes. How often do night shifts come round, and how does the on-call rotation work?", null),
                // reporting only when asked
                new Case(Lang.EN, "teamwork-horenso", "In my team of six I kept things simple: I only report when asked, "
                        + "because no news is good news.", "reports-only-when-asked"),
                new Case(Lang.JA, "teamwork-horenso", "6人のチームでした。私は、問題がなければ報告はせず、聞かれたら報告するようにしていました。",
                        "reports-only-when-asked"),
                new Case(Lang.JA, "teamwork-horenso", "以前はメンバーが聞かれるまで報告しないことが課題でした。"
                        + "そこで毎日の終わりに3行で経過を共有する形を提案し、抜け漏れが減りました。", null),
                // trying things on a live system
                new Case(Lang.EN, "slow-web-server", "I'd log in to the server and try different things until it gets faster.",
                        "trial-and-error-on-production"),
                new Case(Lang.JA, "cannot-connect", "つながらないときは、ルーターの設定をいろいろ試して、つながるまで直します。", "trial-and-error-on-production"),
                // promising a recovery time
                new Case(Lang.EN, "cannot-connect", "I'd tell the customer it will be fixed in ten minutes so they don't worry.",
                        "promises-without-knowing"),
                new Case(Lang.JA, "slow-web-server", "お客様には、すぐ直りますと伝えて安心してもらいます。", "promises-without-knowing"),
                // closing an alert that cleared
                new Case(Lang.EN, "night-shift", "Yes, I can work nights. If an alert fires and it recovers by itself, I'd close the ticket "
                        + "once it looks fine.", "closes-without-reporting"),
                new Case(Lang.JA, "night-shift", "はい、夜勤は大丈夫です。夜中にアラートが出ても、正常に戻っていればクローズします。",
                        "closes-without-reporting"),
                // a negation elsewhere in the sentence does not excuse the act; the act negated does
                new Case(Lang.EN, "night-shift", "Yes, nights are fine. When it's quiet I'd pop out to the convenience store without telling anyone.",
                        "leaves-post"),
                new Case(Lang.EN, "previous-job", "At the shop I solved every complaint myself and never bothered my manager with them.",
                        "solved-without-the-boss"),
                new Case(Lang.EN, "strengths-weaknesses", "My strength is that I get things done and never ask anyone for help.",
                        "solves-alone-as-strength"),
                new Case(Lang.EN, "cannot-connect", "I check the cable and the IP address first. I don't follow the runbook, because doing it my own way is faster.",
                        "skips-runbook"),
                new Case(Lang.EN, "night-shift", "Yes. I did nights for two years, and if nothing happened I didn't bother with the handover.",
                        "skips-handover"),
                new Case(Lang.EN, "pressure", "Under a tight deadline I skip the checks so I don't miss the time limit.", "cuts-corners-under-pressure"),
                new Case(Lang.EN, "pressure", "Even under a tight deadline I don't skip the checks; I set priorities and ask for help early.", null),
                new Case(Lang.JA, "night-shift", "はい、夜勤は大丈夫です。前職でも夜勤をしていました。何もなければ引き継ぎをせずに帰ります。", "skips-handover"),
                new Case(Lang.JA, "slow-web-server", "まずCPUを見ます。上長に確認せずに、ネットで見つけたコマンドをそのまま本番で実行します。", "applies-unvetted-fix"),
                new Case(Lang.JA, "client-site", "客先常駐は問題ありません。自社には相談せずに、客先の担当者から直接指示をもらって進めます。", "bypasses-own-company"),
                new Case(Lang.JA, "client-site", "客先常駐は問題ありません。契約外の依頼は自社の上長に相談してから対応します。", null),
                new Case(Lang.JA, "overtime-oncall", "障害対応は大事だと思います。ただ、休日でも電話には出ません。", "refuses-oncall"),
                new Case(Lang.JA, "overtime-oncall", "障害対応は大事だと思います。当番でない日は電話に出られないこともあるので、事前に調整します。", null),
                new Case(Lang.JA, "night-shift", "はい、夜勤はできます。夜勤中に暇なときは、声をかけずに席を外してコンビニに行きます。", "leaves-post"),
                new Case(Lang.JA, "salary-start", "年収は350万円を希望します。今の会社は引き継ぎもしないで辞めるので、来週から入社できます。", "quits-abruptly"),
                new Case(Lang.JA, "pressure", "納期に追われたときは、急いでいるので最終確認をせずに提出します。", "cuts-corners-under-pressure"),
                new Case(Lang.EN, "night-shift", "Yes, I can do nights. If a warning comes in at 3 a.m. I'd leave it until the day shift, "
                        + "because it's probably a false alarm.", "puts-off-the-alert"),
                new Case(Lang.JA, "overtime-oncall", "呼び出しには対応するつもりです。ただ、夜中の軽いアラートなら、どうせ誤報なので明日対応します。",
                        "puts-off-the-alert"),
                new Case(Lang.JA, "overtime-oncall", "障害は時間を選ばないので、呼び出しには対応します。"
                        + "翌朝に回してよいかは手順書と上長の指示で決め、自分では決めません。", null),
                // acting on production first and reporting afterwards
                new Case(Lang.EN, "cannot-connect", "I'd look at the switch and, if a port looks wrong, change the setting myself before reporting it.",
                        "acts-before-reporting"),
                new Case(Lang.JA, "overtime-oncall", "休日の呼び出しにも対応します。呼ばれたら、まずサーバーを再起動して、直ったら上長に報告します。", "acts-before-reporting"),
                new Case(Lang.JA, "slow-web-server", "遅いときは、手順書に従って一次対応を行い、状況を確認してから上長に報告し、再起動は指示を受けてから行います。", null));
        java.util.List<String> wrong = new java.util.ArrayList<>();
        for (Case c : cases) {
            Feedback f = judge(c.lang(), c.question(), c.answer());
            java.util.List<String> ids = f.misconceptions().stream().map(Feedback.Finding::id).toList();
            boolean ok = c.mistake() == null ? ids.isEmpty() : ids.contains(c.mistake()) && f.score() <= 40;
            if (!ok) {
                wrong.add(c.question() + " " + c.lang() + " expected " + c.mistake() + " got " + ids + " (" + f.score() + "): " + c.answer());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aMotiveSetAsideAsNotTheReasonIsNotHeldAgainstTheAnswer() {
        Feedback asideJa = judge(Lang.JA, "reason-for-change", "職場に不満があって辞めるのではなく、ネットワークを本業にしたいからです。"
                + "社内にはIT部門がなく、その経験を積む道がありません。今はCCNAの勉強を始めています。");
        assertThat(asideJa.weakMotives()).extracting(Feedback.Flag::id).doesNotContain("blame");
        Feedback saidJa = judge(Lang.JA, "reason-for-change", "上司が理不尽で、職場に不満があったので辞めることにしました。");
        assertThat(saidJa.weakMotives()).extracting(Feedback.Flag::id).contains("blame");
        Feedback asideEn = judge(Lang.EN, "why-infra", "It is not about the money, but about keeping systems running for the people who use them.");
        assertThat(asideEn.weakMotives()).extracting(Feedback.Flag::id).doesNotContain("pay");
        // "not only" still gives it as a reason
        Feedback notOnly = judge(Lang.EN, "why-infra", "Not only for the money: I also like fixing network problems.");
        assertThat(notOnly.weakMotives()).extracting(Feedback.Flag::id).contains("pay");
        // a system that is stable is not a stable job
        Feedback system = judge(Lang.EN, "why-infra", "If the platform is stable, developers and users never have to think about it, "
                + "and I want to be the one who keeps it that way.");
        assertThat(system.weakMotives()).extracting(Feedback.Flag::id).doesNotContain("stable");
    }

    @Test
    void moreTechnicalSlipsAreNamed() {
        assertThat(judge(Lang.JA, "tcp-udp", "TCPは2ウェイハンドシェイクで接続を確立してから、確認応答と再送で確実に届けます。").misconceptions())
                .extracting(Feedback.Finding::id).contains("tcp-two-way-handshake");
        assertThat(judge(Lang.EN, "tcp-udp", "TCP opens a connection with a two-way handshake and resends anything lost.").misconceptions())
                .extracting(Feedback.Finding::id).contains("tcp-two-way-handshake");
        assertThat(judge(Lang.JA, "dns", "DNSはドメイン名からIPアドレスを調べる仕組みです。この問い合わせはふつう80番ポートで送られます。").misconceptions())
                .extracting(Feedback.Finding::id).contains("dns-query-wrong-port");
        assertThat(judge(Lang.EN, "cannot-connect", "Then I ping 127.0.0.1 to see if the PC can reach its default gateway.").misconceptions())
                .extracting(Feedback.Finding::id).contains("loopback-is-gateway");
        assertThat(judge(Lang.EN, "slow-web-server", "I would switch off the firewall to see whether traffic gets faster, and keep it off if it helps.")
                .misconceptions()).extracting(Feedback.Finding::id).contains("disables-firewall");
        // said right, the same subjects pass
        assertThat(judge(Lang.JA, "tcp-udp", "TCPは3ウェイハンドシェイクで接続を確立します。UDPは確認を省くので速く、通話に向きます。").misconceptions()).isEmpty();
        assertThat(judge(Lang.EN, "cannot-connect", "I ping 127.0.0.1 to check the PC's own stack, and then I ping the default gateway.").misconceptions()).isEmpty();
        assertThat(judge(Lang.JA, "dns", "DNSの問い合わせは53番ポートを使い、そのあとブラウザがWebサーバーに443番で接続します。").misconceptions()).isEmpty();
    }

    @Test
    void anAnswerThatNamesNothingOfTheFieldIsAboutSomethingElse() {
        Feedback deck = judge(Lang.EN, "home-lab", "Yes, I built a garden shed with my brother last autumn. We drew a plan, bought timber "
                + "at the hardware shop and it took us three weekends. The roof was the hard part because the boards kept warping, "
                + "so we added extra supports and checked every joint twice. We painted it green, fitted a small window for light, and "
                + "now it holds all our bicycles and the lawnmower. My brother says it is the best thing we have made together.");
        assertThat(deck.relevance()).isEqualTo(Feedback.Relevance.OFF_TOPIC);
        assertThat(deck.score()).isLessThanOrEqualTo(30);
        // told what it seems to be about in its own content words, not in verbs or prepositions (not_topic)
        assertThat(deck.about()).isNotBlank().doesNotContain("built").doesNotContain("along").doesNotContain("through");
        Feedback pi = judge(Lang.EN, "home-lab", "I set up a Raspberry Pi at home as a DNS filter with Pi-hole. It took two evenings: "
                + "flashing the card, giving it a fixed address and pointing my router at it. At first nothing resolved, and the "
                + "logs showed the upstream resolver was unreachable because I had typed it wrong. Next I want to monitor it with Zabbix.");
        assertThat(pi.relevance()).isEqualTo(Feedback.Relevance.ON_TOPIC);
    }

    @Test
    void wrongJudgementIsReadInAnswersAboutTheWorkToo() {
        // why-start-monitoring is a question about the work, not an incident: fixing alone still shows
        Feedback alone = judge(Lang.JA, "why-start-monitoring", "監視は障害を実際に見られるので学びが多いと思います。"
                + "アラートが出たら上司に連絡するのではなく、まず自分で直してしまうつもりです。");
        assertThat(alone.misconceptions()).extracting(Feedback.Finding::id).contains("fixes-instead-of-escalating");
        Feedback quiet = judge(Lang.EN, "teamwork-horenso", "I prefer to go quiet on a task and only report back once it is finished, "
                + "so my lead never has to hear about problems.");
        assertThat(quiet.misconceptions()).isNotEmpty();
        Feedback blame = judge(Lang.JA, "mistake", "発注の数を間違えたことがあります。ただ、それは私のせいというより、"
                + "古いマニュアルのせいでした。反省する点はあまりありません。");
        assertThat(blame.misconceptions()).extracting(Feedback.Finding::quote).anyMatch(q -> q.contains("私のせいというより"));
        // contacting first, then checking the runbook, is right
        assertThat(judge(Lang.JA, "why-start-monitoring", "アラートが出たら、自分で直そうとせず、手順書どおりに上長へすぐ連絡します。"
                + "監視は手順書が整っているので、未経験でも正確に作業を覚えられます。").misconceptions()).isEmpty();
    }

    @Test
    void aMistakeStoryThatNeverReportsNorLimitsTheDamageIsToldTheStepItMisses() {
        // a tidy story with a cause and a lesson, and not a word of telling anyone or of stopping the damage
        String untold = "前職の倉庫では、毎日約三百件の出荷データを手で入力する担当をしていました。"
                + "ある日、入力を一行ずらしてしまい、翌日の配送先が三件入れ替わったことがあります。"
                + "原因は、確認を急いで画面の列を目で追っていたことでした。"
                + "それ以来、入力後は必ず件数と宛先を声に出して読み合わせるようにしていて、同じミスは一度も起きていません。";
        Feedback f = judge(Lang.JA, "mistake", untold);
        assertThat(f.misconceptions()).extracting(Feedback.Finding::id).contains("mistake-not-reported");
        assertThat(f.score()).isLessThanOrEqualTo(40);
        // the finding quotes no sentence of the answer, and the reply says which step is missing
        Catalog c = KB.catalog(Lang.JA);
        var reply = InterviewReplies.feedbackOnly(c, c.question("mistake").orElseThrow(), f);
        assertThat(reply.parts()).filteredOn(p -> p instanceof Reply.Bullets)
                .map(p -> (Reply.Bullets) p).flatExtracting(Reply.Bullets::items)
                .anySatisfy(line -> assertThat(line).startsWith("足りない一歩").contains("報告"));

        // the same story, reported at once: the step is there
        Feedback told = judge(Lang.JA, "mistake", untold.replace("ことがあります。", "ことがあります。気づいてすぐ上長に報告し、"
                + "配送業者に連絡して三件の配送を止めてもらいました。"));
        assertThat(told.misconceptions()).extracting(Feedback.Finding::id).doesNotContain("mistake-not-reported");
    }

    @Test
    void aQuestionMarkInsideAQuotationDoesNotEndTheSentenceAroundIt() {
        // 「…もらえる？」と頼まれたら、…: who asked and what is promised are one sentence, and read together
        assertThat(AnswerText.split("お客様から「これもやってもらえる？」と頼まれたら、契約の範囲外でも引き受けます。次の文です。", false))
                .containsExactly("お客様から「これもやってもらえる？」と頼まれたら、契約の範囲外でも引き受けます。", "次の文です。");
        Feedback f = judge(Lang.JA, "client-site", "常駐先では、お客様に頼られる存在になりたいと思っています。"
                + "お客様の社員の方から「ついでにこれもやってもらえる？」と頼まれたら、契約の範囲外のことでも、"
                + "できることは積極的に引き受けて、その場で対応するつもりです。前職の販売でも、細かいご要望に柔軟に応えてきました。");
        assertThat(f.misconceptions()).extracting(Feedback.Finding::id).contains("bypasses-own-company");
        // a quotation that ends its own sentence still ends it
        assertThat(AnswerText.split("先輩に「まず書き出して」と言われました。「落ち着いて」。それが転機です。", false)).hasSize(3);
    }

    @Test
    void aStoryOfTheSituationAskedAboutIsOnTopicWhateverItDoesInIt() {
        // none of the rubric's points (報告, 再発防止...), but the mistake asked about, told in its own words
        Feedback covered = judge(Lang.JA, "mistake", "ホームセンターで働いていたころ、お客様の配達日を一日間違えて伝票に書いてしまったことがあります。"
                + "前の晩に気づきましたが、主任はもう帰っていて、電話で休みを邪魔するのも悪いと思いました。"
                + "翌朝、自分の車で商品を届けて、伝票は正しい日付に書き直しておきました。"
                + "それからは伝票を書いたら読み返すようにしていて、同じミスはしていません。ミスは自分で片をつけるのが社会人だと考えています。");
        assertThat(covered.relevance()).isEqualTo(Feedback.Relevance.ON_TOPIC);
        // and what it does is judged: a mistake never reported is named, not waved away as off topic
        assertThat(covered.misconceptions()).isNotEmpty();
        assertThat(covered.score()).isLessThanOrEqualTo(40);
        // a story about something else is still off topic, for every situational question, though it holds everyday
        // words that some of those questions are asked with (多い, 考える, days, made)
        String bread = "休日はパン作りをしています。強力粉の配合を変えると焼き上がりが大きく変わるので、本やインターネットで調べて、"
                + "水の量を少しずつ変えてみました。発酵の時間は季節によって違うことが多いので、温度計を使って記録しています。"
                + "最近は天然酵母にも挑戦し、家族にも好評です。次はフランスパンを焼いてみたいと考えています。";
        String fishing = "On my days off I go fishing with my brother. We drive to the coast early in the morning, and some days "
                + "we don't catch anything at all, which is fine with us. Last summer I made my own lures from old spoons, and "
                + "they worked better than the ones from the shop. I like being outside after a week indoors, and the long days "
                + "by the sea help me relax. Next year we want to rent a small boat and try the deeper water further out.";
        for (String q : List.of("mistake", "pressure", "client-site", "repetitive-work", "overtime-oncall", "night-shift")) {
            assertThat(judge(Lang.JA, q, bread).relevance()).as("ja " + q).isEqualTo(Feedback.Relevance.OFF_TOPIC);
            assertThat(judge(Lang.EN, q, fishing).relevance()).as("en " + q).isEqualTo(Feedback.Relevance.OFF_TOPIC);
        }
    }

    @Test
    void aStoryThatClosesOnTheQuestionItselfIsNotTakenForAnotherQuestionsAnswer() {
        Feedback f = judge(Lang.EN, "reason-for-change", "I have worked in a call centre for five years. Two years ago our phone "
                + "system kept dropping calls, and I ended up logging every failure for the IT team. They found a faulty switch "
                + "from my notes, and I realised I wanted to understand networks, not just report their problems. I passed the "
                + "CCNA last spring and built a small lab at home. So the reason I am leaving is simple: I want to build a "
                + "career on the systems side.");
        assertThat(f.relevance()).isEqualTo(Feedback.Relevance.ON_TOPIC);
    }

    @Test
    void aConciseEnglishExplanationInTheThirdPersonIsSentencesNotAList() {
        // only pronouns, auxiliaries and -ed/-ing forms counted as a predicate: "X forwards Y" read as a list of terms,
        // and a correct answer was told to "explain in sentences" (language/en-verbs.txt)
        for (String[] answer : List.of(
                new String[] {"dns", "DNS turns a host name into an IP address. The client asks a resolver, which looks in its cache or queries other servers."},
                new String[] {"router-vs-switch", "A switch sends frames to ports by MAC address. A router connects networks and chooses a path by IP address."},
                new String[] {"nat-vs-dhcp", "DHCP gives each device an IP address when it joins. NAT rewrites private addresses to a public one at the edge."})) {
            Feedback f = judge(Lang.EN, answer[0], answer[1]);
            assertThat(f.stuffed()).as(answer[1]).isFalse();
            assertThat(f.covered()).as(answer[1]).isNotEmpty();
        }
        // a verb's form after an article, a preposition or a comma is a noun in a list, not a predicate
        assertThat(judge(Lang.EN, "why-infra", "The logs, the patches, the backups, the switches, the routers and the uptime.").stuffed()).isTrue();
        assertThat(judge(Lang.EN, "why-infra", "Monitoring tools, log checks, patch updates, backup runs, switch configs, router tests.").stuffed()).isTrue();
        // a verb's -s form last in an item of a list is a noun ("server builds, log checks"), even with grammar words around
        assertThat(judge(Lang.EN, "why-infra", "Network design, server builds, log checks, access control for the users, backup and restore.").stuffed()).isTrue();
    }

    @Test
    void englishQuestionWordsAreTakenUpInAnyOfTheirForms() {
        var asked = new QuestionWords("Why did you decide to leave your current (or previous) job?", true);
        assertThat(asked.echoed("So the reason I am leaving is simple.")).isEqualTo(1);
        assertThat(asked.echoed("I decided it was time.")).isEqualTo(1);
        // and a form the stemmer keeps apart, which begins like it
        assertThat(new QuestionWords("What certifications do you hold?", true).echoed("An AWS Certified exam.")).isEqualTo(1);
    }

    @Test
    void aReplyOfAWordIsFarTooShortNotAListOfTerms() {
        for (var reply : List.of(new Object[] {Lang.JA, "はい"}, new Object[] {Lang.EN, "Yes."})) {
            Feedback f = judge((Lang) reply[0], "why-it", (String) reply[1]);
            assertThat(f.stuffed()).as((String) reply[1]).isFalse();
            assertThat(f.length().verdict()).isEqualTo(Feedback.Verdict.TOO_SHORT);
        }
        // a short list of terms is still one, from four words (scoring.yml term_list_min_words; Japanese words as
        // Kuromoji reads them, particles included)
        assertThat(judge(Lang.JA, "why-it", "Linux、AWS、CCNA、監視、障害対応。").stuffed()).isTrue();
        assertThat(judge(Lang.EN, "why-it", "Linux, AWS, CCNA, DNS.").stuffed()).isTrue();
        assertThat(judge(Lang.EN, "why-it", "Linux, AWS, CCNA.").stuffed()).isFalse();
    }

    @Test
    void singleSlipsFromANewcomersTrialAreNamed() {
        // each passed at about 90 before: a layer said of the device just before it, though others follow in the clause
        Feedback udp = judge(Lang.EN, "tcp-udp", "TCP sets up a connection with a handshake and resends lost packets, so it "
                + "suits web pages and email. UDP works at layer 3 and just sends datagrams, which suits video calls and DNS "
                + "lookups where speed matters more than a lost packet.");
        assertThat(udp.misconceptions()).extracting(Feedback.Finding::id).containsExactly("layer-number");
        assertThat(udp.misconceptions().get(0).correction()).contains("UDP is layer 4, not layer 3");
        Feedback nat = judge(Lang.JA, "nat-vs-dhcp", "NATはプライベートIPアドレスをグローバルIPアドレスに変換する仕組みで、"
                + "社内の多くの端末が1つのグローバルIPを共有できます。NATはL2スイッチが行います。DHCPは端末がネットワークに"
                + "つながったときにIPアドレスやサブネットマスク、デフォルトゲートウェイを自動で配る仕組みです。");
        assertThat(nat.misconceptions()).extracting(Feedback.Finding::id).containsExactly("switch-does-nat");
        Feedback tag = judge(Lang.EN, "vlan", "A VLAN splits one physical switch into several logical networks, so sales and "
                + "development can be separated without buying more switches. Frames between switches on a trunk port carry a "
                + "VLAN tag, which is written in the IP header, so the other switch knows which VLAN they belong to. To talk "
                + "between VLANs you need a router or a layer 3 switch.");
        assertThat(tag.misconceptions()).extracting(Feedback.Finding::id).containsExactly("tag-in-ip-header");
        assertThat(tag.score()).isLessThanOrEqualTo(40);
    }

    @Test
    void theSameFactsSaidRightAreLeftAlone() {
        Feedback udp = judge(Lang.EN, "tcp-udp", "TCP sets up a connection with a handshake and resends lost packets, so it "
                + "suits web pages and email. UDP works at layer 4 too and just sends datagrams, which suits video calls and "
                + "DNS lookups where speed matters more than a lost packet.");
        assertThat(udp.misconceptions()).isEmpty();
        Feedback nat = judge(Lang.JA, "nat-vs-dhcp", "NATはプライベートIPアドレスをグローバルIPアドレスに変換する仕組みで、"
                + "社内の多くの端末が1つのグローバルIPを共有できます。社内の端末はL2スイッチでつなぎ、NATは境界のルーターが"
                + "行います。DHCPは端末がネットワークにつながったときにIPアドレスやサブネットマスク、デフォルトゲートウェイを"
                + "自動で配る仕組みです。");
        assertThat(nat.misconceptions()).isEmpty();
        Feedback tag = judge(Lang.JA, "vlan", "VLANは1台の物理スイッチを論理的に複数のネットワークに分ける技術です。"
                + "営業部と開発部を分けるなど、機器を増やさずにセグメントを分けられます。スイッチ間のトランクポートでは"
                + "VLANタグがイーサネットフレームに付けられ、IPヘッダーはそのままです。VLAN間の通信にはルーターかL3スイッチが必要です。");
        assertThat(tag.misconceptions()).isEmpty();
    }

    @Test
    void broadcastTrafficIsNotThePointAboutTheBroadcastAddress() {
        // found in a trial: "256 usable" was corrected, yet "keep broadcast traffic small" credited the reserved addresses
        Feedback en = judge(Lang.EN, "ip-subnet", "A /24 network has a subnet mask of 255.255.255.0, so the first 24 bits are the "
                + "network part and the last 8 bits are for hosts. That gives 256 usable host addresses, so up to 256 PCs can be "
                + "connected. Subnetting lets us split networks by department and keep broadcast traffic small.");
        assertThat(en.misconceptions()).isNotEmpty();
        assertThat(en.covered()).noneMatch(label -> label.contains("broadcast"));
        Feedback ja = judge(Lang.JA, "ip-subnet", "/24はサブネットマスクが255.255.255.0で、先頭24ビットがネットワーク部、残り8ビットが"
                + "ホスト部です。部署ごとにネットワークを分けると、ブロードキャストの通信を減らせて管理もしやすくなります。");
        assertThat(ja.covered()).noneMatch(label -> label.contains("ブロードキャスト"));
        // the address itself still counts
        assertThat(judge(Lang.EN, "ip-subnet", "The last address of the range is the broadcast address, so it cannot go to a PC.")
                .covered()).anyMatch(label -> label.contains("broadcast"));
    }

    @Test
    void slipsFromASecondTrialAreNamedAndTheirRightVersionsAreNot() {
        // acting on one's own judgement first, escalating after, even when the runbook names who to call
        String alone = "アラートの内容を確認し、影響範囲を見ます。サービスが止まっている場合は、素早く復旧させるためにまず自分の判断で"
                + "サーバーを再起動し、そのあとで手順書で決められた担当者へ電話でエスカレーションします。対応の経過は記録に残します。";
        assertThat(judge(Lang.JA, "night-alert", alone).misconceptions()).extracting(Feedback.Finding::id).contains("reboot-alone");
        // a layer's number set beside its name as an aside
        assertThat(judge(Lang.EN, "osi-model", "The OSI model has seven layers. The network layer, layer 3, is where routers "
                + "forward packets by IP address, and the transport layer, layer 5, is where TCP and UDP work with port numbers.")
                .misconceptions()).extracting(Feedback.Finding::id).containsExactly("layer-number");
        assertThat(judge(Lang.EN, "osi-model", "The OSI model has seven layers. The network layer, layer 3, is where routers "
                + "forward packets by IP address, and the transport layer, layer 4, is where TCP and UDP work with port numbers.")
                .misconceptions()).isEmpty();
        // the stages listed out of order
        assertThat(judge(Lang.EN, "work-stages", "Upstream work is requirements and design; downstream is building, operations and "
                + "monitoring. A project goes requirements, design, then testing, and after the tests pass, the build.")
                .misconceptions()).extracting(Feedback.Finding::id).containsExactly("work-stage-order");
        assertThat(judge(Lang.EN, "work-stages", "Upstream work is requirements and design; downstream is building, operations and "
                + "monitoring. A project goes requirements, design, build, and then testing before it goes live.")
                .misconceptions()).isEmpty();
        // command options and tools
        assertThat(judge(Lang.JA, "linux-commands", "よく使うのはls、cd、catなどです。ログ調査ではgrep -v errorのようにしてerrorを"
                + "含む行だけを抜き出します。").misconceptions()).extracting(Feedback.Finding::id).contains("grep-v-keeps-matches");
        assertThat(judge(Lang.JA, "linux-commands", "よく使うのはls、cd、catなどです。ログ調査ではgrep -v debugのようにしてdebugを"
                + "含まない行だけを見ます。").misconceptions()).isEmpty();
        assertThat(judge(Lang.EN, "slow-web-server", "First I check whether it is slow for everyone. On the server I run top for CPU "
                + "and free -h to see whether the disk is full, then read the web server logs.").misconceptions())
                .extracting(Feedback.Finding::id).contains("free-shows-disk");
    }

    @Test
    void aStoryThatEndsInOneLineSummingItUpHasItsConclusionAtTheEnd() {
        // from the second trial: the conclusion 「一言でいえば…」 came last, and a belief the speaker had at first and
        // then corrected is not stated as fact
        Feedback f = judge(Lang.JA, "nat-vs-dhcp", "家のルーターの設定画面を見たとき、DHCPとNATという項目が並んでいて、最初は同じものだと"
                + "思っていました。調べてみると、DHCPはつながった機器にIPアドレスやサブネットマスク、デフォルトゲートウェイを自動で配る"
                + "仕組みでした。NATは、プライベートIPアドレスを外に出るときにグローバルIPアドレスに変換し、1つのアドレスを多くの端末で"
                + "共有させる仕組みです。一言でいえば、DHCPは配る、NATは変える、です。");
        assertThat(f.misconceptions()).isEmpty();
        assertThat(f.points()).filteredOn(p -> p.id().equals("conclusion"))
                .singleElement().satisfies(p -> assertThat(p.quote()).startsWith("一言でいえば"));
        assertThat(f.score()).isGreaterThanOrEqualTo(70);
    }
}
