package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.TopicIds;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.CaffeineConversationStore;
import org.junit.jupiter.api.Test;

/**
 * A seventeenth newcomer trial (session 34): a question after thanks was swallowed by the thanks, thanks for the
 * practice started another interview, beliefs put up to be checked (RAID instead of backups, chmod 777, a 404 as a
 * dead server) got unrelated pages, SIer against SES against an in-house service and a northern-Kanto job search fell
 * through, and mid-interview a skip, an ending, a switch of language and a wish to answer an earlier question again were
 * scored as answers. Asked here in other words.
 */
class SeventeenthTrialTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();
    private final CaffeineConversationStore store = new CaffeineConversationStore(100, Duration.ofDays(1),
            com.github.benmanes.caffeine.cache.Ticker.systemTicker());
    private final Advisor advisor = new Advisor(KB, store, Lang.JA);
    private final UserKey user = new UserKey("T", "U-trial17");
    private int sent;

    private java.util.List<Reply> say(String text) {
        return advisor.message(user, text, "m" + sent++).replies();
    }

    @Test
    void aQuestionAfterThanksIsAnsweredAndThanksForThePracticeStartsNothing() {
        assertThat(say("どうもありがとうございます。夜勤ってどのくらいの頻度であるんですか？").get(0).topic()).isNotEqualTo(TopicIds.THANKS)
                .startsWith("guide/night-shift");
        say("わかりました、ありがとうございました！模擬面接、とても勉強になりました");
        assertThat(store.get(user).interview()).isEmpty();
        say("ありがとう！もう一度面接の練習をしたいです");
        assertThat(store.get(user).interview()).isPresent();
    }

    @Test
    void aBeliefPutUpToBeCheckedGetsTheTermThatSaysWhatIsRight() {
        assertThat(say("RAID組んでるからバックアップは不要ですよね？").get(0).parts().toString()).contains("代わりになりません");
        assertThat(say("権限エラーが出たらchmod 777でいいって聞いたんですが本当ですか？").get(0).parts().toString()).contains("755");
        assertThat(say("A 404 means the web server is down, right?").get(0).parts().toString()).contains("proves the server is up");
    }

    @Test
    void companyKindsAndJobsOutsideTheCapitalHaveTheirAnswers() {
        Reply kinds = say("自社サービスの会社とSIerとSESの違いがよく分かりません").get(0);
        assertThat(kinds.title()).contains("SIer").contains("自社サービス");
        assertThat(say("栃木に住んでいます。北関東でもインフラの求人ってありますか？").get(0).title()).contains("地方");
    }

    @Test
    void midInterviewASkipAnEndingALanguageAndAnEarlierQuestionAreNotAnswers() {
        advisor.command(user, "interview");
        String first = store.get(user).interview().orElseThrow().currentQuestionId();
        say("これは前の質問と似ていたのでスキップします");
        assertThat(store.get(user).interview().orElseThrow().results()).singleElement()
                .satisfies(r -> assertThat(r.skipped()).isTrue());
        // the question just skipped asked for again (session 38: it is taken back and asked again, nothing scored)
        java.util.List<Reply> again = say("1問目をもう一回答え直してもいいですか？");
        assertThat(again.get(0).title()).isEqualTo(KB.catalog(Lang.JA).ui().text("interview.taken_back_title"));
        assertThat(store.get(user).interview().orElseThrow().results()).isEmpty();
        assertThat(store.get(user).interview().orElseThrow().currentQuestionId()).isEqualTo(first);
        // a language asked for: the interview goes on in it, nothing scored
        java.util.List<Reply> english = say("Could we continue in English? My Japanese is not good enough yet");
        assertThat(english.get(0).title()).contains("question");
        assertThat(store.get(user).interview().orElseThrow().lang()).isEqualTo(Lang.EN);
        assertThat(store.get(user).interview().orElseThrow().results()).isEmpty();
        say("日本語");
        assertThat(store.get(user).interview().orElseThrow().lang()).isEqualTo(Lang.JA);
        say("Sorry, something came up. Stop please.");
        assertThat(store.get(user).interview()).isEmpty();
    }

    @Test
    void switchAsAVerbNamesNoQuestion() {
        store.update(user, s -> s.withLang(Lang.EN));
        say("Can I practise a mock interview in English now? How do I switch?");
        assertThat(store.get(user).interview().orElseThrow().drill()).isFalse();
    }

    @Test
    void aCourseNamedAfterAnInterviewStartsIt() {
        // 「ネットワークコースもやってみたいです」 and "Can I do the cloud track again?" got role pages
        say("サーバーコースも受けてみたいです");
        assertThat(store.get(user).interview().orElseThrow().track()).isEqualTo("server");
        advisor.command(user, "interview end");
        say("Could I try the network track next?");
        assertThat(store.get(user).interview().orElseThrow().track()).isEqualTo("network");
    }

    @Test
    void aQuestionThatOnlyNamesAGlossaryTermKeepsItsPage() {
        // a review: a belief's checking words beside a term's name took ordinary questions to the term's definition
        assertThat(say("Do I need special permissions on a student visa?").get(0).topic()).isNotEqualTo("glossary/permissions");
        assertThat(say("CCNAは取れますよね？").get(0).topic()).doesNotStartWith("glossary/");
        assertThat(say("Is on-premises dead now that everything is going to the cloud?").get(0).topic()).doesNotStartWith("glossary/");
    }

    @Test
    void anAnswerThatPassesAnExamOrAReverseQuestionAboutEnglishIsStillAnAnswer() {
        advisor.command(user, jp.infracareer.interview.InterviewCommands.drill("cert-plan"));
        // scored as the answer (its feedback comes back), not skipped (a skip is told so, with no feedback)
        assertThat(say("ITパスポートは持っています。来月の101試験は必ずパスします。").get(0).topic()).isEqualTo(TopicIds.INTERVIEW_FEEDBACK);
        advisor.command(user, jp.infracareer.interview.InterviewCommands.drill("reverse-question"));
        say("Can staff answer in English with clients?");
        assertThat(store.get(user).lang()).isEmpty();
    }

    @Test
    void anEarlierQuestionToAnswerAgainIsNamedByItsNumber() {
        advisor.command(user, "interview");
        say("ITパスポートを持っていて、今はLinuCの勉強をしています。101試験は来月受けます。");
        say("LinuxとネットワークはUdemyと参考書で、毎日1時間勉強しています。");
        java.util.List<Reply> later = say("2問目、もう一回答え直してもいいですか？");
        assertThat(later.get(0).parts().toString()).contains("2問目");
    }

    @Test
    void everyBeliefNamesATermOfTheGlossary() {
        java.util.Set<String> terms = new java.util.HashSet<>();
        KB.catalog(Lang.JA).glossary().forEach(t -> terms.add(t.id()));
        assertThat(KB.aliases().definition().beliefs()).isNotEmpty();
        assertThat(terms).containsAll(KB.aliases().definition().beliefs().keySet());
    }
}
