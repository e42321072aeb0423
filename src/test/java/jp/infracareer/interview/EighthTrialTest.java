package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.judge;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.state.InterviewSession;
import org.junit.jupiter.api.Test;

/**
 * What the eighth newcomer trial (session 26) found in the interview's feedback, in other words than the trial's:
 * work the speaker does in their current job was no episode, and an answer that made no point was asked a follow-up
 * about what it never said. (A model answer asked for an earlier question is in {@link AnswerJudgementTest}.)
 */
class EighthTrialTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    @Test
    void whatTheSpeakerDoesInTheirCurrentJobIsAnEpisode() {
        Feedback ja = judge(Lang.JA, "night-shift", "はい、対応できます。現職の介護施設でも月に4回ほど夜勤に入っていて、仮眠の取り方には慣れています。"
                + "入社後も、夜勤明けは予定を入れずに休むようにして、体調を崩さずに続けたいです。");
        assertThat(ja.points()).filteredOn(p -> p.id().equals("episode")).extracting(Feedback.Point::status)
                .containsAnyOf(Feedback.Status.MET, Feedback.Status.PARTIAL);
        Feedback en = judge(Lang.EN, "night-shift", "Yes, I can. In my current job at a hotel front desk I cover the night"
                + " shift about four times a month. I'd keep the same routine here and sleep before every night shift.");
        assertThat(en.points()).filteredOn(p -> p.id().equals("episode")).extracting(Feedback.Point::status)
                .containsAnyOf(Feedback.Status.MET, Feedback.Status.PARTIAL);
    }

    @Test
    void anAnswerThatMadeNoPointIsNotAskedAFollowUpAboutIt() {
        Catalog ja = KB.catalog(Lang.JA);
        var question = ja.question("cert-plan").orElseThrow();
        InterviewSession s = new InterviewSession("s1", "general", List.of("cert-plan"), 0, List.of(),
                java.time.Instant.EPOCH, "", Lang.JA);
        String heading = ja.ui().text("interview.follow_up_heading");

        Feedback none = AnswerAnalyzer.analyze(ja, question, "いえ、特に持っていないです。そのうち何か受けようかと思っています。");
        assertThat(none.covered()).isEmpty();
        assertThat(titles(InterviewReplies.feedback(ja, question, none, s, false))).doesNotContain(heading);

        Feedback some = AnswerAnalyzer.analyze(ja, question, "今年の春にLinuC レベル1に合格しました。次は8月にAWSのクラウドプラクティショナーを受ける予定です。");
        assertThat(some.covered()).isNotEmpty();
        assertThat(titles(InterviewReplies.feedback(ja, question, some, s, false))).contains(heading);
    }

    /** Which earlier question a model-answer request names (a review: names shared by two questions, steps back, numbers). */
    @Test
    void anEarlierQuestionIsNamedByItsLongestNameByStepsBackOrByANumberAskedSoFar() {
        Catalog ja = KB.catalog(Lang.JA);
        InterviewSession s = new InterviewSession("s2", "general", List.of("night-shift", "overtime-oncall", "night-alert", "dns"), 2,
                List.of(), java.time.Instant.EPOCH, "", Lang.JA);
        // 「夜勤中のアラート」 names the waiting night-alert question, though 「夜勤」 alone names the night-shift one
        assertThat(EarlierQuestion.named(ja, s, "夜勤中のアラートの模範解答を見せて")).isEmpty();
        assertThat(EarlierQuestion.named(ja, s, "シフト勤務の質問の模範解答を見せて")).contains("night-shift");
        assertThat(EarlierQuestion.named(ja, s, "2つ前の質問の模範解答を見せて")).contains("night-shift");
        assertThat(EarlierQuestion.named(ja, s, "前の質問の模範解答を見せて")).contains("overtime-oncall");
        assertThat(EarlierQuestion.named(ja, s, "質問1の模範解答を見せて")).contains("night-shift");
        // a question not asked yet, or the waiting one by number, is no earlier question
        assertThat(EarlierQuestion.named(ja, s, "質問4の模範解答を見せて")).isEmpty();
        assertThat(EarlierQuestion.named(ja, s, "質問3の模範解答を見せて")).isEmpty();
    }

    /** 「例えば…」 starts an answer; it is not a request for an example (a review of the widened example pattern). */
    @Test
    void anAnswerThatStartsWithForExampleIsNotARequestForOne() {
        InterviewWords words = new InterviewWords(KB);
        assertThat(words.control("例えば研修について知りたいです")).isEmpty();
        assertThat(words.control("例を見せてください")).contains(jp.infracareer.kernel.InterviewControl.EXAMPLE);
    }

    private static List<String> titles(Reply r) {
        return r.parts().stream().map(EighthTrialTest::title).toList();
    }

    private static String title(Reply.Part p) {
        return p instanceof Reply.Paragraph para ? para.heading() : p instanceof Reply.Bullets b ? b.heading() : "";
    }
}
