package jp.infracareer.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One spacing rule for Japanese content, as most Japanese style guides have it: no space between Japanese
 * and Latin letters or digits (「LinuxとWindows Server」, 「RHEL系」). Exempt: comments, lines that show a
 * command to type (/career help で…), and a command-line option before Japanese (「tail -f でログを…」).
 */
class JapaneseSpacingTest {
    private static final String JAPANESE = "[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}ー]";
    private static final Pattern SPACED = Pattern.compile(
            "(?<=" + JAPANESE + ")[ \\t]+(?=[A-Za-z0-9])|(?<!\\s-[A-Za-z]{1,20})(?<=[A-Za-z0-9])[ \\t]+(?=" + JAPANESE + ")");

    @Test
    void japaneseContentHasNoSpaceBetweenJapaneseAndLatinText() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/content/ja"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.strip().startsWith("#") || line.contains("/career")) {
                        continue;
                    }
                    var m = SPACED.matcher(line);
                    if (m.find()) {
                        int from = Math.max(0, m.start() - 12);
                        problems.add(file.getFileName() + ":" + (i + 1) + " …" + line.substring(from, Math.min(line.length(), m.end() + 12)) + "…");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theRuleCatchesBothDirections() {
        assertThat(SPACED.matcher("Linux と Windows").find()).isTrue();
        assertThat(SPACED.matcher("RHEL 系").find()).isTrue();
        assertThat(SPACED.matcher("Windows Server の基本").find()).isTrue();
        assertThat(SPACED.matcher("LinuxとWindows Server").find()).isFalse();
        assertThat(SPACED.matcher("tail -f でログ").find()).isFalse();
    }
}
