package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.findings;
import static jp.infracareer.interview.Findings.judge;
import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/** A service given another service's port is a wrong fact in any technical answer, however it is worded. */
class PortCheckTest {
    @Test
    void aServiceGivenAnothersPortIsNamedWithBothPorts() {
        Feedback f = judge(Lang.JA, "iam", "IAMは権限を管理する仕組みです。サーバーへのSSHは443番で入るので、そこだけ許可します。");
        assertThat(f.misconceptions()).extracting(Feedback.Finding::id).containsExactly("wrong-port");
        assertThat(f.misconceptions().get(0).correction()).contains("SSH").contains("22").contains("443").contains("HTTPS");
        assertThat(f.score()).isLessThanOrEqualTo(40);
        assertThat(findings(Lang.JA, "linux-commands", "sshでログインします。sshはポート番号80で待ち受けています。")).containsExactly("wrong-port");
        assertThat(findings(Lang.EN, "cannot-connect", "I would check whether the HTTPS site answers on port 80 at all.")).containsExactly("wrong-port");
        assertThat(findings(Lang.EN, "tcp-udp", "TCP is reliable. SSH uses 3389/tcp.")).containsExactly("wrong-port");
        // in a list, each port goes with the service named just before it
        assertThat(findings(Lang.JA, "tcp-udp", "TCPはHTTPの80番、HTTPSの443番、SSHの23番などで使われます。")).containsExactly("wrong-port");
        assertThat(findings(Lang.EN, "tcp-udp", "TCP carries HTTP on port 80, HTTPS on port 443 and SSH on port 23.")).containsExactly("wrong-port");
    }

    @Test
    void rightPortsListsAndPortsChangedOnPurposeAreLeftAlone() {
        assertThat(findings(Lang.JA, "iam", "SSHは22番、HTTPSは443番を開けます。")).isEmpty();
        assertThat(findings(Lang.JA, "tcp-udp", "TCPはHTTPの80番、HTTPSの443番、SSHの22番などで使われます。")).isEmpty();
        assertThat(findings(Lang.EN, "tcp-udp", "TCP carries HTTP on port 80, HTTPS on port 443 and SSH on port 22.")).isEmpty();
        assertThat(findings(Lang.JA, "linux-commands", "sshの待ち受けを22番から2222番に変更することもあります。")).isEmpty();
        assertThat(findings(Lang.JA, "linux-commands", "SSHで入れないときは、22番が開いているかをssで確認します。")).isEmpty();
        assertThat(findings(Lang.EN, "cannot-connect", "The site works over HTTPS on port 443, and plain HTTP on 80 redirects to it.")).isEmpty();
        assertThat(findings(Lang.EN, "tcp-udp", "DNS queries usually go over UDP port 53.")).isEmpty();
        // the port belongs to what stands next to it, not to a service named earlier in the clause
        assertThat(findings(Lang.JA, "dns", "DNSで調べたIPのWebサーバーに80番ポートで接続します。")).isEmpty();
        assertThat(findings(Lang.EN, "dns", "After the DNS lookup the browser connects to the web server on port 80.")).isEmpty();
        // a question outside technical work is not read for ports
        assertThat(findings(Lang.JA, "why-company", "御社を志望したのは、SSHの443番の話を聞いたからです。")).doesNotContain("wrong-port");
    }

