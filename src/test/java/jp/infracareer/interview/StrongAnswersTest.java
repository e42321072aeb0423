package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.content.KnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * Strong answers to the 23 non-technical questions (interview/strong-answers-14.yml: 69, ja and en, written blind
 * from a brief asking for what a naive checker might misread: pay, remote work or liking computers named as a
 * secondary point, a past mistake and its lesson, a bad approach quoted and rejected) are never told they show a
 * weak motive or wrong judgement, and are read as answering their question. Blind: 8 weak motives, 1 wrong
 * judgement, 4 read as off topic and 2 as answers to another question.
 */
class StrongAnswersTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();
    private static final List<JudgedAnswers.Answer> ANSWERS = JudgedAnswers.load("interview/strong-answers-14.yml");

    private static Feedback judge(JudgedAnswers.Answer a) {
        return JudgedAnswers.feedback(KB, a);
    }

    @Test
    void noStrongAnswerIsToldOfAWeakMotiveOrAMistake() {
        assertThat(ANSWERS).hasSize(69);
        List<String> flagged = ANSWERS.stream().filter(a -> {
            Feedback f = judge(a);
            return !f.weakMotives().isEmpty() || !f.misconceptions().isEmpty();
        }).map(JudgedAnswers.Answer::id).toList();
        assertThat(flagged).isEmpty();
    }

    @Test
    void strongAnswersAreNeverReadAsOffTopic() {
        List<String> off = ANSWERS.stream().filter(a -> judge(a).relevance() == Feedback.Relevance.OFF_TOPIC)
                .map(JudgedAnswers.Answer::id).toList();
        assertThat(off).isEmpty();
    }
}
