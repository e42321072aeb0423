package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.UserKey;
import org.junit.jupiter.api.Test;

/**
 * Session 41: what the twenty-ninth trial left (「いったん止めてください、すぐ戻ります」 ended the interview) and a thirtieth
 * newcomer trial's findings, said here in other words.
 */
class ThirtiethTrialTest extends TrialChat {
    ThirtiethTrialTest() {
        super("trial30");
    }

    @Test
    void stoppingForAMomentAndComingBackWaits() {
        for (String ask : List.of("一旦止めてください、すぐ戻ってきます", "すみません、子どもが泣いているのでいったん止めてもらえますか。10分で戻ります",
                "sorry, can you pause for now? I'll be right back", "stop here please, back in five minutes")) {
            UserKey u = new UserKey("T", "U-trial30-" + ask.length());
            advisor.command(u, "interview network");
            String first = store.get(u).interview().orElseThrow().questionIds().get(0);
            assertThat(advisor.message(u, ask, "p").replies().get(0).title()).as(ask)
                    .isIn(KB.catalog(Lang.JA).ui().text("interview.paused_title"), KB.catalog(Lang.EN).ui().text("interview.paused_title"));
            assertThat(store.get(u).interview().orElseThrow().results()).as(ask).isEmpty();
            assertThat(store.get(u).interview().orElseThrow().questionIds().get(0)).isEqualTo(first);
        }
    }

    @Test
    void anAnswerThatStopsWorkAndReturnsToItIsAnAnswer() {
        for (String answer : List.of("いったん止めて上司に報告し、指示をもらってから作業に戻ります",
                "障害のときはいったん止めてください、と先輩に言われたら手順書に戻ります")) {
            UserKey u = new UserKey("T", "U-trial30-a" + answer.length());
            advisor.command(u, "interview network");
            advisor.message(u, answer, "a");
            assertThat(store.get(u).interview().orElseThrow().results()).as(answer).hasSize(1);
        }
    }

    @Test
    void anExampleAnswerAskedByNumberAfterTheInterviewIsThatQuestions() {
        advisor.command(user, "interview network");
        String second = store.get(user).interview().orElseThrow().questionIds().get(1);
        say("インフラは止まると困るものを支える仕事なので、安定して動かすことにやりがいを感じます。");
        say("やめます");
        // "exam" inside "example" once made it a question about an exam score, and a guide answered
        var english = say("example answer for question 1").get(0);
        assertThat(english.topic()).isEqualTo("interview/example");
        // the question on screen when the interview ended was asked too: its example, told it was not answered
        var shown = say("2問目の回答例をください").get(0);
        assertThat(shown.topic()).isEqualTo("interview/example");
        assertThat(shown.parts().get(0).toString()).contains(KB.catalog(Lang.JA).question(second).orElseThrow().question())
                .contains("答える前に");
        // a number past those asked: which ones were, instead of the help page
        var past = say("4問目の模範解答を見せて").get(0);
        assertThat(past.topic()).isEqualTo("interview/summary");
        assertThat(past.parts().get(0).toString()).contains("2問目まで");
    }

    @Test
    void aQuestionOfTheLastInterviewIsFoundByItsOrdinalOrAQuotedPiece() {
        UserKey en = new UserKey("T", "U-trial30-en");
        advisor.command(en, "lang en");
        advisor.command(en, "interview network");
        var asked = store.get(en).interview().orElseThrow().questionIds();
        var catalog = KB.catalog(Lang.EN);
        advisor.message(en, "I like keeping systems stable, and I have practised with Linux at home for three months.", "a1");
        advisor.message(en, "I studied the basics of routing with a home router.", "a2");
        advisor.message(en, "stop", "a3");
        // "my first answer": the first question, as "the first question" always was
        var why = advisor.message(en, "wait, why did my first answer only get so few points??", "a4").replies().get(0);
        assertThat(why.topic()).isEqualTo("interview/example");
        assertThat(why.title()).contains(catalog.question(asked.get(0)).orElseThrow().question());
        // a piece of the second question's own words in quotes
        String second = catalog.question(asked.get(1)).orElseThrow().question();
        // long enough to be the second's alone: questions drawn at random may open with the same words ("Explain the
        // difference between TCP…" and "…between NAT…"), so the piece must belong to no other question asked
        List<String> others = asked.stream().filter(id -> !id.equals(asked.get(1)))
                .map(id -> catalog.question(id).orElseThrow().question()).toList();
        int length = Math.min(24, second.length());
        while (length < second.length()) {
            String candidate = second.substring(0, length);
            if (others.stream().noneMatch(o -> o.contains(candidate))) {
                break;
            }
            length++;
        }
        String piece = second.substring(0, length);
        var quoted = advisor.message(en, "can I see a model answer for the '" + piece + "' one?", "a5").replies().get(0);
        assertThat(quoted.topic()).isEqualTo("interview/example");
        assertThat(quoted.title()).contains(second);
    }

    @Test
    void aModelAnswerAskedForByTheQuestionsWordsNeedsNoInterview() {
        UserKey en = new UserKey("T", "U-trial30-model");
        advisor.command(en, "lang en");
        var reply = advisor.message(en, "can I see a model answer for the 'why did you apply to us' question?", "m").replies().get(0);
        assertThat(reply.topic()).isEqualTo("interview/example");
        assertThat(reply.title()).contains(KB.catalog(Lang.EN).question("why-company").orElseThrow().question());
    }

    @Test
    void aWholeInterviewAskedForDuringOneQuestionStartsIt() {
        for (String ask : List.of("1問だけじゃなくて本番みたいに通しでやりたいんすけど", "一問じゃなくて、全部の質問を通しでお願いできますか",
                "can we do the full interview instead?")) {
            UserKey u = new UserKey("T", "U-trial30-full-" + ask.length());
            advisor.command(u, "interview night-alert");
            assertThat(store.get(u).interview().orElseThrow().questionIds()).as(ask).hasSize(1);
            advisor.message(u, ask, "f");
            var running = store.get(u).interview().orElseThrow();
            assertThat(running.questionIds().size()).as(ask).isGreaterThan(1);
            assertThat(running.results()).as(ask).isEmpty();
        }
    }
}
