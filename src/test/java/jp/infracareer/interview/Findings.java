package jp.infracareer.interview;

import java.util.List;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;

/** One answer to one question of the shipped bank, judged: for the tests of the checks that name wrong facts. */
final class Findings {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    private Findings() {}

    static Feedback judge(Lang lang, String question, String answer) {
        var catalog = KB.catalog(lang);
        return AnswerAnalyzer.analyze(catalog, catalog.question(question).orElseThrow(), answer);
    }

    /** The label under which the feedback lists a point of a question's rubric as covered or missing. */
    static String label(Lang lang, String question, String concept) {
        return KB.catalog(lang).rubric(question).orElseThrow().concepts().stream().filter(c -> c.id().equals(concept))
                .findFirst().orElseThrow().label();
    }

    /** The ids of what the answer is told it states wrongly. */
    static List<String> findings(Lang lang, String question, String answer) {
        return judge(lang, question, answer).misconceptions().stream().map(Feedback.Finding::id).toList();
    }

    /**
     * Right sentences a reviewer tried against new readings, each {language, question, reading id, sentence}: none is read
     * as that reading's slip under the question named.
     */
    static void leftAlone(List<String[]> cases) {
        for (String[] c : cases) {
            org.assertj.core.api.Assertions.assertThat(findings(Lang.valueOf(c[0]), c[1], c[3]))
                    .as(c[0] + " " + c[1] + ": " + c[3]).doesNotContain(c[2]);
        }
    }
}
