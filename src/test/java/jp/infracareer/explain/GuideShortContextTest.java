package jp.infracareer.explain;

import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A guide's short answer ends with a note; it reminds the reader to check the latest figures only when the answer
 * has not just said so itself (a trial read the same reminder under every answer, twice under the dated ones).
 */
class GuideShortContextTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    @ParameterizedTest
    @CsvSource({"ja,certifications,true", "en,certifications,true", "ja,salary,false", "en,salary,false",
            "ja,ses,false", "ja,age,false", "en,ses,false", "en,remote,false"})
    void theReminderToCheckIsGivenOnce(String lang, String guide, boolean answerSaysIt) {
        var c = KB.catalog(Lang.parse(lang).orElseThrow());
        var g = c.guide(guide).orElseThrow();
        var reply = GuideTopics.guide(c, g, false);
        String reminder = c.ui().text("guide.context");
        String plain = c.ui().text("guide.context_plain");
        assertThat(reply.context()).isEqualTo(answerSaysIt ? plain : reminder);
        // the plain note is the reminder's first part: the way to the whole page is kept either way
        assertThat(reminder).startsWith(plain);
    }
}
