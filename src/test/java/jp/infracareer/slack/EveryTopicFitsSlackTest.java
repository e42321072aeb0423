package jp.infracareer.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.List;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.advisor.Reply;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.content.Lang;
import jp.infracareer.content.Role;
import jp.infracareer.content.Stage;
import jp.infracareer.testing.BlockKitLimits;
import jp.infracareer.state.CaffeineConversationStore;
import jp.infracareer.state.UserKey;
import org.junit.jupiter.api.Test;

/**
 * Walks every topic in both languages through the real engine and the real Block Kit renderer, serialises
 * the blocks as the SDK sends them, and checks every limit Slack enforces.
 */
class EveryTopicFitsSlackTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final KnowledgeBase kb = KnowledgeBase.load();

    @Test
    void everyTopicInBothLanguagesFitsBlockKitLimits() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Lang lang : Lang.values()) {
            Advisor advisor = new Advisor(kb, new CaffeineConversationStore(10, java.time.Duration.ofDays(1),
                    com.github.benmanes.caffeine.cache.Ticker.systemTicker()), lang);
            UserKey user = new UserKey("T1", "U-" + lang.code());
            for (String command : commands()) {
                Reply reply = advisor.handle(user, command);
                String json = GsonFactory.createSnakeCase().toJson(BlockKitRenderer.render(reply));
                JsonNode blocks = MAPPER.readTree(json);
                BlockKitLimits.violations(blocks, BlockLimits.MESSAGE_BLOCKS)
                        .forEach(p -> problems.add(lang + " '" + command + "' (" + reply.topic() + "): " + p));
                if (!blocks.path(0).path("block_id").asText().equals(reply.topic())) {
                    problems.add(lang + " '" + command + "': first block_id is not the topic id");
                }
                checked++;
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isGreaterThan(2 * (7 * 7 + 6 + 6));
    }

    private List<String> commands() {
        List<String> commands = new ArrayList<>(List.of("help", "roles", "stages", "day", "nonsense ???", "role xyz",
                "stage xyz", "compare infra infra", "lang", "x".repeat(5000)));
        for (Role a : kb.catalog(Lang.JA).roles()) {
            commands.add("role " + a.id());
            for (Role b : kb.catalog(Lang.JA).roles()) {
                if (!a.id().equals(b.id())) {
                    commands.add("compare " + a.id() + " " + b.id());
                }
            }
        }
        for (Stage s : kb.catalog(Lang.JA).stages().stages()) {
            commands.add("stage " + s.id());
        }
        return commands;
    }
}
