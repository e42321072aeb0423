package jp.infracareer.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * asked.yml, the questions each passage answers (searched beside its words): every passage has some in both
 * languages, every id names a passage, and each question is one a user could type in one chat line.
 */
class AskedContentTest {
    private static final int MAX_CHARS = 160;
    private final KnowledgeBase kb = KnowledgeBase.load();

    @Test
    void everyPassageHasQuestionsInBothLanguagesAndEveryIdIsAPassage() {
        for (Lang lang : Lang.values()) {
            Catalog c = kb.catalog(lang);
            Set<String> ids = Passages.of(c).stream().map(Passage::id).collect(java.util.stream.Collectors.toSet());
            Map<String, List<String>> asked = c.asked();
            assertThat(asked.keySet()).as(lang + ": ids that name no passage").isSubsetOf(ids);
            assertThat(ids).as(lang + ": passages without questions").isSubsetOf(asked.keySet());
            asked.forEach((id, questions) -> assertThat(questions).as(lang + " " + id).hasSizeGreaterThanOrEqualTo(2));
        }
    }

    @Test
    void eachQuestionIsOneShortLineAndNoneRepeats() {
        for (Lang lang : Lang.values()) {
            Set<String> seen = new HashSet<>();
            kb.catalog(lang).asked().forEach((id, questions) -> questions.forEach(q -> {
                assertThat(q).as(lang + " " + id).isNotBlank().hasSizeLessThanOrEqualTo(MAX_CHARS).doesNotContain("\n");
                assertThat(seen.add(q)).as(lang + " " + id + " repeats: " + q).isTrue();
            }));
        }
    }
}