    @Test
    void aBareNumberWrittenAsAServicesPortIsReadAsOne() {
        // no "port" and no 番: the number stands right after the name as what it is
        assertThat(findings(Lang.EN, "tcp-udp", "TCP is used by HTTP, HTTPS and SSH. HTTP is 80, HTTPS is 443 and SSH is 23.")).containsExactly("wrong-port");
        assertThat(findings(Lang.EN, "linux-commands", "I log in with ssh, and SSH is 23.")).containsExactly("wrong-port");
        assertThat(findings(Lang.JA, "tcp-udp", "よく使うのは、HTTPは80、HTTPSは443、SSHは23です。")).containsExactly("wrong-port");
        assertThat(findings(Lang.JA, "cannot-connect", "SSH（80）で入れるかを試します。")).containsExactly("wrong-port");
        // "on port" in an example's list, which the port expressions leave to the service named before them
        assertThat(findings(Lang.EN, "tcp-udp", "TCP is for every byte, for example HTTPS on port 443, or SSH on port 23 when we log in."))
                .containsExactly("wrong-port");
        // a port opened in a firewall, named the service's own by の
        assertThat(findings(Lang.JA, "home-lab", "ufwを有効にする前に、SSHの23番ポートを許可しました。")).containsExactly("wrong-port");
        // also in a sentence that goes on to a negation of something else
        assertThat(findings(Lang.JA, "home-lab", "SSHの23番ポートを許可する前にenableしてしまい、接続が切れて入れなくなりました。")).containsExactly("wrong-port");
        // given as an example it is still said as the port (a port moved on purpose is said with a word of moving it)
        assertThat(findings(Lang.EN, "tcp-udp", "I know the ports well, for example SSH is 23, HTTP is 80 and DNS is 53.")).containsExactly("wrong-port");
        assertThat(findings(Lang.JA, "tcp-udp", "例えば、SSHは23、HTTPは80のように覚えました。")).containsExactly("wrong-port");
        Feedback f = judge(Lang.EN, "tcp-udp", "TCP is reliable and ordered. SSH is 23, HTTP is 80.");
        assertThat(f.misconceptions().get(0).correction()).contains("SSH").contains("22").contains("23").contains("Telnet");
    }

    @Test
    void aBareNumberThatIsRightOrNotAPortIsLeftAlone() {
        assertThat(findings(Lang.EN, "tcp-udp", "HTTP is 80, HTTPS is 443 and SSH is 22.")).isEmpty();
        assertThat(findings(Lang.JA, "tcp-udp", "HTTP、HTTPSは80、443です。")).isEmpty();
        assertThat(findings(Lang.EN, "tcp-udp", "HTTP and HTTPS use 80 and 443.")).isEmpty();
        assertThat(findings(Lang.JA, "tcp-udp", "HTTPは20年以上前からある仕組みです。")).isEmpty();
        assertThat(findings(Lang.EN, "tcp-udp", "HTTP is 30 years old and still everywhere.")).isEmpty();
        assertThat(findings(Lang.EN, "dns", "DNS is 53 over UDP, and zone transfers go over TCP.")).isEmpty();
        assertThat(findings(Lang.JA, "cannot-connect", "DNSは8.8.8.8に変えて試します。")).isEmpty();
        assertThat(findings(Lang.JA, "linux-commands", "攻撃を減らすため、SSHは2222に変更することがあります。")).isEmpty();
        assertThat(findings(Lang.JA, "home-lab", "ufwでSSHの22番ポートを許可してから有効にしました。")).isEmpty();
        assertThat(findings(Lang.JA, "home-lab", "SSHの接続が切れたので、80番ポートを開けてWebを確認しました。")).isEmpty();
        assertThat(findings(Lang.JA, "tcp-udp", "HTTPの80番と443番を許可しました。")).isEmpty();
        assertThat(findings(Lang.JA, "tcp-udp", "Web（HTTP/HTTPSの80番・443番）やSSH（22番）はTCPを使います。")).isEmpty();
        assertThat(findings(Lang.JA, "tcp-udp", "SSHは23番ではなく22番です。")).isEmpty();
        assertThat(findings(Lang.EN, "tcp-udp", "For example, HTTP on port 80 and HTTPS on port 443, or SSH on port 22.")).isEmpty();
        assertThat(findings(Lang.EN, "tcp-udp", "For example, we moved SSH on port 2222 to cut noise.")).isEmpty();
        assertThat(findings(Lang.JA, "tcp-udp", "SSHの23番ではなく、22番を許可します。")).isEmpty();
        assertThat(findings(Lang.EN, "linux-commands", "On that box SSH was moved, so SSH is 80 there, behind a custom rule.")).isEmpty();
    }
}
