package jp.infracareer.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.Guide;
import jp.infracareer.content.Ui;
import jp.infracareer.kernel.Commands;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.Reply.Action;
import jp.infracareer.kernel.Reply.Paragraph;
import jp.infracareer.kernel.TopicIds;

/**
 * 「で、結局どれ？」: one pick, for someone who has read a page of choices and asks to be told just one. A page of
 * choices gives its own (a guide's verdict); roles named beside the question get where to start among them.
 */
public final class VerdictTopics {
    private VerdictTopics() {}

    /** The guide's one pick, with the way back to its whole page; empty for a guide that weighs no choices. */
    public static Optional<Reply> guide(Catalog c, Guide g) {
        if (g.verdict().isEmpty()) {
            return Optional.empty();
        }
        Ui ui = c.ui();
        List<Action> actions = new ArrayList<>();
        actions.add(new Action(ui.text("guide.more"), Commands.guideMore(g.id())));
        g.related().stream().limit(2).forEach(r -> actions.add(new Action(GuideTopics.label(c, r), Commands.forTopic(r))));
        return Optional.of(new Reply(TopicIds.guide(g.id()), ui.format("verdict.title", "page", g.title()),
                List.of(new Paragraph("", g.verdict())), ui.format("verdict.context", "page", g.title()), actions,
                Map.of("guide", g.id(), "detail", "verdict", Reply.MORE, Commands.guideMore(g.id()))));
    }

    /** Where to start among the roles ("network or server? I can't tell"), with the roles named and the quiz. */
    public static Reply roles(Catalog c, List<String> named) {
        Ui ui = c.ui();
        List<Action> actions = new ArrayList<>();
        named.stream().limit(2).forEach(r -> actions.add(new Action(GuideTopics.label(c, TopicIds.role(r)), Commands.role(r))));
        actions.add(new Action(ui.text("button.fit"), Commands.FIT));
        return new Reply(TopicIds.ROLES, ui.text("verdict.roles_title"), List.of(new Paragraph("", ui.text("verdict.roles"))),
                ui.text("verdict.roles_context"), actions, Map.of());
    }
}
