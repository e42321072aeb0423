package jp.infracareer.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/** English never says "1 points" or "1 hours": a count before a plural noun has a singular "_one" form. */
class EnglishCountsTest {
    private static final Pattern COUNTED_PLURAL = Pattern.compile("\\{\\w+\\} (points|hours|minutes|days|questions|answers)\\b");

    @Test
    void everyCountBeforeAPluralNounHasASingularForm() {
        Map<String, String> texts = KnowledgeBase.load().catalog(Lang.EN).ui().texts();
        List<String> problems = new ArrayList<>();
        texts.forEach((key, text) -> {
            if (COUNTED_PLURAL.matcher(text).find() && !texts.containsKey(key + "_one")) {
                problems.add(key + ": " + text);
            }
        });
        assertThat(problems).isEmpty();
        assertThat(texts.get("interview.hours_one")).isEqualTo("{n} hour");
    }
}
