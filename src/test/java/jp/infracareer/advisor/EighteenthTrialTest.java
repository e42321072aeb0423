package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.interview.InterviewCommands;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.TopicIds;
import org.junit.jupiter.api.Test;

/**
 * An eighteenth newcomer trial (session 34, after the seventeenth's fixes): a language asked for in a longer or mixed
 * message, or "back to English" in passing, was scored; a past job in hospitality asked after an aside was scored; thanks
 * for the practice said at the end started an interview; the cloud said to back everything up was not answered in free
 * chat. Said here in other words.
 */
class EighteenthTrialTest extends TrialChat {
    EighteenthTrialTest() {
        super("trial18");
    }

    @Test
    void languageRequestsInLongerOrMixedMessagesSwitchTheInterview() {
        store.update(user, s -> s.withLang(Lang.EN));
        advisor.command(user, InterviewCommands.drill("dns"));
        say("could you put this one to me in japanese? i want to hear how they'd say it");
        assertThat(store.get(user).interview().orElseThrow().lang()).isEqualTo(Lang.JA);
        say("alright, back to english now");
        assertThat(store.get(user).interview().orElseThrow().lang()).isEqualTo(Lang.EN);
        say("日本語でお願いします. please switch to japanese for this one");
        assertThat(store.get(user).interview().orElseThrow().lang()).isEqualTo(Lang.JA);
        assertThat(store.get(user).interview().orElseThrow().results()).isEmpty();
    }

    @Test
    void aPastJobAskedAfterAnAsideGetsTheModelAnswer() {
        store.update(user, s -> s.withLang(Lang.EN));
        advisor.command(user, InterviewCommands.drill("why-infra"));
        Reply example = say("sorry, that was not my answer. my bad. how would someone from hospitality answer it?").get(0);
        assertThat(example.topic()).isEqualTo(TopicIds.INTERVIEW_EXAMPLE);
        assertThat(example.data()).containsEntry("background", "retail");
    }

    @Test
    void thanksForThePracticeAtTheEndStartsNothingAndTheCloudBackupBeliefIsAnswered() {
        say("結局よく分からない所もあったけど、面接練習は助かりました。ありがとうございました");
        assertThat(store.get(user).interview()).isEmpty();
        assertThat(say("AWSに置いておけば自動で全部バックアップされるんですよね？").get(0).parts().toString()).contains("利用者の責任");
        assertThat(say("Does the cloud back up everything automatically?").get(0).parts().toString()).contains("customer");
    }
}
