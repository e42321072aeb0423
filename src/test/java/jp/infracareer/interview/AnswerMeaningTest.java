package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.content.Catalog;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
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
}
