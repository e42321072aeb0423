package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.judge;
import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * A short answer that names every point its question needs is a brief fair answer, not a failing one: the tenth
 * newcomer trial's correct 36-49-word English answers scored 15, like an answer about pasta, while their Japanese
 * translations scored about 80. It is still told it is short and sounds general, and held below the good answers; a
 * vague phrase ("or something like that") keeps it at the poor answers' 15, as does a missing needed point.
 */
class ShortCompleteAnswerTest {
    private static final String NAT_DHCP_EN = "NAT translates private addresses into the router's public address on the way"
            + " out to the internet, and DHCP assigns each device an IP address, mask and gateway automatically.";

    @Test
    void aBriefEnglishAnswerThatMakesEveryPointItNeedsIsFairNotFailing() {
        Feedback f = judge(Lang.EN, "nat-vs-dhcp", NAT_DHCP_EN);
        assertThat(f.length().verdict()).isEqualTo(Feedback.Verdict.TOO_SHORT);
        assertThat(f.misconceptions()).isEmpty();
        assertThat(f.covered()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(f.weakMotives()).extracting(Feedback.Flag::id).containsExactly(AnswerAnalyzer.GENERIC);
        assertThat(f.score()).isBetween(50, 74);
        // the next step still asks for the rest of a minute
        assertThat(f.nextStep()).containsIgnoringCase("minute");
    }

    @Test
    void theSameWithAVaguePhraseStaysPoor() {
        Feedback vague = judge(Lang.EN, "nat-vs-dhcp", NAT_DHCP_EN.replace("automatically.", "automatically, or something like that."));
        // the same points made: only the vague phrase holds it down
        assertThat(vague.covered()).isEqualTo(judge(Lang.EN, "nat-vs-dhcp", NAT_DHCP_EN).covered());
        assertThat(vague.score()).isLessThanOrEqualTo(15);
    }

    @Test
    void aBriefAnswerMissingANeededPointStaysPoor() {
        // NAT's translation only: one point of the three the question needs
        Feedback f = judge(Lang.EN, "nat-vs-dhcp", "NAT translates private addresses into the router's public address, and"
                + " DHCP is another thing the router does for the devices in the house.");
        assertThat(f.length().verdict()).isEqualTo(Feedback.Verdict.TOO_SHORT);
        assertThat(f.uncovered()).isNotEmpty();
        assertThat(f.score()).isLessThanOrEqualTo(15);
    }

    @Test
    void acceptingCallOutsInPlainWordsIsTheConclusion() {
        Feedback f = judge(Lang.EN, "overtime-oncall", "I accept it. Systems run all night, and when I ran a hotel front desk"
                + " I was called in on weekends when the booking system failed, so I know how to stay calm.");
        assertThat(f.points()).filteredOn(p -> p.id().equals("conclusion"))
                .singleElement().satisfies(p -> {
                    assertThat(p.status()).isEqualTo(Feedback.Status.MET);
                    assertThat(p.quote()).isEqualTo("I accept it.");
                });
        // a story that begins "I accepted…" does not state the answer with it
        Feedback story = judge(Lang.EN, "overtime-oncall", "I accepted a job offer from a small hotel at twenty. Later,"
                + " as night manager, I was called in on weekends when the booking system failed, so I know how to stay calm.");
        assertThat(story.points()).filteredOn(p -> p.id().equals("conclusion"))
                .noneMatch(p -> p.quote().startsWith("I accepted"));
    }
}
