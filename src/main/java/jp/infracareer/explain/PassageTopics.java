package jp.infracareer.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.Passage;
import jp.infracareer.content.Passages;
import jp.infracareer.content.Tips;
import jp.infracareer.content.Ui;
import jp.infracareer.kernel.Commands;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.TopicIds;
import jp.infracareer.kernel.Reply.Action;
import jp.infracareer.kernel.Reply.Part;

/**
 * A specific question answered with the one section of a page that answers it: the section, a line naming
 * the page it comes from, and a "詳しく / More" button to the whole page. The reply keeps the page's topic
 * id, so what a user asked about is the same whichever way it was answered.
 */
public final class PassageTopics {
    private PassageTopics() {}

    public static Reply passage(Catalog c, String topic, String section) {
        Ui ui = c.ui();
        Passage p = Passages.find(c, topic, section)
                .orElseThrow(() -> new IllegalArgumentException("no passage " + topic + "#" + section));
        List<Part> parts = new ArrayList<>();
        if (!p.text().isBlank()) {
            parts.add(new Reply.Paragraph("", p.text().strip()));
        }
        if (!p.bullets().isEmpty()) {
            parts.add(new Reply.Bullets("", p.bullets()));
        }
        Map<String, Object> data = Map.of("passage", p.id(), "detail", "passage");
        if (topic.equals(Passages.TIP_TOPIC)) {
            Tips.Tip tip = c.tips().tips().stream().filter(t -> t.id().equals(section)).findFirst().orElseThrow();
            return new Reply(topic, ui.format("tip.title", "theme", ui.text("tip.category." + tip.category())), parts,
                    ui.text("tip.context"), List.of(new Action(ui.text("button.tip"), Commands.TIP)), data);
        }
        String page = Passages.pageTitle(c, topic);
        String title = p.heading().isBlank() ? page : ui.format("passage.title", "page", page, "heading", p.heading());
        String more = TopicIds.guideId(topic).map(Commands::guideMore).orElseGet(() -> Commands.forTopic(topic));
        return new Reply(topic, title, parts, ui.format("passage.context", "page", page),
                List.of(new Action(ui.text("guide.more"), more)), Map.of("passage", p.id(), "detail", "passage", Reply.MORE, more));
    }
}
