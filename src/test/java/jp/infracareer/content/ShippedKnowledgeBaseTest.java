package jp.infracareer.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base the build ships as JSON (advisor/ShipKnowledgeBase) is the one its YAML files give, and
 * one made from other content files is not used.
 */
class ShippedKnowledgeBaseTest {
    @Test
    void theClassPathShipsTheKnowledgeBaseOfItsContentFiles() {
        assertThat(KnowledgeBase.shipped()).as("models/content.json made from these files (mvn process-classes)").isPresent();
    }

    @Test
    void theShippedKnowledgeBaseEqualsOneReadFromTheYaml() {
        KnowledgeBase shipped = KnowledgeBase.shipped().orElseThrow();
        KnowledgeBase fresh = KnowledgeBase.fromYaml();
        for (Lang lang : Lang.values()) {
            assertThat(shipped.catalog(lang)).as(lang.code()).usingRecursiveComparison().isEqualTo(fresh.catalog(lang));
            assertThat(shipped.catalog(lang).roles()).isEqualTo(fresh.catalog(lang).roles());
            assertThat(shipped.catalog(lang).rubrics()).isEqualTo(fresh.catalog(lang).rubrics());
            assertThat(shipped.catalog(lang).guides()).isEqualTo(fresh.catalog(lang).guides());
        }
        assertThat(shipped.aliases()).isEqualTo(fresh.aliases());
        assertThat(shipped.jobPostRules()).isEqualTo(fresh.jobPostRules());
    }

    @Test
    void whatTheBuildStepWritesReadsBackAsTheYamlDoes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KnowledgeBase.writeShipped(out, "f1");
        assertThat(KnowledgeBase.recordedFingerprint(new ByteArrayInputStream(out.toByteArray()))).isEqualTo("f1");
        KnowledgeBase read = KnowledgeBase.fromShipped(new ByteArrayInputStream(out.toByteArray()), "f1").orElseThrow();
        assertThat(read.catalog(Lang.JA)).usingRecursiveComparison().isEqualTo(KnowledgeBase.fromYaml().catalog(Lang.JA));
    }

    @Test
    void oneMadeFromOtherContentFilesIsNotUsed() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KnowledgeBase.writeShipped(out, "made-from-other-files");
        assertThat(KnowledgeBase.fromShipped(new ByteArrayInputStream(out.toByteArray()), KnowledgeBase.fingerprint())).isEmpty();
    }

    @Test
    void onlyJsonInAFolderIsCheckedAgainstTheContentFiles() throws Exception {
        // a folder (target/classes) may hold YAML edited after the last build; a jar was packaged after that step
        assertThat(ShippedJson.checked(java.net.URI.create("file:/app/target/classes/models/content.json").toURL())).isTrue();
        assertThat(ShippedJson.checked(java.net.URI.create("jar:file:/app/app.jar!/models/content.json").toURL())).isFalse();
        // the running tests read it from the folder, so they check it
        assertThat(ShippedJson.checked(KnowledgeBase.class.getClassLoader().getResource(KnowledgeBase.SHIPPED))).isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KnowledgeBase.writeShipped(out, "made-in-the-same-build");
        assertThat(KnowledgeBase.fromShipped(new ByteArrayInputStream(out.toByteArray()), null)).isPresent();
    }
}
