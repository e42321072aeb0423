package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * Answers of a twenty-sixth newcomer trial (session 39), in other words: an AD account deleted and made again said to be
 * the same account (praised as a reason), a ping to 8.8.8.8 said to prove DNS (69), an external disk said to add memory
 * (100) and backups said to be no user's job on the cloud (88).
 */
class TwentySixthTrialAnswersTest {
    private static java.util.List<String> findings(Lang lang, String question, String answer) {
        return Findings.judge(lang, question, answer).misconceptions().stream().map(Feedback.Finding::id).toList();
    }

    @Test
    void theTrialsSlipsAreNamedInOtherWords() {
        assertThat(findings(Lang.EN, "mistake", "I removed the user by mistake, but I recreated it with the same name so all permissions"
                + " came back at once.")).contains("ad-recreated-said-same");
        assertThat(findings(Lang.JA, "mistake", "アカウントを消してしまいましたが、同じユーザー名で作り直したので権限も戻りました。"))
                .contains("ad-recreated-said-same");
        assertThat(findings(Lang.EN, "cannot-connect", "I ping 8.8.8.8 first; if it answers, DNS is working.")).contains("ip-ping-said-dns");
        assertThat(findings(Lang.JA, "self-intro", "パソコンが遅かったので、外付けのSSDを買ってメモリを増やしました。"))
                .contains("storage-said-memory");
        assertThat(findings(Lang.JA, "tech-news", "ランサムウェアのニュースを見ましたが、AWSに置いておけばバックアップを取る必要はないので安心です。"))
                .contains("cloud-said-no-user-backup");
    }

    @Test
    void rightSentencesBesideThemAreLeftAlone() {
        assertThat(findings(Lang.EN, "mistake", "I recreated the account with the same name, but it got a new SID, so I had to add its"
                + " groups again.")).doesNotContain("ad-recreated-said-same");
        assertThat(findings(Lang.EN, "cannot-connect", "If 8.8.8.8 answers a ping but google.com does not, I check DNS with nslookup."))
                .doesNotContain("ip-ping-said-dns");
        assertThat(findings(Lang.JA, "cannot-connect", "8.8.8.8にpingが通ってもDNSが正常かは分からないので、nslookupで確かめます。"))
                .doesNotContain("ip-ping-said-dns");
        assertThat(findings(Lang.JA, "home-lab", "外付けのSSDで容量を増やし、メモリは16GBに増設しました。")).doesNotContain("storage-said-memory");
        assertThat(findings(Lang.JA, "shared-responsibility", "クラウドならバックアップは不要と思われがちですが、利用者が自分で取る必要があります。"))
                .doesNotContain("cloud-said-no-user-backup");
        assertThat(findings(Lang.EN, "shared-responsibility", "People think there is no need to back up on the cloud, but you still"
                + " must.")).doesNotContain("cloud-said-no-user-backup");
    }
}
