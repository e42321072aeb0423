package jp.infracareer.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.infracareer.advisor.Understanding;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * The intent model is trained at build time (TrainIntentModel in process-classes) and read at start. These
 * tests hold it to what training now would give: it is on the class path, it records the fingerprint of the
 * corpus shipped beside it (a changed corpus or training makes it stale, and a stale one is not used), and
 * its plain-array predictions equal Tribuo's own model's on every corpus line and every held-out question.
 */
class ShippedIntentModelTest {
    private static List<IntentModel.Example> corpus;
    private static Model<Label> tribuo;
    private static Analyzer analyzer;

    @BeforeAll
    static void trainTheReference() {
        corpus = Understanding.corpus();
        analyzer = IntentModel.analyzer();
        tribuo = LogisticIntents.trainTribuo(corpus, t -> IntentModel.features(analyzer, t, IntentModel.WORDS,
                IntentModel.GRAMS, IntentModel.STEMS));
    }

    @Test
    void theBuildShipsAModelTrainedFromTheCurrentCorpus() throws IOException {
        try (var in = getClass().getClassLoader().getResourceAsStream(Understanding.MODEL)) {
            assertThat(in).as("the build step writes " + Understanding.MODEL).isNotNull();
            assertThat(IntentModel.recordedFingerprint(in)).as("trained from another corpus or another training: rebuild")
                    .isEqualTo(Understanding.corpusFingerprint());
        }
        assertThat(Understanding.shippedModel()).isPresent();
    }

    @Test
    void aModelTrainedFromAnotherCorpusIsNotUsed() throws IOException {
        IntentModel small = IntentModel.train(corpus.subList(0, 200));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        small.write(out, IntentModel.fingerprint("another corpus".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(IntentModel.read(new ByteArrayInputStream(out.toByteArray()), Understanding.corpusFingerprint())).isEmpty();
        assertThat(IntentModel.fingerprint(new byte[] {1})).isNotEqualTo(IntentModel.fingerprint(new byte[] {2}));
    }

    @Test
    void theShippedModelPredictsAsTribuoDoes() throws IOException {
        IntentModel shipped = Understanding.shippedModel().orElseThrow();
        List<String> texts = new ArrayList<>();
        corpus.forEach(e -> texts.add(e.text()));
        IntentAccuracyTest.read("recognition/intent-holdout.tsv").forEach(l -> texts.add(l.text()));
        texts.addAll(List.of("今日の天気は？", "", "zzzz qqqq"));
        for (String text : texts) {
            Map<String, Double> expected = sorted(LogisticIntents.rankWithTribuo(tribuo, IntentModel.features(analyzer,
                    text.length() > 400 ? text.substring(0, 400) : text, IntentModel.WORDS, IntentModel.GRAMS, IntentModel.STEMS)));
            Map<String, Double> got = sorted(text.isBlank() ? List.of() : shipped.rank(text.length() > 400 ? text.substring(0, 400) : text));
            assertThat(got.keySet()).as(text).isEqualTo(expected.keySet());
            expected.forEach((intent, p) -> assertThat(got.get(intent)).as(text + " / " + intent).isCloseTo(p, within(1e-9)));
        }
    }

    @Test
    void theShippedModelKnowsTheWordsTheCorpusIndexKnows() {
        IntentModel shipped = Understanding.shippedModel().orElseThrow();
        // coverage was the share of a message's words with a document frequency in the examples' Lucene index
        IntentModel indexed = IntentModel.train(corpus, IntentModel.Kind.KNN, 12, IntentModel.WORDS);
        for (String text : List.of("監視ってどんな仕事？", "今日の天気は？", "xyzzy plugh", "What does a cloud engineer do?",
                "ネットワークとサーバーの違いは")) {
            assertThat(shipped.coverage(text)).as(text).isEqualTo(indexed.coverage(text));
        }
        assertThat(shipped.coverage("xyzzy plugh")).isLessThan(Understanding.COVERAGE);
    }

    @Test
    void aModelFileNamingAFeatureTwiceIsRefused() throws IOException {
        // the weights are found by each feature's position: a name given twice would shift every later one
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = new java.io.DataOutputStream(bytes)) {
            out.writeInt(1);
            out.writeUTF("role");
            out.writeDouble(0.5);
            out.writeInt(3);
            for (String feature : List.of("w:監視", "w:設計", "w:監視")) {
                out.writeUTF(feature);
            }
            for (int i = 0; i < 3; i++) {
                out.writeDouble(1.0);
            }
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LinearIntents.read(new java.io.DataInputStream(
                new ByteArrayInputStream(bytes.toByteArray())))).isInstanceOf(IOException.class).hasMessageContaining("feature 2");
    }

    private static Map<String, Double> sorted(List<Map.Entry<String, Double>> ranked) {
        Map<String, Double> m = new TreeMap<>();
        ranked.forEach(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }
}
