package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.judge;
import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * A short answer that names every point its question needs is a brief fair answer, not a failing one: the tenth
 * newcomer trial's correct 36-49-word English answers scored 15, like an answer about pasta, while their Japanese
 * translations scored about 80. It is still told it is short, and held below the good answers; a vague phrase
 * ("or something like that") keeps it at the poor answers' 15. In other words than the trial's.
 */
class ShortCompleteAnswerTest {
    private static final String NAT_DHCP_EN = "NAT rewrites private addresses to the router's one public address so home"
            + " devices can reach the internet, while DHCP hands each device its private address, mask and gateway when it joins.";

    @Test
    void aBriefEnglishAnswerThatMakesEveryPointIsFairNotFailing() {
        Feedback f = judge(Lang.EN, "nat-vs-dhcp", NAT_DHCP_EN);
        assertThat(f.length().verdict()).isEqualTo(Feedback.Verdict.TOO_SHORT);
        assertThat(f.misconceptions()).isEmpty();
        assertThat(f.score()).isBetween(50, 74);
        // the next step still asks for the rest of a minute
        assertThat(f.nextStep()).containsIgnoringCase("minute");
    }

    @Test
    void theSameWithAVaguePhraseStaysPoor() {
        Feedback vague = judge(Lang.EN, "nat-vs-dhcp", NAT_DHCP_EN.replace(" when it joins.", " or something like that."));
        assertThat(vague.score()).isLessThanOrEqualTo(15);
        assertThat(judge(Lang.EN, "nat-vs-dhcp", NAT_DHCP_EN).score()).isGreaterThan(vague.score());
    }

    @Test
    void aBriefAnswerMissingNeededPointsStaysPoor() {
        Feedback f = judge(Lang.EN, "nat-vs-dhcp", "NAT and DHCP are both things a router does for addresses.");
        assertThat(f.score()).isLessThanOrEqualTo(15);
    }

    @Test
    void acceptingCallOutsInPlainWordsIsTheConclusion() {
        Feedback f = judge(Lang.EN, "overtime-oncall", "No problem. Systems run all night, and when I ran a hotel front desk I"
                + " was called in on weekends when the booking system failed, so I know how to stay calm.");
        assertThat(f.points()).filteredOn(p -> p.id().equals("conclusion"))
                .singleElement().satisfies(p -> {
                    assertThat(p.status()).isEqualTo(Feedback.Status.MET);
                    assertThat(p.quote()).isEqualTo("No problem.");
                });
    }
}
