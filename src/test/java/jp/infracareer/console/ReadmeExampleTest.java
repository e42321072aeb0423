package jp.infracareer.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's example exchanges are what the console really prints: each is replayed through the console as a user
 * types it, and every line the README shows of the feedback must come out, in the same order. (An earlier example
 * had drifted to a score the scorer no longer gave.)
 */
class ReadmeExampleTest {

    /** One exchange of the README: the question asked, the answer typed and the feedback lines shown. */
    record Exchange(String command, String answer, List<String> shown) {}

    @Test
    void theReadmesInterviewExchangesArePrintedAsShown() throws Exception {
        List<Exchange> exchanges = exchanges(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        assertThat(exchanges).as("README exchanges after 'Two real exchanges:'").hasSizeGreaterThanOrEqualTo(2);
        for (Exchange exchange : exchanges) {
            ConsoleChatProcessTest.Result result = ConsoleChatProcessTest.run(List.of("chat"), Map.of(),
                    exchange.command() + "\n" + exchange.answer() + "\n");
            assertThat(result.exit()).isZero();
            int from = 0;
            for (String line : exchange.shown()) {
                int at = result.stdout().indexOf(line, from);
                assertThat(at).as("README line printed after the previous one: " + line).isGreaterThanOrEqualTo(0);
                from = at + line.length();
            }
        }
    }

    /** The exchanges of the code block that follows "Two real exchanges:". */
    private static List<Exchange> exchanges(String readme) {
        int start = readme.indexOf("```", readme.indexOf("Two real exchanges:"));
        int end = readme.indexOf("```", start + 3);
        List<Exchange> out = new ArrayList<>();
        String command = null;
        String answer = null;
        List<String> shown = new ArrayList<>();
        boolean inFeedback = false;
        for (String line : readme.substring(start + 3, end).split("\n")) {
            if (line.startsWith("> interview")) {
                command = line.substring(2).strip();
                answer = null;
            } else if (line.startsWith("> ") && command != null) {
                answer = line.substring(2).strip();
            } else if (line.startsWith("== ") && answer != null) {
                inFeedback = true;
                shown = new ArrayList<>(List.of(line.strip()));
            } else if (inFeedback && (line.strip().equals("…") || line.startsWith("["))) {
                out.add(new Exchange(command, answer, shown));
                inFeedback = false;
                command = null;
            } else if (inFeedback && !line.isBlank()) {
                shown.add(line.strip());
            }
        }
        return out;
    }
}
