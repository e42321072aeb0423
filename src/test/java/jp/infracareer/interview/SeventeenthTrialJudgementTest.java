package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A seventeenth newcomer trial (session 34) planted slips inside answers to other questions (a 404 told in an OSI
 * answer, all 256 addresses of a /24 in a NAT answer, S3 as a disk and cloud backups as automatic in tech news, a NAT
 * gateway in the private subnet), and blamed a boss in words the weak motive did not know; all scored 55 to 100. Said here in other words and other questions; the right sentence beside each is not
 * corrected.
 */
class SeventeenthTrialJudgementTest {
    private static Feedback judge(String lang, String question, String answer) {
        return Findings.judge(Lang.parse(lang).orElseThrow(), question, answer);
    }

    @ParameterizedTest(name = "[{index}] {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ja | slow-web-server | 404-said-server-down | ページが404を返しているなら、サーバーが止まっているので再起動を依頼します。
            en | tcp-udp | 404-said-server-down | When the browser shows 404, the server is down, so I would check the network cable.
            ja | vlan | all-256-said-assignable | 部署のVLANは/24なので、256台すべてに割り当てられます。
            en | nat-scenario | all-256-said-assignable | With a /24 inside, all 256 addresses can be assigned to the PCs.
            ja | current-learning | s3-said-block-storage | 今はS3をEC2にディスクとしてつないで、ファイルサーバーを作る練習をしています。
            en | home-lab | s3-said-block-storage | I used S3 as block storage and mounted it like a hard drive on my instance.
            ja | why-cloud | provider-said-to-back-up-everything | クラウドならAWSがバックアップを全部自動で取ってくれるので、運用が楽になります。
            en | tech-news | provider-said-to-back-up-everything | With AWS, backups happen for you automatically, so there's no need to plan them.
            en | region-az | nat-gateway-in-private-subnet | The NAT gateway goes in the private subnet next to the servers that need it.
            """)
    void aSlipInAnotherQuestionsAnswerIsNamed(String lang, String question, String id, String sentence) {
        assertThat(judge(lang, question, sentence).misconceptions()).extracting(Feedback.Finding::id).contains(id);
    }

    @ParameterizedTest(name = "[{index}] {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ja | slow-web-server | 404が返るならサーバーは動いているので、URLやリンクの間違いを確かめます。
            en | nat-scenario | A /24 has 256 addresses, of which 254 can be assigned, once the network and broadcast addresses are taken out.
            en | home-lab | I keep backups in S3, which is object storage, and use an EBS volume as the instance's disk.
            ja | why-cloud | クラウドでもバックアップの設計は利用者の責任なので、AWS Backupで自分で設定します。
            en | region-az | The NAT gateway sits in a public subnet, and the private subnet's route table points to it.
            """)
    void theRightSentenceIsNotCorrected(String lang, String question, String sentence) {
        assertThat(judge(lang, question, sentence).misconceptions()).isEmpty();
    }

    @Test
    void aBossBlamedInEverydayWordsIsAWeakMotive() {
        Feedback f = judge("ja", "reason-for-change", "今の上司は全然話を聞かないし、ミスの責任も全部こっちに押し付けてきます。"
                + "このままだと成長できないので辞めたいです。");
        assertThat(f.weakMotives()).extracting(Feedback.Flag::id).contains("blame");
        assertThat(f.score()).isLessThanOrEqualTo(40);
    }

    @Test
    void anAnswerOpeningWithOnesStrengthAnswersTheStrengthsQuestion() {
        // a seventeenth trial's student answered the night-shift question with her strength and was scored 31, on topic
        Feedback night = judge("ja", "night-shift", "私の強みは粘り強さです。サークルの会計を3年間続け、毎月の締めを一度も遅らせませんでした。"
                + "入社後もこつこつ続ける姿勢で頑張りたいです。");
        assertThat(night.relevance()).isEqualTo(Feedback.Relevance.OTHER_QUESTION);
        assertThat(night.looksLike()).isEqualTo("strengths-weaknesses");
        assertThat(night.score()).isLessThanOrEqualTo(30);
        Feedback en = judge("en", "overtime-oncall", "My strength is staying calm. In my part-time job I handled complaints at the counter every week.");
        assertThat(en.relevance()).isEqualTo(Feedback.Relevance.OTHER_QUESTION);
        // where a strength is what is asked, or what one brings from a past job, it is the answer
        assertThat(judge("ja", "strengths-weaknesses", "私の強みは粘り強さです。サークルの会計を3年間続け、毎月の締めを一度も遅らせませんでした。"
                + "短所は抱え込みがちなことで、今は早めに相談するようにしています。").relevance()).isEqualTo(Feedback.Relevance.ON_TOPIC);
    }

