package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Single sentences, each judged alone as an answer to its question (interview/misconception-sentences-51.yml and
 * -52.yml, each written blind; see their headers): a sentence stating a misconception should draw a finding, a right
 * sentence on the same subject none. The figures are held at the level reached, the held-out part (never read) apart
 * from the part tuned on, so that a change that makes either worse fails the build.
 */
class MisconceptionSentencesTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    /** caught / clean, of how many: {tuning wrong, tuning right, held-out wrong, held-out right}, for set 51. */
    private static final int[][] counts = new int[4][2];
    /** The same for set 52, whose held-out part is chosen differently (see its header). */
    private static final int[][] counts52 = new int[4][2];

    /** Which sentences of an item are held out: by item index, kind and index within the kind. */
    private interface HeldOut {
        boolean test(int item, boolean wrong, int i);
    }

    @BeforeAll
    static void judgeAll() throws IOException {
        judge("interview/misconception-sentences-51.yml", counts, (item, wrong, i) -> wrong ? i == 2 || i == 5 : i == 1 || i == 3);
        judge("interview/misconception-sentences-52.yml", counts52, (item, wrong, i) -> wrong ? i == 1 || i == 3 : item % 2 == 1);
    }

    private static void judge(String file, int[][] into, HeldOut heldOut) throws IOException {
        JsonNode items;
        try (InputStream in = MisconceptionSentencesTest.class.getClassLoader().getResourceAsStream(file)) {
            items = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        for (int n = 0; n < items.size(); n++) {
            JsonNode item = items.get(n);
            String question = item.path("question").asText();
            JsonNode wrong = item.path("wrong");
            for (int i = 0; i < wrong.size(); i++) {
                tally(into, heldOut.test(n, true, i) ? 2 : 0, !findings(question, wrong.get(i)).isEmpty());
            }
            JsonNode right = item.path("right");
            for (int i = 0; i < right.size(); i++) {
                tally(into, heldOut.test(n, false, i) ? 3 : 1, findings(question, right.get(i)).isEmpty());
            }
        }
    }

    private static void tally(int[][] into, int row, boolean asWanted) {
        into[row][1]++;
        if (asWanted) {
            into[row][0]++;
        }
    }

    private static java.util.List<Feedback.Finding> findings(String question, JsonNode sentence) {
        var catalog = KB.catalog(Lang.parse(sentence.path("lang").asText()).orElseThrow());
        var q = catalog.question(question).orElseThrow(() -> new AssertionError("no question " + question));
        return AnswerAnalyzer.analyze(catalog, q, sentence.path("text").asText()).misconceptions();
    }

    @Test
    void theSetIsWhatItsHeaderSays() {
        assertThat(counts[0][1]).isEqualTo(316);
        assertThat(counts[1][1]).isEqualTo(158);
        assertThat(counts[2][1]).isEqualTo(158);
        assertThat(counts[3][1]).isEqualTo(158);
        assertThat(counts52[0][1]).isEqualTo(182);
        assertThat(counts52[1][1]).isEqualTo(92);
        assertThat(counts52[2][1]).isEqualTo(182);
        assertThat(counts52[3][1]).isEqualTo(90);
    }

    @Test
    void wrongSentencesTunedOnStayCaught() {
        assertThat(counts[0][0]).as("tuning wrong sentences caught (blind 161)").isGreaterThanOrEqualTo(240);
    }

    @Test
    void rightSentencesTunedOnStayClean() {
        assertThat(counts[1][0]).as("tuning right sentences without a finding (blind 150)").isGreaterThanOrEqualTo(150);
    }

    @Test
    void theHeldOutPartStaysAtTheLevelReached() {
        assertThat(counts[2][0]).as("held-out wrong sentences caught (blind 52)").isGreaterThanOrEqualTo(56);
        assertThat(counts[3][0]).as("held-out right sentences without a finding (blind 146)").isGreaterThanOrEqualTo(146);
    }

    @Test
    void theSecondSetStaysAtTheLevelReached() {
        assertThat(counts52[0][0]).as("set 52 tuning wrong sentences caught (blind 127)").isGreaterThanOrEqualTo(164);
        assertThat(counts52[1][0]).as("set 52 tuning right sentences without a finding (blind 80)").isGreaterThanOrEqualTo(80);
        assertThat(counts52[2][0]).as("set 52 held-out wrong sentences caught (blind 97)").isGreaterThanOrEqualTo(100);
        assertThat(counts52[3][0]).as("set 52 held-out right sentences without a finding (blind 85)").isGreaterThanOrEqualTo(85);
    }
}
