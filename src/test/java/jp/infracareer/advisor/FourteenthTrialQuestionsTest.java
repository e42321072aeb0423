package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.CaffeineConversationStore;
import org.junit.jupiter.api.Test;

/**
 * What the fourteenth newcomer trial (session 31) got wrong outside the interview's judgement, in other words than the
 * trial's: the language of mixed messages, a question name found inside another word, how to paste a posting asked in
 * English.
 */
class FourteenthTrialQuestionsTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();
    private final CaffeineConversationStore store = new CaffeineConversationStore(100, Duration.ofDays(1),
            com.github.benmanes.caffeine.cache.Ticker.systemTicker());
    private final Advisor advisor = new Advisor(KB, store, Lang.JA);

    private Reply say(UserKey user, String text) {
        return advisor.message(user, text, "m" + text.hashCode()).replies().get(0);
    }

    @Test
    void aMockInterviewForACloudPositionStartsTheCloudTrack() {
        // "position" holds "osi": the OSI question alone was started
        UserKey user = new UserKey("T", "U-c1");
        say(user, "Could we practise a mock interview for a cloud engineer position?");
        assertThat(store.get(user).interview()).isPresent();
        assertThat(store.get(user).interview().get().track()).isEqualTo("cloud");
        assertThat(store.get(user).interview().get().questionIds()).hasSizeGreaterThan(1);
    }

    @Test
    void someoneWritingEnglishIsAnsweredInEnglishWhenAJapanesePhraseFollows() {
        UserKey user = new UserKey("T", "U-l1");
        say(user, "I am a QA tester in Hanoi and I want to work in infrastructure in Japan.");
        Reply thanks = say(user, "Great, that helps a lot. ありがとうございます！");
        assertThat(thanks.title()).doesNotContainPattern("\\p{IsHiragana}");
        // someone writing Japanese who adds an English word stays in Japanese
        UserKey other = new UserKey("T", "U-l2");
        say(other, "インフラエンジニアの仕事について教えてください");
        assertThat(say(other, "ありがとうございます、Thank you so much!").title()).containsPattern("\\p{IsHiragana}");
    }

    @Test
    void howToPasteAPostingIsToldInTheLanguageAskedIn() {
        Reply usage = say(new UserKey("T", "U-j1"), "Could you read a job posting for me?");
        assertThat(usage.topic()).isEqualTo("jobpost");
        assertThat(text(usage)).doesNotContainPattern("\\p{IsHiragana}");
    }

    private static String text(Reply r) {
        return r.title() + r.parts();
    }

    @Test
    void theTermsOfTheInterviewsOwnMistakesAreDefined() {
        // 「デフォルトゲートウェイってなんですか？」 got the infra-vs-server comparison; regions and zones the SES page
        assertThat(say(new UserKey("T", "U-g1"), "デフォルトゲートウェイとは何ですか").data()).containsEntry("term", "default-gateway");
        assertThat(say(new UserKey("T", "U-g2"), "what is an availability zone").data()).containsEntry("term", "region-az");
        assertThat(say(new UserKey("T", "U-g3"), "3ウェイハンドシェイクってなに？").data()).containsEntry("term", "tcp-handshake");
        assertThat(say(new UserKey("T", "U-g4"), "ブロードキャストドメインって何？").data()).containsEntry("term", "broadcast-domain");
    }

    @Test
    void twoTermsSetSideBySideGetBothDefinitions() {
        // 「NATとDHCPの違いは？」 and "difference between TCP and UDP" fell through or got the on-premises page
        Reply ja = say(new UserKey("T", "U-t1"), "DHCPとNATってどう違うんですか？");
        assertThat(ja.data()).containsEntry("term", "dhcp").containsEntry("second_term", "nat");
        Reply en = say(new UserKey("T", "U-t2"), "what's the difference between UDP and TCP?");
        assertThat(en.data()).containsEntry("term", "udp").containsEntry("second_term", "tcp");
        assertThat(text(en)).contains("three-way handshake");
        // a question a guide answers keeps the guide
        assertThat(say(new UserKey("T", "U-t3"), "CCNAとLPIC、最初に取るならどっち？").topic()).isEqualTo("guide/certifications");
    }

    @Test
    void howManyDevicesANetworkHoldsIsWorkedOut() {
        // 「/24って実際何台…？」 got the AWS free-tier page, 「/26だと何台ですか」 a list of maths topics
        Reply ja = say(new UserKey("T", "U-s1"), "/25のネットワークだと、パソコンは何台つなげますか？");
        assertThat(ja.topic()).isEqualTo("subnet");
        assertThat(ja.data()).containsEntry("usable", 126L);
        assertThat(text(ja)).contains("128").contains("255.255.255.128");
        Reply mask = say(new UserKey("T", "U-s2"), "how many hosts does 255.255.255.240 give me?");
        assertThat(mask.data()).containsEntry("prefix", 28).containsEntry("usable", 14L);
        // a question that names a prefix and asks no count is left to the pages
        assertThat(say(new UserKey("T", "U-s3"), "/24ってどういう意味？").topic()).isNotEqualTo("subnet");
    }

    @Test
    void practisingTheLowestScoredQuestionCanBeAskedInWords() {
        // the summary's button typed as a sentence started a whole new interview
        UserKey user = new UserKey("T", "U-w1");
        advisor.command(user, "interview general");
        advisor.message(user, "サーバーやネットワークを支える仕事に興味があり、今はLinuxを毎日勉強しています。前職では在庫システムが"
                + "止まったときに復旧を手伝い、裏方の大切さを知りました。", "w1");
        String lowest = store.get(user).interview().orElseThrow().currentQuestionId();
        advisor.message(user, "はい", "w2");
        advisor.message(user, "終了", "w3");
        assertThat(store.get(user).interview()).isEmpty();

        say(user, "さっきの面接で、点数が一番低かった質問を練習したいです");

        var drill = store.get(user).interview().orElseThrow();
        assertThat(drill.questionIds()).containsExactly(lowest);
    }

    @Test
    void aReviewsCasesAreReadAsMeant() {
        // a Japanese answer listing commands stays Japanese
        assertThat(LanguageGuess.of("top、free -m、df -h、ps aux、ss -tlnp、ip a、journalctl -xe、systemctl statusで確認します。"))
                .contains(Lang.JA);
        // a subnet asked with its address, or with its prefix and mask together
        assertThat(say(new UserKey("T", "U-r1"), "192.168.1.0/24は何台使える？").data()).containsEntry("prefix", 24);
        assertThat(say(new UserKey("T", "U-r2"), "/26（255.255.255.192）は何台つなげますか").data()).containsEntry("prefix", 26);
        // "lowest score" about an exam is no request to practise an interview question
        UserKey u = new UserKey("T", "U-r3");
        advisor.command(u, "interview general");
        advisor.message(u, "はい", "r3a");
        advisor.message(u, "終了", "r3b");
        say(u, "What's the lowest score that passes the FE exam?");
        assertThat(store.get(u).interview()).isEmpty();
    }
}
