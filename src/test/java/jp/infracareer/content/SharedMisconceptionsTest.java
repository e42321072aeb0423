package jp.infracareer.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * A mistake caught in several questions is written once in rubrics.yml's {@code shared_misconceptions} and named by
 * its id in each question: reading the file puts the rule in its place, an unknown id fails loading, and a shared
 * rule is one that at least two questions name.
 */
class SharedMisconceptionsTest {
    private final ObjectMapper yaml = KnowledgeBase.yamlMapper();

    @Test
    void aReferenceBecomesTheSharedRuleInItsPlace() throws Exception {
        KnowledgeBase.RubricsFile file = yaml.readValue("""
                shared_misconceptions:
                  - id: nat-encrypts
                    when: [[NAT], [encrypts]]
                    correction: NAT rewrites addresses; it does not encrypt.
                rubrics:
                  - question: nat-scenario
                    structure: [conclusion]
                    concepts: [{id: a, label: A, synonyms: [x]}]
                    need: 1
                    misconceptions:
                      - id: local-first
                        when: [[DHCP], [translates]]
                        correction: DHCP hands out addresses.
                      - id: nat-encrypts
                """, KnowledgeBase.RubricsFile.class);

        List<Rubric.Misconception> rules = file.resolved().get(0).misconceptions();

        assertThat(rules).extracting(Rubric.Misconception::id).containsExactly("local-first", "nat-encrypts");
        assertThat(rules.get(1).when()).containsExactly(List.of("NAT"), List.of("encrypts"));
        assertThat(rules.get(1).correction()).isEqualTo("NAT rewrites addresses; it does not encrypt.");
        assertThat(rules).noneMatch(Rubric.Misconception::reference);
    }

    @Test
    void aReferenceToNoSharedRuleFailsLoadingAndSaysWhere() throws Exception {
        KnowledgeBase.RubricsFile file = dnsRubricWith("""
                - id: dns-typo
                """);

        assertThatThrownBy(file::resolved).hasMessageContaining("dns").hasMessageContaining("dns-typo");
    }

    @Test
    void aRuleWithACorrectionButNoWordsFailsLoadingInsteadOfMatchingEverySentence() throws Exception {
        KnowledgeBase.RubricsFile file = dnsRubricWith("""
                - id: no-words
                  correction: Something is wrong.
                """);

        assertThatThrownBy(file::resolved).hasMessageContaining("dns").hasMessageContaining("no-words");
    }

    /** A file of one rubric (question dns) whose misconception list is {@code misconceptions} (YAML list items). */
    private KnowledgeBase.RubricsFile dnsRubricWith(String misconceptions) throws Exception {
        String list = misconceptions.lines().map(l -> "      " + l).collect(Collectors.joining("\n"));
        return yaml.readValue("""
                rubrics:
                  - question: dns
                    structure: [conclusion]
                    concepts: [{id: a, label: A, synonyms: [x]}]
                    need: 1
                    misconceptions:
                """ + list + "\n", KnowledgeBase.RubricsFile.class);
    }

    @Test
    void everySharedRuleOfTheShippedRubricsIsNamedByTwoQuestionsOrMoreOrReadEverywhere() {
        for (Lang lang : Lang.values()) {
            KnowledgeBase.RubricsFile file = KnowledgeBase.read(yaml, "content/" + lang.code() + "/rubrics.yml",
                    KnowledgeBase.RubricsFile.class);
            Map<String, Long> named = file.rubrics().stream().flatMap(r -> r.misconceptions().stream())
                    .filter(Rubric.Misconception::reference)
                    .collect(Collectors.groupingBy(Rubric.Misconception::id, Collectors.counting()));
            assertThat(file.sharedMisconceptions()).as(lang + ": rules are shared").isNotEmpty();
            for (Rubric.Misconception rule : file.sharedMisconceptions()) {
                if (file.everywhere().contains(rule.id())) {
                    continue; // read in every question's answers
                }
                assertThat(named.getOrDefault(rule.id(), 0L)).as(lang + ": " + rule.id() + " named by").isGreaterThanOrEqualTo(2);
            }
            // what every question reads is the same in both languages
            assertThat(file.everywhere()).as(lang + " everywhere").isEqualTo(KnowledgeBase.read(yaml, "content/ja/rubrics.yml",
                    KnowledgeBase.RubricsFile.class).everywhere());
        }
    }
}
