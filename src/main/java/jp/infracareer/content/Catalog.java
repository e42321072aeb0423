package jp.infracareer.content;

import jp.infracareer.kernel.Lang;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the advisor can say in one language. {@code asked}: per passage id ({@code topic#section}), questions
 * people ask that the passage answers (asked.yml), searched beside the passage's own words. {@code glossary}: the
 * terms a "what is X" question is answered with (glossary.yml).
 */
public record Catalog(
        Lang lang,
        List<Role> roles,
        List<Comparison> comparisons,
        Stages stages,
        Day day,
        List<InterviewQuestion> questions,
        FeedbackRules feedback,
        FitQuiz fit,
        Tips tips,
        Ui ui,
        List<Rubric> rubrics,
        Scoring scoring,
        List<Guide> guides,
        Map<String, List<String>> asked,
        List<GlossaryTerm> glossary) {

    public Optional<GlossaryTerm> term(String id) {
        return glossary.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Role> role(String id) {
        return roles.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Role requireRole(String id) {
        return role(id).orElseThrow(() -> new IllegalArgumentException("no role '" + id + "'"));
    }

    public Optional<Stage> stage(String id) {
        return stages.stages().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Stage requireStage(String id) {
        return stage(id).orElseThrow(() -> new IllegalArgumentException("no stage '" + id + "'"));
    }

    public Optional<InterviewQuestion> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Optional<Guide> guide(String id) {
        return guides.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public Optional<Rubric> rubric(String questionId) {
        return rubrics.stream().filter(r -> r.question().equals(questionId)).findFirst();
    }

    public Optional<Comparison> comparison(String a, String b) {
        return comparisons.stream().filter(c -> c.covers(a, b)).findFirst();
    }
}
