package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * Hand-labelled answers (good / fair / poor, both languages, interview/labelled-answers.yml) must be
 * ordered by the feedback score: every good answer above every poor one, and within each question
 * good above fair above poor.
 */
class LabelledAnswersTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();
    private static final List<String> ORDER = List.of("poor", "fair", "good");

    record Scored(String question, Lang lang, String label, int score, String text) {}

    static List<Scored> scoreAll() throws Exception {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(
                LabelledAnswersTest.class.getClassLoader().getResourceAsStream("interview/labelled-answers.yml"));
        List<Scored> scored = new ArrayList<>();
        for (JsonNode a : root.path("answers")) {
            Lang lang = Lang.parse(a.path("lang").asText()).orElseThrow();
            Catalog c = KB.catalog(lang);
            var q = c.question(a.path("question").asText()).orElseThrow();
            int score = AnswerAnalyzer.analyze(c, q, a.path("text").asText()).score();
            scored.add(new Scored(q.id(), lang, a.path("label").asText(), score, a.path("text").asText()));
        }
        return scored;
    }

    @Test
    void scoresOrderTheLabelledAnswers() throws Exception {
        List<Scored> all = scoreAll();
        all.forEach(s -> System.out.printf(Locale.ROOT, "%s %-18s %-4s %3d%n", s.lang().code(), s.question(), s.label(), s.score()));
        assertThat(all).hasSizeGreaterThanOrEqualTo(15);
        assertThat(all).extracting(Scored::label).contains("good", "fair", "poor");

        for (Lang lang : Lang.values()) {
            List<Scored> inLang = all.stream().filter(s -> s.lang() == lang).toList();
            int minGood = inLang.stream().filter(s -> s.label().equals("good")).mapToInt(Scored::score).min().orElseThrow();
            int maxPoor = inLang.stream().filter(s -> s.label().equals("poor")).mapToInt(Scored::score).max().orElseThrow();
            assertThat(minGood).as(lang + ": lowest good above highest poor").isGreaterThan(maxPoor);
            double good = mean(inLang, "good");
            double fair = mean(inLang, "fair");
            double poor = mean(inLang, "poor");
            assertThat(good).as(lang + " mean good > mean fair").isGreaterThan(fair);
            assertThat(fair).as(lang + " mean fair > mean poor").isGreaterThan(poor);
        }

        Map<String, List<Scored>> byQuestion = all.stream().collect(Collectors.groupingBy(s -> s.lang() + "/" + s.question()));
        byQuestion.forEach((question, answers) -> {
            for (Scored a : answers) {
                for (Scored b : answers) {
                    if (ORDER.indexOf(a.label()) > ORDER.indexOf(b.label())) {
                        assertThat(a.score()).as(question + ": " + a.label() + " above " + b.label()).isGreaterThan(b.score());
                    }
                }
            }
        });
    }

    private static double mean(List<Scored> list, String label) {
        return list.stream().filter(s -> s.label().equals(label)).mapToInt(Scored::score).average().orElseThrow();
    }
}
