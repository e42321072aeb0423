package jp.infracareer.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.infracareer.advisor.Understanding;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The passage index is built at build time (BuildPassageIndex in process-classes) and read at start. These
 * tests hold the shipped one to what building it now would give: it is on the class path, it records the
 * fingerprint of the knowledge base shipped beside it (another knowledge base makes it stale, and a stale
 * one is not used), and it finds the same passages, with the same scores, as an index built afresh, for
 * every labelled passage question and every held-out phrasing, on every page and on none.
 */
class ShippedPassageIndexTest {
    private static KnowledgeBase kb;
    private static PassageIndex fresh;

    @BeforeAll
    static void buildTheReference() {
        kb = KnowledgeBase.load();
        fresh = PassageIndex.build(kb);
    }

    @Test
    void theBuildShipsAnIndexOfTheCurrentKnowledgeBase() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(Understanding.PASSAGES)) {
            assertThat(in).as("the build step writes " + Understanding.PASSAGES).isNotNull();
            assertThat(PassageIndex.recordedFingerprint(in)).as("built from another knowledge base or format: rebuild")
                    .isEqualTo(PassageIndex.fingerprint(kb));
        }
        assertThat(Understanding.shippedPassages(kb)).isPresent();
    }

    @Test
    void anIndexBuiltFromAnotherKnowledgeBaseIsNotUsed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fresh.write(out, "0".repeat(64));
        assertThat(PassageIndex.read(new ByteArrayInputStream(out.toByteArray()), PassageIndex.fingerprint(kb))).isEmpty();
        assertThat(PassageIndex.read(new ByteArrayInputStream(out.toByteArray()), "0".repeat(64))).isPresent();
    }

    @Test
    void theShippedIndexAnswersAsOneBuiltNow() throws IOException {
        PassageIndex shipped = Understanding.shippedPassages(kb).orElseThrow();
        assertThat(shipped.sameWords(fresh)).as("analysed words of passages, names, generic words, synonyms").isTrue();
        List<String[]> questions = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("recognition/passage-questions.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length == 4) {
                    questions.add(new String[] {f[1], f[3]});
                }
            }
        }
        IntentAccuracyTest.read("recognition/intent-holdout.tsv").forEach(l -> questions.add(new String[] {l.lang(), l.text()}));
        assertThat(questions).hasSizeGreaterThan(300);
        Set<String> pages = new LinkedHashSet<>(Arrays.asList("role/infra", "role/cloud", "role/network", "stage/monitoring",
                "stages", "guide/salary", "guide/night-shift", "guide/certifications"));
        int hits = 0;
        for (String[] q : questions) {
            Lang lang = q[0].equals("en") ? Lang.EN : Lang.JA;
            assertThat(shipped.specificWords(q[1], lang, pages)).as(q[1]).isEqualTo(fresh.specificWords(q[1], lang, pages));
            assertThat(shipped.best(q[1], lang, null, List.of())).as(q[1]).isEqualTo(fresh.best(q[1], lang, null, List.of()));
            for (String page : pages) {
                var got = shipped.best(q[1], lang, page, List.of(page));
                assertThat(got).as(q[1] + " on " + page).isEqualTo(fresh.best(q[1], lang, page, List.of(page)));
                hits += got.isPresent() ? 1 : 0;
            }
        }
        assertThat(hits).as("the comparison found passages, not only nothing").isGreaterThan(100);
    }
}
