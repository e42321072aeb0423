package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The interview models the build learns once and ships (models/judgement-*.bin), read instead of learnt at start. */
class ShippedModelsTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    private static byte[] written(String fingerprint, String bankKey, PhraseTable.Models models) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShippedModels.write(out, fingerprint, bankKey, models);
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void theShippedModelsAreTheOnesLearntFromTheTrainingAnswers(Lang lang) throws Exception {
        Catalog catalog = KB.catalog(lang);
        byte[] shipped;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ShippedModels.resource(catalog))) {
            assertThat(in).as(ShippedModels.resource(catalog) + " (mvn process-classes)").isNotNull();
            shipped = in.readAllBytes();
        }
        byte[] learnt = written(ShippedModels.fingerprint(catalog), ShippedModels.bankKey(catalog), PhraseTable.learnModels(catalog));
        assertThat(shipped).as("the file the build wrote, against learning now from the same answers").isEqualTo(learnt);
        assertThat(ShippedModels.read(catalog)).as("read for the bank it was made for").isPresent();
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void whatIsReadBackReadsAnswersAsWhatWasLearnt(Lang lang) throws Exception {
        Catalog catalog = KB.catalog(lang);
        PhraseTable.Models learnt = PhraseTable.learnModels(catalog);
        byte[] bytes = written("f1", ShippedModels.bankKey(catalog), learnt);
        PhraseTable.Models read = ShippedModels.read(new ByteArrayInputStream(bytes), "f1", ShippedModels.bankKey(catalog)).orElseThrow();
        assertThat(written("f1", ShippedModels.bankKey(catalog), read)).isEqualTo(bytes);
        String answer = lang == Lang.JA ? "アラートが出たので、手順書を見ずに自分の判断でサーバーを再起動し、報告は翌朝にしました。"
                : "When the alert came I restarted the server on my own and told my leader the next morning.";
        assertThat(read.judgement().score(answer)).isEqualTo(learnt.judgement().score(answer));
        assertThat(read.thinness().score(answer)).isEqualTo(learnt.thinness().score(answer));
        assertThat(read.strength().score(answer)).isEqualTo(learnt.strength().score(answer));
        assertThat(read.questions().leansTo(answer, "night-alert", "mistake"))
                .isEqualTo(learnt.questions().leansTo(answer, "night-alert", "mistake"));
        assertThat(read.questions().closestOther(answer, "night-alert")).isEqualTo(learnt.questions().closestOther(answer, "night-alert"));
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void aFileMadeForAnotherBankOrOtherAnswersIsNotUsed(Lang lang) throws Exception {
        Catalog catalog = KB.catalog(lang);
        byte[] bytes = written("f1", ShippedModels.bankKey(catalog), PhraseTable.learnModels(catalog));
        // a bank of other questions (a test's) learns its own models
        assertThat(ShippedModels.read(new ByteArrayInputStream(bytes), "f1", ShippedModels.bankKey(catalog) + "extra 1\n")).isEmpty();
        // training answers edited after the build, read from a folder
        assertThat(ShippedModels.read(new ByteArrayInputStream(bytes), "f2", ShippedModels.bankKey(catalog))).isEmpty();
        assertThat(ShippedModels.recordedFingerprint(new ByteArrayInputStream(bytes))).isEqualTo("f1");
        assertThat(ShippedModels.recordedFingerprint(new ByteArrayInputStream(new byte[0]))).isNull();
    }

    @org.junit.jupiter.api.Test
    void aBrokenFileIsAnErrorNotAModel() throws Exception {
        Catalog catalog = KB.catalog(Lang.EN);
        String key = ShippedModels.bankKey(catalog);
        byte[] bytes = written("f1", key, PhraseTable.learnModels(catalog));
        // cut short, or with bytes after the models (another format): read(Catalog) reports it and learns instead
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ShippedModels.read(
                new ByteArrayInputStream(java.util.Arrays.copyOf(bytes, bytes.length / 2)), "f1", key))
                .isInstanceOf(java.io.IOException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ShippedModels.read(
                new ByteArrayInputStream(java.util.Arrays.copyOf(bytes, bytes.length + 1)), "f1", key))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("more bytes");
        // a length no model has is refused before anything is allocated by it
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var data = new java.io.DataOutputStream(out);
        data.writeUTF("f1");
        data.writeUTF(key);
        data.writeInt(-7);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ShippedModels.read(new ByteArrayInputStream(out.toByteArray()), "f1", key))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("-7");
    }

    @org.junit.jupiter.api.Test
    void theFingerprintCoversTheCodeThatLearns() {
        // a change to how features are read or counted must not leave the models learnt by the old code in use
        assertThat(ShippedModels.LEARNING).contains("jp/infracareer/interview/JudgementModel.class",
                "jp/infracareer/interview/QuestionModel.class", "jp/infracareer/interview/AnswerText.class");
        ShippedModels.LEARNING.forEach(c -> assertThat(getClass().getClassLoader().getResource(c)).as(c).isNotNull());
    }
}
