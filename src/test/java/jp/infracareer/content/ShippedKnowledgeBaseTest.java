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
    void aFileInAJarIsFingerprintedByItsDirectoryAsTheSameFileInAFolder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // the build fingerprints target/classes; a replica started from the jar reads the jar's directory instead
        byte[] yaml = "roles:\n  - id: infra\n    name: インフラエンジニア\n".repeat(50).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Path file = dir.resolve("roles.yml");
        java.nio.file.Files.write(file, yaml);
        java.nio.file.Path jar = dir.resolve("app.jar");
        try (var out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry("content/ja/roles.yml"));
            out.write(yaml);
            out.closeEntry();
        }
        long[] inFolder = ShippedJson.sizeAndCrc(file.toUri().toURL());
        long[] inJar = ShippedJson.sizeAndCrc(java.net.URI.create("jar:" + jar.toUri() + "!/content/ja/roles.yml").toURL());
        assertThat(inJar).containsExactly(inFolder);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(yaml);
        assertThat(inFolder).containsExactly(yaml.length, crc.getValue());
        // one byte changed, same length: another fingerprint
        yaml[10] = (byte) 'X';
        java.nio.file.Files.write(file, yaml);
        assertThat(ShippedJson.sizeAndCrc(file.toUri().toURL())).isNotEqualTo(inFolder);
    }
}
