package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.judge;
import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * What the ninth newcomer trial (session 27, an English speaker typing casually) found in the interview's feedback,
 * in other words than the trial's: an answer typed in lower case was read as one sentence (the JDK's sentence rules
 * take a full stop before a lower-case word for an abbreviation's), so a rule's words from three sentences met in it
 * and the answer scored 1 while the same answer with capitals scored 100; and a fact stated backwards was credited.
 */
class NinthTrialTest {
    private static final String TYPED = "ok so first i check if its just one person or the whole floor. if its just them, i look"
            + " at the lan cable and the wifi. then ipconfig to see whether they got an address from dhcp. then i ping the gateway"
            + " and 8.8.8.8. after that nslookup a domain to check dns. if the whole floor is down its likely the router or our"
            + " provider, so i report it to the network team.";

    @Test
    void anAnswerTypedInLowerCaseIsReadSentenceBySentence() {
        Feedback casual = judge(Lang.EN, "cannot-connect", TYPED);
        Feedback capitalised = judge(Lang.EN, "cannot-connect", capitalise(TYPED));
        assertThat(casual.misconceptions()).isEmpty();
        assertThat(casual.covered()).containsExactlyInAnyOrderElementsOf(capitalised.covered());
        assertThat(casual.score()).isGreaterThanOrEqualTo(75).isCloseTo(capitalised.score(), org.assertj.core.data.Offset.offset(10));
    }

    @Test
    void aSentenceTypedInLowerCaseIsStillEndedByItsFullStopButNotByAnAbbreviations() {
        assertThat(AnswerText.split("i check the cable. then i ping the gateway.", true))
                .containsExactly("i check the cable.", "then i ping the gateway.");
        assertThat(AnswerText.split("tools e.g. ping and traceroute help. dns too.", true))
                .containsExactly("tools e.g. ping and traceroute help.", "dns too.");
    }

    @Test
    void layersStatedTheWrongWayRoundForTwoDevicesAreCaughtAndNotCredited() {
        Feedback f = judge(Lang.EN, "router-vs-switch", "Both forward traffic. Put simply, the switch is layer 3 and the router is layer 2.");
        assertThat(f.misconceptions()).extracting(Feedback.Finding::id).contains("layer-number");
        assertThat(f.covered()).noneMatch(p -> p.contains("layer 2, a router at layer 3"));
        Feedback right = judge(Lang.EN, "router-vs-switch", "Put simply, a switch is a layer 2 device and a router is a layer 3 device.");
        assertThat(right.misconceptions()).isEmpty();
    }

    @Test
    void tcpSaidToBeTheFasterOneIsCaughtWhenUdpIsNamedBesideIt() {
        assertThat(judge(Lang.EN, "tcp-udp", "TCP is quicker than UDP, so online games use it.").misconceptions())
                .extracting(Feedback.Finding::id).contains("tcp-is-faster");
        assertThat(judge(Lang.JA, "tcp-udp", "TCPのほうが速いので、オンラインゲームにも使われます。").misconceptions())
                .extracting(Feedback.Finding::id).contains("tcp-is-faster");
        assertThat(judge(Lang.EN, "tcp-udp", "UDP is faster than TCP, because it skips the handshake.").misconceptions()).isEmpty();
    }

    @Test
    void theRouterNamedBesideNslookupIsNotReadAsTracingTheRoute() {
        Feedback f = judge(Lang.EN, "cannot-connect", "then nslookup a name to check dns, and if everyone is down it is the router or the provider");
        assertThat(f.misconceptions()).isEmpty();
        Feedback ja = judge(Lang.JA, "cannot-connect", "nslookupで名前解決を見て、全員がだめならルーターかプロバイダーを疑います。");
        assertThat(ja.misconceptions()).isEmpty();
    }

    private static String capitalise(String text) {
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char ch : text.toCharArray()) {
            out.append(start && Character.isLetter(ch) ? Character.toUpperCase(ch) : ch);
            if (Character.isLetter(ch)) {
                start = false;
            }
            if (ch == '.') {
                start = true;
            }
        }
        return out.toString().replace(" i ", " I ");
    }
}
