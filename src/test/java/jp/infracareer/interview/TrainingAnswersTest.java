package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build ships the training answers as JSON (advisor/ShipTrainingAnswers); the models must learn from exactly
 * what the YAML says, and a JSON made from other files must never be read.
 */
class TrainingAnswersTest {
    @Test
    void theShippedJsonHoldsEveryAnswerAsTheYamlSaysIt() throws Exception {
        String fingerprint = TrainingAnswers.fingerprint();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TrainingAnswers.writeShipped(out, fingerprint);
        assertThat(TrainingAnswers.recordedFingerprint(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(fingerprint);

        List<JsonNode> shipped = TrainingAnswers.fromShipped(new ByteArrayInputStream(out.toByteArray()), fingerprint).orElseThrow();
        List<JsonNode> yaml = TrainingAnswers.fromYaml();
        assertThat(yaml).hasSizeGreaterThan(2000);
        assertThat(shipped).isEqualTo(yaml);
    }

    @Test
    void aJsonMadeFromOtherFilesIsNotRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TrainingAnswers.writeShipped(out, "made-from-other-files");
        assertThat(TrainingAnswers.fromShipped(new ByteArrayInputStream(out.toByteArray()), TrainingAnswers.fingerprint())).isEmpty();
    }

    @Test
    void theBuildShipsItAndTheModelsReadIt() throws Exception {
        // process-classes wrote it from these very files, so the first interview never parses the YAML
        try (var in = TrainingAnswers.class.getClassLoader().getResourceAsStream(TrainingAnswers.SHIPPED)) {
            assertThat(in).as("target/classes/" + TrainingAnswers.SHIPPED + " (mvn process-classes)").isNotNull();
            assertThat(TrainingAnswers.recordedFingerprint(in)).isEqualTo(TrainingAnswers.fingerprint());
        }
        assertThat(TrainingAnswers.read()).isEqualTo(TrainingAnswers.fromYaml());
    }

    @Test
    void somethingElseIsRefusedRatherThanMisread() {
        byte[] notShipped = "{\"fingerprint\":\"x\",\"files\":{}}".getBytes(StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TrainingAnswers.fromShipped(new ByteArrayInputStream(notShipped), "x"))
                .isInstanceOf(java.io.IOException.class);
    }
}
