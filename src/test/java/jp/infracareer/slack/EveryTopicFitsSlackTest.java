package jp.infracareer.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.List;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.kernel.Reply;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.content.Role;
import jp.infracareer.content.Stage;
import jp.infracareer.testing.BlockKitLimits;
import jp.infracareer.state.CaffeineConversationStore;
import jp.infracareer.kernel.UserKey;
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
        checked += interviewReplies(problems);
        checked += passageReplies(problems);
        assertThat(problems).isEmpty();
        assertThat(checked).isGreaterThan(2 * (7 * 7 + 6 + 6));
    }

    /** Every section a specific question can be answered with, in both languages. */
    private int passageReplies(List<String> problems) throws Exception {
        int checked = 0;
        for (Lang lang : Lang.values()) {
            var catalog = kb.catalog(lang);
            for (var p : jp.infracareer.content.Passages.of(catalog)) {
                Reply reply = jp.infracareer.explain.PassageTopics.passage(catalog, p.topic(), p.section());
                JsonNode blocks = MAPPER.readTree(GsonFactory.createSnakeCase().toJson(BlockKitRenderer.render(reply)));
                BlockKitLimits.violations(blocks, BlockLimits.MESSAGE_BLOCKS)
                        .forEach(v -> problems.add(lang + " passage " + p.id() + ": " + v));
                checked++;
            }
        }
        return checked;
    }

    /** Every question's prompt, hint and feedback (to a long answer full of mentions), and a summary. */
    private int interviewReplies(List<String> problems) throws Exception {
        int checked = 0;
        String hostile = "<!channel> <@U1> & " + "とても長い回答です。".repeat(400);
        for (Lang lang : Lang.values()) {
            var store = new CaffeineConversationStore(10, java.time.Duration.ofDays(1),
                    com.github.benmanes.caffeine.cache.Ticker.systemTicker());
            Advisor advisor = new Advisor(kb, store, lang);
            UserKey user = new UserKey("T1", "UI-" + lang.code());
            for (var q : kb.catalog(lang).questions()) {
                List<Reply> replies = new ArrayList<>(advisor.command(user, "interview " + q.id()).replies());
                replies.addAll(advisor.message(user, "hint", "").replies());
                replies.addAll(advisor.message(user, hostile, "m-" + q.id()).replies());
                for (Reply reply : replies) {
                    JsonNode blocks = MAPPER.readTree(GsonFactory.createSnakeCase().toJson(BlockKitRenderer.render(reply)));
                    BlockKitLimits.violations(blocks, BlockLimits.MESSAGE_BLOCKS)
                            .forEach(p -> problems.add(lang + " interview " + q.id() + " (" + reply.topic() + "): " + p));
                    if (blocks.toString().contains("<!channel>") || blocks.toString().contains("<@U1>")) {
                        problems.add(lang + " interview " + q.id() + ": user text not escaped");
                    }
                    checked++;
                }
            }
            List<Reply> session = new ArrayList<>(advisor.command(user, "interview").replies());
            for (int i = 0; i < 5; i++) {
                session.addAll(advisor.message(user, hostile, "s-" + i).replies());
            }
            assertThat(session.get(session.size() - 1).topic()).isEqualTo("interview/summary");
            for (Reply reply : session) {
                JsonNode blocks = MAPPER.readTree(GsonFactory.createSnakeCase().toJson(BlockKitRenderer.render(reply)));
                BlockKitLimits.violations(blocks, BlockLimits.MESSAGE_BLOCKS)
                        .forEach(p -> problems.add(lang + " session (" + reply.topic() + "): " + p));
                checked++;
            }
        }
        return checked;
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
        for (String guide : jp.infracareer.kernel.GuideIds.ALL) {
            commands.add("guide " + guide);
            commands.add("guide " + guide + " more");
        }
        commands.addAll(List.of("tip", "ありがとう", "hello", "interview example why-infra", "interview example nat-scenario"));
        for (var q : kb.catalog(Lang.JA).questions()) {
            commands.add("interview example " + q.id());
        }
        return commands;
    }

    @Test
    void aReplyThatSuggestsTopicsNeverOffersTheSameButtonTwice() {
        for (Lang lang : Lang.values()) {
            Advisor advisor = new Advisor(kb, new CaffeineConversationStore(10, java.time.Duration.ofDays(1),
                    com.github.benmanes.caffeine.cache.Ticker.systemTicker()), lang);
            UserKey user = new UserKey("T1", "U-dup-" + lang.code());
            // words near two intents that lead to one topic ("end" is close to both ways of asking for help)
            int fallbacks = 0;
            for (String text : List.of("end", "終了", "stop", "やめる", "asdfgh", "今日の天気は？")) {
                Reply reply = advisor.handle(user, text);
                fallbacks += reply.topic().equals(jp.infracareer.kernel.TopicIds.FALLBACK) ? 1 : 0;
                assertThat(reply.actions()).as(lang + " '" + text + "'").extracting(Reply.Action::command).doesNotHaveDuplicates();
                assertThat(reply.actions()).as(lang + " '" + text + "'").extracting(Reply.Action::label).doesNotHaveDuplicates();
            }
            assertThat(fallbacks).as(lang + ": some of these words are not understood and get suggestions").isPositive();
        }
    }
}
