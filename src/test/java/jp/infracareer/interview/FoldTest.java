package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Folding drops the spaces between Latin and Japanese letters ("chmod はファイルの…" reads as "chmodはファイルの…"). */
class FoldTest {
    /** What folding did with a regex before it became a loop: the loop must do the same to every text. */
    private static final Pattern AS_BEFORE = Pattern.compile(
            "(?<=[a-z0-9])\\s+(?=[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}ー])"
                    + "|(?<=[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}ー])\\s+(?=[a-z0-9])");

    @Test
    void spacesBetweenScriptsGoAndOthersStay() {
        assertThat(AnswerText.fold("chmod はファイルの権限を変える")).isEqualTo("chmodはファイルの権限を変える");
        assertThat(AnswerText.fold("ポート 22 番")).isEqualTo("ポート22番");
        assertThat(AnswerText.fold("ssh  \t でログイン")).isEqualTo("sshでログイン");
        assertThat(AnswerText.fold("use ssh to log in")).isEqualTo("use ssh to log in");
        assertThat(AnswerText.fold("サーバー 構築")).as("two Japanese words keep their space").isEqualTo("サーバー 構築");
        assertThat(AnswerText.fold("𠮷 abc")).as("a letter outside the basic plane").isEqualTo("𠮷abc");
        assertThat(AnswerText.fold("ab, あ")).isEqualTo("ab, あ");
    }

    @Test
    void everyLabelledAnswerFoldsAsTheRegexFoldedIt() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<String> texts = new ArrayList<>();
        for (String dir : List.of("interview/judged-answers.yml", "interview/judged-answers-tuning10.yml")) {
            Path folder = Path.of(Objects.requireNonNull(getClass().getClassLoader().getResource(dir)).toURI()).getParent();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("judged-answers")).toList()) {
                    yaml.readTree(file.toFile()).path("answers").forEach(a -> texts.add(a.path("text").asText()));
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(3000);
        int changed = 0;
        for (String text : texts) {
            String nfkc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
            String before = AS_BEFORE.matcher(nfkc).replaceAll("");
            assertThat(AnswerText.withoutSpacesBetweenScripts(nfkc)).as(text).isEqualTo(before);
            changed += before.equals(nfkc) ? 0 : 1;
        }
        assertThat(changed).as("answers that mix the scripts with spaces").isGreaterThan(20);
    }
}
