package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.content.KnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * Answers that are all technically correct (interview/correct-answers-13.yml: 96 over the 16 technical and
 * understanding questions, ja and en, written blind from a brief that asked for rich, detailed answers with
 * contrasts, numbers and corrected misunderstandings) are never told they state something wrong. Blind, on the
 * scorer with the rules written from the subject merged in, 14 of the 96 were (a QUIC aside read as UDP resending,
 * TCP/IP read as ping over TCP, 「分からなければ…フラッディング」 read as a hub...); the rules were narrowed on them.
 */
class CorrectAnswersTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    @Test
    void noCorrectAnswerIsToldItIsWrong() {
        List<JudgedAnswers.Answer> answers = JudgedAnswers.load("interview/correct-answers-13.yml");
        assertThat(answers).hasSize(96);
        List<String> flagged = answers.stream().filter(a -> !JudgedAnswers.feedback(KB, a).misconceptions().isEmpty())
                .map(JudgedAnswers.Answer::id).toList();
        assertThat(flagged).as("correct answers flagged as wrong").isEmpty();
    }

    @Test
    void correctAnswersAreReadAsAnsweringTheirQuestion() {
        for (JudgedAnswers.Answer a : JudgedAnswers.load("interview/correct-answers-13.yml")) {
            assertThat(JudgedAnswers.feedback(KB, a).relevance()).as(a.id()).isEqualTo(Feedback.Relevance.ON_TOPIC);
        }
    }
}
