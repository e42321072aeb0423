package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.findings;
import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * Answers of a twenty-sixth newcomer trial (session 39), in other words: an AD account deleted and made again said to be
 * the same account (praised as a reason), a ping to 8.8.8.8 said to prove DNS (69), an external disk said to add memory
 * (100) and backups said to be no user's job on the cloud (88).
 */
class TwentySixthTrialAnswersTest {
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

    /**
     * Right sentences a second reviewer (session 39) tried against the readings added for the eighty-first to -fourth
     * blind sets: each was accused by a first version of them. Checked under the question named.
     */
    @Test
    void rightSentencesASecondReviewerTriedAreLeftAlone() {
        java.util.List<String[]> cases = java.util.List.of(
                new String[] {"EN", "self-intro", "professional-said-entry", "I'm applying for an entry-level role to start my career as an IT professional."},
                new String[] {"JA", "current-learning", "professional-said-entry", "ITのプロフェッショナルを目指して、まず入門書で勉強しました。"},
                new String[] {"JA", "ops-vs-maintenance", "eol-said-stops-working", "EOLを過ぎてもサーバーが止まることはありません。"},
                new String[] {"JA", "cert-plan", "fe-said-vendor", "基本情報とマイクロソフトのAZ-900を持っています。"},
                new String[] {"EN", "cert-plan", "fe-said-vendor", "Besides the FE exam, I have one vendor certification, AWS Cloud Practitioner."},
                new String[] {"JA", "cert-plan", "clf-said-associate", "クラウドプラクティショナーの次は、アソシエイトレベルのSAAを受けます。"},
                new String[] {"EN", "cert-plan", "clf-said-associate", "I passed Cloud Practitioner last year and am now preparing for the Associate-level Solutions Architect exam."},
                new String[] {"JA", "tcp-udp", "smtp-over-udp", "SMTPはTCP、DNSの問い合わせは主にUDPです。"},
                new String[] {"JA", "ops-vs-maintenance", "backup-kept-on-same-disk", "同じディスクにあるバックアップは、ディスクが壊れると一緒に消えます。"},
                new String[] {"EN", "ops-vs-maintenance", "backup-kept-on-same-disk", "A backup on the same disk is lost together with the data when that disk fails."},
                new String[] {"EN", "dns", "dns-said-to-relay-http", "After DNS returns the address, the load balancer forwards the HTTP request to one of the web servers."},
                new String[] {"EN", "dns", "dns-said-to-relay-http", "The authoritative server's answer comes back through the DNS server I asked, which caches it."},
                new String[] {"EN", "nat-scenario", "private-said-only-192", "Private IP addresses are only usable inside the LAN, like 192.168.1.10 at home."},
                new String[] {"JA", "nat-scenario", "private-said-global", "インターネットから見ると、192.168のPCは全部ルーターのグローバルIP1つに見えます。"},
                new String[] {"JA", "nat-scenario", "private-said-global", "192.168.1.10には外から直接は届きません。"},
                new String[] {"JA", "linux-commands", "linux-said-case-insensitive", "Linuxでgrep -iを付けると、大文字と小文字を区別しないで検索できます。"},
                new String[] {"EN", "linux-commands", "linux-said-case-insensitive", "In Linux, grep -i makes the search case-insensitive."},
                new String[] {"JA", "slow-web-server", "iowait-means-slow-cpu", "%usが高く%waがほぼ0なら、CPUが計算処理でいっぱいです。"},
                new String[] {"JA", "iam", "access-key-on-ec2", "アクセスキーはEC2上に置くべきではありません。"},
                new String[] {"EN", "iam", "access-key-on-ec2", "An access key left on the server can be copied and abused for months if the server is compromised."},
                new String[] {"JA", "teamwork-horenso", "git-said-github", "GitはGitHubの略ではありません。"},
                new String[] {"EN", "teamwork-horenso", "git-said-github", "VS Code, made by Microsoft, has Git built in."},
                new String[] {"EN", "iam", "iam-role-said-humans-only", "The break-glass admin role is only for emergencies."},
                new String[] {"EN", "tech-news", "container-said-own-kernel", "VMs each boot a separate OS kernel, whereas Docker containers use the host kernel."},
                new String[] {"JA", "region-az", "alb-said-cross-region", "DRでは両方のリージョンにALBを1台ずつ置き、DNSで切り替えます。"},
                new String[] {"JA", "cert-plan", "lpic1-one-exam", "LPIC-1の101試験に合格しましたので、今は102を勉強しています。"},
                new String[] {"JA", "dns", "dns-said-to-assign-ip", "DNSラウンドロビンというDNSの機能で、アクセスを複数のサーバーに割り振ります。"},
                new String[] {"JA", "router-vs-switch", "home-router-said-not-router", "家のスイッチングハブはルーターではないので、ルーティングはしません。"},
                new String[] {"EN", "router-vs-switch", "home-router-said-not-router", "The LAN ports on my home router are just a switch."},
                new String[] {"JA", "why-start-monitoring", "trap-said-to-ask", "Zabbixで定期的に機器に問い合わせて値を取り、リンクダウンはSNMPトラップで知らせてもらいます。"},
                new String[] {"JA", "teamwork-horenso", "jst-said-utc8", "シンガポール（UTC+8）は日本時間より1時間遅れています。"});
        Findings.leftAlone(cases);
    }
}
