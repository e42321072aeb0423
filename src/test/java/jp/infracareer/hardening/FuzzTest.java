package jp.infracareer.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import jp.infracareer.slack.BlockLimits;
import jp.infracareer.testing.BlockKitLimits;
import jp.infracareer.testing.FakeSlackApi;
import jp.infracareer.testing.RunningAdvisor;
import jp.infracareer.testing.SlackPayloads;
import org.junit.jupiter.api.Test;

/**
 * Generated input through the real server: slash-command texts, DM texts and malformed payloads. Fixed
 * seed; the count comes from -Dfuzz.count (default 10,000). Expect: no 5xx, no stack trace in the log and no
 * exception our own code had to catch (a signed but malformed payload refused with 400 is the one expected line),
 * every reply within Block Kit limits, and no user text left unescaped in mrkdwn.
 */
class FuzzTest {
    private static final long SEED = 20261122L;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] PIECES = {
        "<!channel>", "<!here>", "<!everyone>", "<@U12345>", "<#C123|general>", "<https://evil.example|click>",
        "<!subteam^S123>", "&lt;", "&amp;", "<script>alert(1)</script>", "{\"type\":\"event_callback\"}", "[1,2,{",
        "\u202Eevil\u202C", "مرحبا", "שלום", "😀👩‍💻🏳️‍🌈", "\u0000", "\u0007", "\r\n", "\t", "\uFEFF", "\u200B",
        "ｲﾝﾌﾗ", "サーバー", "監視", "compare", "比較", "interview", "面接", "求人", "fit", "診断", "hint", "終了",
        "lang", "en", "role", "stage", "day", "forget", "%00", "' OR 1=1 --", "${jndi:ldap://x}", "\\", "*bold*", "_x_",
        "〜", "ー", "\uD83D", "\uDE00", "ＡＷＳ", "netwrok", "  ", "#", "fit answer abc 3 whole", "interview skip #zzz"
    };

    @Test
    void generatedInputNeverBreaksTheServerOrEscapesIntoMrkdwn() throws Exception {
        int count = Integer.getInteger("fuzz.count", 10_000);
        Random random = new Random(SEED);
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<String> problems = new ArrayList<>();
        // with the advisor channel on, so thread replies and announcements are fuzzed too
        try (RunningAdvisor advisor = RunningAdvisor.start(Map.of("ADVISOR_CHANNEL_ID", "C0FUZZ001",
                "ADVISOR_USER_IDS", "UFUZZ000", "BROADCASTS_SCHEDULED", "false"))) {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            for (int i = 0; i < count; i++) {
                String user = String.format("UFUZZ%03d", i % 50);
                int kind = i % 10;
                if (kind < 5) {
                    String text = text(random);
                    var response = advisor.postSigned(SlackPayloads.slashCommand("/career", text, user, advisor.slack().responseUrl("fz")));
                    if (response.statusCode() >= 500 || response.statusCode() == 404) {
                        problems.add("command " + i + " -> " + response.statusCode());
                        continue;
                    }
                    check(problems, "command " + i, MAPPER.readTree(response.body()).path("blocks"));
                } else if (kind < 8) {
                    var event = SlackPayloads.directMessage(user, text(random), "fz-" + i);
                    if (kind == 7) {
                        event.put("channel", "C0FUZZ001").put("channel_type", "channel").put("thread_ts", "1700000000.000100");
                    }
                    String body = SlackPayloads.eventCallback("Ev-fz-" + i, event);
                    int status = advisor.postEvent(body, Map.of()).statusCode();
                    if (status != 200) {
                        problems.add("dm " + i + " -> " + status);
                    }
                } else {
                    String[] malformed = malformed(random, i);
                    int status = advisor.postSigned(malformed[0], malformed[1], System.currentTimeMillis() / 1000).statusCode();
                    if (status >= 500) {
                        problems.add("malformed " + i + " -> " + status + ": " + malformed[0].substring(0, Math.min(60, malformed[0].length())));
                    }
                }
            }
            // a graceful stop lets every acknowledged reply finish: after it, everything that will be sent was sent
            advisor.server().stop();
            for (FakeSlackApi.Call call : advisor.slack().calls("chat.postMessage")) {
                check(problems, "posted", call.blocks());
            }
            for (FakeSlackApi.Call call : advisor.slack().calls("response_url")) {
                check(problems, "responded", call.json().path("blocks"));
            }
        } finally {
            System.setErr(originalErr);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        // a stack trace, or a failure our own code caught and logged by class name, counts as unhandled
        List<String> traces = log.lines().filter(l -> l.startsWith("\tat ") || l.contains("Exception:")
                || (l.matches(".*(failed|could not [a-z ]+): [A-Za-z]*(Exception|Error)$") && !l.contains("refused a signed request")))
                .limit(5).toList();
        assertThat(traces).as("stack traces in the log").isEmpty();
        assertThat(problems).as("problems (first 20 of %d)", problems.size()).hasSizeLessThanOrEqualTo(0);
    }

    private static void check(List<String> problems, String where, JsonNode blocks) {
        if (blocks == null || blocks.isMissingNode() || blocks.isEmpty()) {
            return;
        }
        BlockKitLimits.violations(blocks, BlockLimits.MESSAGE_BLOCKS).forEach(p -> problems.add(where + ": " + p));
        String json = blocks.toString();
        for (String raw : new String[] {"<!", "<@", "<#", "<https://evil", "<script"}) {
            if (json.contains(raw)) {
                problems.add(where + ": unescaped " + raw);
            }
        }
    }

    static String text(Random random) {
        StringBuilder sb = new StringBuilder();
        int parts = random.nextInt(8);
        for (int p = 0; p < parts; p++) {
            switch (random.nextInt(4)) {
                case 0 -> sb.append(PIECES[random.nextInt(PIECES.length)]);
                case 1 -> {
                    int n = random.nextInt(20);
                    for (int k = 0; k < n; k++) {
                        sb.appendCodePoint(randomCodePoint(random));
                    }
                }
                case 2 -> sb.append(' ');
                default -> sb.append(PIECES[random.nextInt(PIECES.length)]).append(' ');
            }
        }
        if (random.nextInt(100) == 0) {
            sb.append("長".repeat(10_000));
        }
        return sb.toString();
    }

    private static int randomCodePoint(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> 0x20 + random.nextInt(0x5F);
            case 1 -> 0x3040 + random.nextInt(0x60);
            case 2 -> 0x4E00 + random.nextInt(0x5000);
            case 3 -> 0x1F300 + random.nextInt(0x300);
            default -> random.nextInt(0x2FFF);
        };
    }

    private static String[] malformed(Random random, int i) {
        String form = "application/x-www-form-urlencoded";
        String json = "application/json";
        return switch (random.nextInt(9)) {
            case 0 -> new String[] {"{\"type\":\"event_callback\"}", json};
            case 1 -> new String[] {"payload=%7Bbroken", form};
            case 2 -> new String[] {"{\"type\":\"event_callback\",\"event\":{\"type\":\"nonsense\"},\"event_id\":\"Ev-x" + i + "\"}", json};
            case 3 -> new String[] {"payload=" + java.net.URLEncoder.encode("{\"type\":\"block_actions\"}", StandardCharsets.UTF_8), form};
            case 4 -> new String[] {"payload=" + java.net.URLEncoder.encode("{\"type\":\"block_actions\",\"actions\":[{\"action_id\":\"open_topic_0\"}]}", StandardCharsets.UTF_8), form};
            case 5 -> new String[] {"command=%2Fcareer", form};
            case 6 -> new String[] {"{\"type\":\"unknown_type\"}", json};
            case 7 -> new String[] {"[1,2,3", json};
            default -> new String[] {text(random), random.nextBoolean() ? json : form};
        };
    }
}