    @ParameterizedTest(name = "[{index}] {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ja | overtime-oncall | daikyu-cancels-premium | 休日に出ても、あとで代休を取れば割増賃金は払う必要はないと聞いています。
            ja | slow-web-server | 404-said-server-down | 404になっているのは、サーバーが動いていないからだと考えます。
            en | cert-plan | certs-mixed-up | Once I pass CCNA, it proves my Linux skills for server work.
            en | nat-scenario | same-global-on-every-pc | We set the same global IP on every PC so they can all go out to the internet.
            """)
    void readingsAReviewFoundDeadNowFire(String lang, String question, String id, String sentence) {
        assertThat(judge(lang, question, sentence).misconceptions()).extracting(Feedback.Finding::id).contains(id);
    }

    @ParameterizedTest(name = "[{index}] {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | ip-subnet | Not all 256 addresses of a /24 can be assigned: the first and the last are reserved.
            en | slow-web-server | A 404 comes from a running server; if the server is down, the request times out instead.
            en | region-az | The database in the private subnet goes out to the internet via the NAT gateway.
            en | night-alert | I keep tail -f running on the log from the start of my shift.
            en | cert-plan | I will be taking 101 in May on my way to LPIC-1, and 102 in July.
            en | slow-web-server | We redirect port 80 to HTTPS, so every visitor ends up on 443.
            ja | slow-web-server | 80番でHTTPSにリダイレクトしているので、利用者は443番で接続します。
            """)
    void rightSentencesAReviewFoundReadAsWrongAreLeftAlone(String lang, String question, String sentence) {
        assertThat(judge(lang, question, sentence).misconceptions()).isEmpty();
    }

    @Test
    void offeringToTalkItOverSparesOnlyAnAnswerAboutWorkingTime() {
        // a course of action that restarts alone and mentions the manager afterwards is still doubted at night
        Feedback night = judge("en", "night-alert", "I would restart the server myself right away to save time. "
                + "Then I would bring it up with my manager the next day.");
        assertThat(night.misconceptions()).isNotEmpty();
    }

    @ParameterizedTest(name = "[{index}] {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ja | osi-model | tcp-udp-swapped | 第4層では、TCPは確認をしないで送りっぱなしにし、UDPは再送して確実に届けます。
            en | cannot-connect | cache-said-out-of-memory | Most of the memory is in buff/cache, which means the server is out of memory and needs a reboot.
            ja | home-lab | load-average-is-percent | 自宅のサーバーでは、ロードアベレージ、つまりCPU使用率のパーセントを見ています。
            en | dns | hosts-after-dns | The OS first asks the DNS server and falls back to the hosts file only when DNS fails.
            en | tech-news | provider-said-to-back-up-everything | On AWS your EBS volumes are automatically backed up by Amazon.
            """)
    void slipsAnEighteenthTrialPlantedAreNamed(String lang, String question, String id, String sentence) {
        assertThat(judge(lang, question, sentence).misconceptions()).extracting(Feedback.Finding::id).contains(id);
    }

    @ParameterizedTest(name = "[{index}] {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | nat-vs-dhcp | DHCP runs over UDP: Discover, Offer, Request and Acknowledge, with the server on port 67.
            en | cannot-connect | buff/cache is memory Linux lends to the file cache, so I read the available column instead.
            en | dns | The OS reads the hosts file first and asks the DNS server only when the name is not there.
            """)
    void theirRightSentencesAreLeftAlone(String lang, String question, String sentence) {
        assertThat(judge(lang, question, sentence).misconceptions()).isEmpty();
    }
}
