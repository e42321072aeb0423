package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whether the feedback notices a rubric's point made in the candidate's own words, and does not credit one that
 * was not made: sentences written blind (interview/points-said-47.yml; its header says how), each analysed as an
 * answer to its question through the real path, and the point looked up in what the feedback lists as covered.
 * Every third sentence of each writer is held out: measured here, never read or tuned on. Figures and the tuning
 * part's misses go to target/points-said.txt.
 */
class PointsSaidTest {
    static final String FILE = "interview/points-said-47.yml";
    private static final KnowledgeBase KB = KnowledgeBase.load();

    /** One labelled sentence: it makes the point ("says") or only sits near it ("near"). */
    record Item(String question, String concept, Lang lang, boolean says, String text, boolean heldOut) {}

    private record Result(Item item, boolean credited) {}

    private static List<Result> results;

    @BeforeAll
    static void judgeAll() throws IOException {
        results = load().stream().map(item -> new Result(item, credited(item))).toList();
        StringBuilder out = new StringBuilder("Points said in other words (" + FILE + ")\n\n");
        for (boolean heldOut : new boolean[] {false, true}) {
            out.append(heldOut ? "held out" : "tuning").append(": points noticed ")
                    .append(count(heldOut, true, true)).append(" of ").append(count(heldOut, true, null))
                    .append(", near misses credited ").append(count(heldOut, false, true)).append(" of ")
                    .append(count(heldOut, false, null)).append('\n');
            for (Lang lang : Lang.values()) {
                out.append("  ").append(lang.code()).append(": noticed ")
                        .append(countIn(heldOut, lang, true, true)).append(" of ").append(countIn(heldOut, lang, true, null))
                        .append(", near credited ").append(countIn(heldOut, lang, false, true)).append(" of ")
                        .append(countIn(heldOut, lang, false, null)).append('\n');
            }
        }
        // only the tuning part's sentences are printed: the held-out part is never read
        out.append("\nmissed (tuning part):\n");
        results.stream().filter(r -> !r.item().heldOut() && r.item().says() && !r.credited()).forEach(r -> out.append(line(r)));
        out.append("\nnear misses credited (tuning part):\n");
        results.stream().filter(r -> !r.item().heldOut() && !r.item().says() && r.credited()).forEach(r -> out.append(line(r)));
        Path report = Path.of("target", "points-said.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out, StandardCharsets.UTF_8);
    }

    private static String line(Result r) {
        return "  " + r.item().question() + " " + r.item().concept() + " " + r.item().lang().code() + ": " + r.item().text() + "\n";
    }

    /** Analysed as a whole answer to its question, as a user's message is; credited when listed as covered. */
    static boolean credited(Item item) {
        return Findings.judge(item.lang(), item.question(), item.text()).covered()
                .contains(Findings.label(item.lang(), item.question(), item.concept()));
    }

    private static long count(boolean heldOut, boolean says, Boolean credited) {
        return countIn(heldOut, null, says, credited);
    }

    /** Sentences of one part ({@code lang} null: both languages), of one kind, credited or not ({@code credited} null: either). */
    private static long countIn(boolean heldOut, Lang lang, boolean says, Boolean credited) {
        return results.stream().filter(r -> (lang == null || r.item().lang() == lang) && r.item().heldOut() == heldOut
                && r.item().says() == says && (credited == null || r.credited() == credited)).count();
    }

    static List<Item> load() throws IOException {
        JsonNode root;
        try (InputStream in = PointsSaidTest.class.getClassLoader().getResourceAsStream(FILE)) {
            assertThat(in).as(FILE).isNotNull();
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        List<Item> items = new ArrayList<>();
        for (JsonNode n : root.get("items")) {
            String kind = n.get("kind").asText();
            assertThat(kind).isIn("says", "near");
            items.add(new Item(n.get("q").asText(), n.get("concept").asText(), Lang.parse(n.get("lang").asText()).orElseThrow(),
                    kind.equals("says"), n.get("text").asText(), n.get("heldout").asBoolean()));
        }
        return items;
    }

    @Test
    void everyPointOfEveryQuestionHasSentencesInBothLanguages() {
        for (Lang lang : Lang.values()) {
            Catalog catalog = KB.catalog(lang);
            Map<String, Long> perPoint = results.stream().filter(r -> r.item().lang() == lang)
                    .collect(Collectors.groupingBy(r -> r.item().question() + "/" + r.item().concept(), TreeMap::new, Collectors.counting()));
            List<String> expected = catalog.questions().stream()
                    .flatMap(q -> catalog.rubric(q.id()).orElseThrow().concepts().stream().map(c -> q.id() + "/" + c.id()))
                    .sorted().toList();
            assertThat(perPoint.keySet()).as(lang + ": every point of every question, and no other").containsExactlyElementsOf(expected);
            assertThat(perPoint.values()).as(lang + ": three sentences a point").allMatch(n -> n == 3);
        }
        assertThat(results.stream().filter(r -> r.item().heldOut()).count()).as("a held-out third").isBetween(
                results.size() / 3L - 40, results.size() / 3L + 40);
    }

    /**
     * The level reached, in points noticed and near misses credited, on each part (see the README for the blind
     * figures and what changed since). Raising a floor or lowering a ceiling is a measured step, not a target.
     */
    private static final Map<String, long[]> REACHED = Map.of(
            // blind, on 7262c01: tuning 374 of 492 noticed, 82 of 248 near misses credited; held out 202 of 248, 41 of 122
            // a part that says the point is not known or not done yet makes no point: near misses 82 -> 71, held out 41 -> 34
            // then 112 points' synonyms from the tuning part's misses: tuning noticed 374 -> 488, held out unchanged at 202
            // (the held-out sentences say the same points in other words again) and one more held-out near miss credited
            // and more ways of saying "not known yet" (「まだあまり詳しくない」, "know the word"): tuning near misses 71 -> 68
            // a point's topic named in passing (a concept's weak words without one of its with words) makes no point,
            // in 37 points (ja 17, en 20) of 10 technical questions: tuning near misses 68 -> 47; held out near misses
            // 35 -> 29 and one point said in other words no longer noticed (202 -> 201)
            // session 32 added the new region-az question's thirty sentences (writer 4), written blind after its synonyms:
            // blind, tuning 11 of 13 noticed and 0 of 7 near misses credited, held out 6 of 7 and 1 of 3; then two
            // synonyms' groups from the tuning part's two misses (cost against impact): tuning 13 of 13, held out the same
            "tuning", new long[] {504, 47},
            "held out", new long[] {207, 30});

    @Test
    void pointsSaidInOtherWordsAreNoticedAndNearMissesAreNot() {
        for (boolean heldOut : new boolean[] {false, true}) {
            long[] reached = REACHED.get(heldOut ? "held out" : "tuning");
            assertThat(count(heldOut, true, true)).as((heldOut ? "held out" : "tuning") + ": points noticed (see target/points-said.txt)")
                    .isGreaterThanOrEqualTo(reached[0]);
            assertThat(count(heldOut, false, true)).as((heldOut ? "held out" : "tuning") + ": near misses credited (see target/points-said.txt)")
                    .isLessThanOrEqualTo(reached[1]);
        }
    }
}
