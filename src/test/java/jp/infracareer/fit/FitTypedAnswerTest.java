package jp.infracareer.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.content.FitQuiz;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.CaffeineConversationStore;
import jp.infracareer.testing.FakeSlackApi;
import jp.infracareer.testing.RunningAdvisor;
import jp.infracareer.testing.SlackPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Quiz answers typed instead of clicked (a newcomer trial fell out of the quiz with 「どっちでもいい」 and with a
 * choice's own label): read against the real content, and through the engine as in the console and a DM.
 */
class FitTypedAnswerTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();
    @RegisterExtension
    static final RunningAdvisor slack = RunningAdvisor.perClass();

    private final Advisor advisor = new Advisor(KB, new CaffeineConversationStore(100, Duration.ofDays(1),
            com.github.benmanes.caffeine.cache.Ticker.systemTicker()), Lang.JA);
    private final UserKey user = new UserKey("T", "U-typed");

    private Reply say(String text) {
        return advisor.message(user, text, "").replies().get(0);
    }

    private static Object index(Reply r) {
        return r.data().get("index");
    }

    /** "-" is no preference; "none" is not an answer (the message is answered as any other). */
    @ParameterizedTest(name = "{0} {1}: {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "ja|approach|手を動かして原因を探す|troubleshoot",
            // a twenty-fifth trial's answers, in other words: they left the quiz or were not read
            "ja|night-shifts|夜勤は前の仕事で慣れてるので大丈夫です|fine",
            "ja|night-shifts|よゆうです|fine",
            "ja|approach|実際に触って確かめるほうが好きです|troubleshoot",
            "ja|scope|サーバーの中身のほうかな|one-area",
            "ja|scope|正直わかんない|-",
            "en|scope|the network flow i guess|whole",
            "en|night-shifts|used to night shifts from the warehouse|fine",
            // a choice named by its place (a twenty-sixth trial's "the second one" was not read)
            "en|approach|hmm the second one i think|troubleshoot",
            "ja|approach|二つ目かな|troubleshoot",
            "ja|hardware|最後のやつでお願いします|virtual",
            "en|hardware|the last option please|virtual",
            "ja|approach|二つ目じゃないです|none",
            "ja|approach|手を動かして原因を探すのが好きです|troubleshoot",
            "ja|approach|手を動かして|troubleshoot",
            "ja|approach|設計かな|plan",
            "ja|approach|２|troubleshoot",
            "ja|approach|3番で|improve",
            "ja|approach|どっちでもいい|-",
            "ja|approach|うーん、わからない|-",
            "ja|approach|どちらでもいいです|-",
            "ja|night-shifts|夜勤はちょっと無理です|daytime",
            "ja|night-shifts|できれば日中だけがいい|daytime",
            "ja|night-shifts|たまにならいけます|sometimes",
            "ja|night-shifts|日中なら大丈夫|none",
            "ja|code|あまり興味がない|not-much",
            "ja|code|小さなスクリプトなら書きたい|small-scripts",
            "ja|hardware|どっちでもいい|either",
            "ja|hardware|実機でも仮想でもいい|either",
            "ja|approach|DNSって何？|none",
            "ja|approach|設計書の書き方を教えて|none",
            "ja|approach|IPアドレスがわからない|none",
            "ja|approach|ヘルプ|none",
            "ja|approach|4|none",
            "en|approach|Hands-on troubleshooting|troubleshoot",
            "en|approach|either|-",
            "en|code|no idea|-",
            "en|code|I don't know|-",
            "en|code|no|not-much",
            "en|night-shifts|daytime only please|daytime",
            "en|hardware|either is fine|either",
            "en|approach|what is a runbook?|none",
            "en|approach|tell me about design|none",
            // a sixteenth trial: English choices told in a sentence, and Japanese ones in one's own words
            "en|scope|I'd say the whole thing and how the parts connect|whole",
            "en|approach|getting my hands on it and finding the cause|troubleshoot",
            "en|people|I enjoy talking to people, I trained new staff before|explaining",
            "en|security|I have some experience with firewalls from my old job at a factory|none",
            "en|approach|What does a network engineer do all day? I want to know before I choose|none",
            "ja|night-shifts|夜勤はもういやです|daytime",
            "ja|accuracy|気になって調べてしまう性格です|dig-in",
            // a twenty-first trial: the number said last, after second thoughts (read as a greeting); a story with its own
            // number in it is not a choice
            "ja|approach|あ、でも設計かな…やっぱり2でお願いします|troubleshoot",
            "ja|approach|うーん、じゃあ3で|improve",
            "en|approach|hmm, hard to say. I'll go with 1|plan",
            "ja|night-shifts|前職で2年夜勤でした|none"})
    void aTypedMessageIsReadAsTheChoiceItMeansOrAsNoAnswer(String lang, String questionId, String text, String expected) {
        FitQuiz quiz = KB.catalog(Lang.parse(lang).orElseThrow()).fit();
        FitQuiz.Question question = quiz.questions().stream().filter(q -> q.id().equals(questionId)).findFirst().orElseThrow();

        var answer = TypedAnswer.read(quiz, question, text);

        assertThat(answer.map(TypedAnswer.Answer::optionId).orElse("none")).isEqualTo(expected);
    }

    @Test
    void typedAnswersMoveTheQuizOnAndSayHowTheyWereTaken() {
        assertThat(index(say("診断"))).isEqualTo(1);

        Reply second = say("どっちでもいい");
        assertThat(index(second)).isEqualTo(2);
        assertThat(second.parts().toString()).contains("どの職種にも点を加えずに");

        Reply third = say("手を動かして原因を探す");
        assertThat(index(third)).isEqualTo(3);
        assertThat(third.parts().toString()).contains("「手を動かして原因を探す」として受け取りました");

        assertThat(index(say("2"))).isEqualTo(4);
    }

    @Test
    void aQuestionAboutSomethingElseLeavesTheQuizWaitingWithAWayBack() {
        say("診断");
        say("1");

        Reply aside = say("DNSって何？");
        assertThat(aside.topic()).isNotEqualTo("fit");
        assertThat(aside.actions().get(0).command()).isEqualTo(FitCommands.resume());

        Reply back = advisor.command(user, aside.actions().get(0).command()).replies().get(0);
        assertThat(index(back)).isEqualTo(2);
    }

    @Test
    void askingToGoBackTakesTheLastAnswerBackInEitherLanguage() {
        say("診断");
        say("1");
        Reply third = say("2");
        assertThat(index(third)).isEqualTo(3);
        // a question that only has a word of going back in it is no request to go back (a review)
        assertThat(index(say("前の会社に戻るのはアリですか？"))).isNotEqualTo(2);
        assertThat(index(say("3"))).isEqualTo(4);
        Reply back = say("あ、ひとつ前のを答え直したいです");
        assertThat(index(back)).isEqualTo(3);
        assertThat(back.parts().toString()).contains("戻りました");
        assertThat(index(say("3"))).isEqualTo(4);

        UserKey en = new UserKey("T", "U-typed-en");
        advisor.message(en, "take the aptitude quiz", "");
        Reply second = advisor.message(en, "1", "").replies().get(0);
        assertThat(index(second)).isEqualTo(2);
        Reply enBack = advisor.message(en, "oops, I picked the wrong one", "").replies().get(0);
        assertThat(index(enBack)).isEqualTo(1);
        assertThat(enBack.parts().toString()).contains("Back one question");
        // at the first question there is nothing to go back to: told so, still on it
        Reply first = advisor.message(en, "go back", "").replies().get(0);
        assertThat(index(first)).isEqualTo(1);
        assertThat(first.parts().toString()).contains("first question");
    }

    @Test
    void askingToStopLeavesTheQuizAndItCanBeTakenAgain() {
        // a sixteenth trial's "end" was told it matched no option
        say("診断");
        say("1");
        Reply stopped = say("診断はもういいです");
        assertThat(stopped.title()).isEqualTo(KB.catalog(Lang.JA).ui().text("fit.stopped_title"));
        assertThat(say("あなたに向いている職種を知りたい").data().get("index")).isEqualTo(1);

        UserKey en = new UserKey("T", "U-typed-stop");
        advisor.message(en, "take the aptitude quiz", "");
        Reply stop = advisor.message(en, "stop", "").replies().get(0);
        assertThat(stop.title()).isEqualTo(KB.catalog(Lang.EN).ui().text("fit.stopped_title"));
        // a word of stopping inside an answer is not a request to stop (「夜勤はもういいです」 answers the night-shift question)
        UserKey ja = new UserKey("T", "U-typed-stop-ja");
        advisor.message(ja, "診断", "");
        assertThat(advisor.message(ja, "夜勤はもういいです", "").replies().get(0).title())
                .isNotEqualTo(KB.catalog(Lang.JA).ui().text("fit.stopped_title"));
        assertThat(advisor.message(ja, "診断を中断したいです", "").replies().get(0).title())
                .isEqualTo(KB.catalog(Lang.JA).ui().text("fit.stopped_title"));
        // a short word of stopping inside an answer is not a request to stop
        advisor.message(en, "take the aptitude quiz", "");
        Reply answered = advisor.message(en, "whole layout, can't stop looking", "").replies().get(0);
        assertThat(answered.title()).isNotEqualTo(KB.catalog(Lang.EN).ui().text("fit.stopped_title"));
        assertThat(advisor.message(en, "1", "").replies().get(0).data().get("index")).isNotNull();
    }

    // newcomer trial 8: words that matched no option (nor anything else) left the quiz with the roles list
    @Test
    void wordsThatMatchNoOptionAskTheSameQuestionAgainWithAWordWhy() {
        say("診断");
        say("1");
        Reply again = say("うーん、さっき言ったあの感じのやつかなあ");
        assertThat(again.topic()).isEqualTo("fit");
        assertThat(index(again)).isEqualTo(2);
        assertThat(again.parts().toString()).contains("どの選択肢にあたるか読み取れませんでした");
        // the quiz goes on from there
        assertThat(index(say("1"))).isEqualTo(3);
    }

    // a twelfth newcomer trial: a statement in one's own words that reads like a subject (手順通り, クラウド) left the quiz
    // for a page, though it asked nothing
    @Test
    void aStatementThatMatchesNoOptionAsksAgainEvenWhenItNamesASubject() {
        say("診断");
        for (String statement : java.util.List.of("どちらかというと手順どおりにやる方が好きかもしれません", "クラウドはまだよくわからないです")) {
            Reply again = say(statement);
            assertThat(again.topic()).as(statement).isEqualTo("fit");
            assertThat(index(again)).as(statement).isEqualTo(1);
        }
        // a question is still answered, and the quiz waits
        assertThat(say("クラウドってどんな仕事？").topic()).isNotEqualTo("fit");
    }

    @Test
    void noPreferenceAddsToNoRoleAndGivesNoReason() {
        FitQuiz quiz = KB.catalog(Lang.JA).fit();
        var all = java.util.Collections.nCopies(quiz.questions().size(), TypedAnswer.NO_PREFERENCE);

        FitResult r = FitResult.of(quiz, all);

        assertThat(r.totals().values()).containsOnly(0);
        assertThat(r.reasons()).isEmpty();
    }

    @Test
    void aTypedAnswerInASlackDirectMessageAnswersTheQuiz() throws Exception {
        slack.postEvent(SlackPayloads.eventCallback("Ev-fit-t1", SlackPayloads.directMessage("U710", "診断", "t-1")), Map.of());
        slack.slack().await("chat.postMessage", c -> "DU710".equals(c.form().get("channel")), Duration.ofSeconds(5));

        slack.postEvent(SlackPayloads.eventCallback("Ev-fit-t2", SlackPayloads.directMessage("U710", "どっちでもいい", "t-2")), Map.of());
        FakeSlackApi.Call next = slack.slack().await("chat.postMessage",
                c -> "DU710".equals(c.form().get("channel")) && c.blocks().toString().contains("（2/"), Duration.ofSeconds(5));

        assertThat(next.blocks().path(0).path("block_id").asText()).isEqualTo("fit");
        assertThat(next.blocks().toString()).contains("どの職種にも点を加えずに");
    }
}
