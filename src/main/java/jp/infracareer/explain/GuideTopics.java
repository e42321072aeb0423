package jp.infracareer.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.Guide;
import jp.infracareer.content.Ui;
import jp.infracareer.kernel.Commands;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.Reply.Action;
import jp.infracareer.kernel.Reply.Bullets;
import jp.infracareer.kernel.Reply.Paragraph;
import jp.infracareer.kernel.Reply.Part;
import jp.infracareer.kernel.TopicIds;

/**
 * A job seeker's practical question: first the short answer (a few lines and a "more" button, so a yes/no
 * question does not get a page), then on request the full page with its dated facts and their sources.
 */
public final class GuideTopics {
    private GuideTopics() {}

    public static Reply guide(Catalog c, Guide g, boolean full) {
        Ui ui = c.ui();
        List<Part> parts = new ArrayList<>();
        parts.add(new Paragraph("", g.answer().strip()));
        List<Action> actions = new ArrayList<>();
        if (full) {
            for (Guide.Section s : g.sections()) {
                if (!s.text().isBlank()) {
                    parts.add(new Paragraph(s.heading(), s.text().strip()));
                }
                if (!s.bullets().isEmpty()) {
                    parts.add(new Bullets(s.text().isBlank() ? s.heading() : "", s.bullets()));
                }
            }
            if (!g.facts().isEmpty()) {
                parts.add(new Bullets(ui.text("guide.facts_heading"), g.facts().stream()
                        .map(f -> ui.format("guide.fact", "text", f.text(), "year", String.valueOf(f.asOf()), "source", f.source()))
                        .toList()));
            }
        } else {
            actions.add(new Action(ui.text("guide.more"), Commands.guideMore(g.id())));
        }
        for (String related : g.related()) {
            actions.add(new Action(label(c, related), Commands.forTopic(related)));
        }
        return new Reply(TopicIds.guide(g.id()), g.title(), parts, ui.text(full ? "guide.context_full" : shortContext(ui, g)),
                actions, full ? Map.of("guide", g.id(), "detail", "full")
                        : Map.of("guide", g.id(), "detail", "short", Reply.MORE, Commands.guideMore(g.id())));
    }

    /** The short answer's note: without its reminder to check the latest figures when the answer itself says so. */
    private static String shortContext(Ui ui, Guide g) {
        String answer = g.answer().toLowerCase(java.util.Locale.ROOT);
        for (String said : ui.text("guide.caveat_said").split("\\|")) {
            if (!said.isBlank() && answer.contains(said.toLowerCase(java.util.Locale.ROOT))) {
                return "guide.context_plain";
            }
        }
        return "guide.context";
    }

    /** A button label for a related topic id, in the catalog's language. */
    static String label(Catalog c, String topicId) {
        Ui ui = c.ui();
        String[] p = topicId.split("/");
        return switch (p[0]) {
            case "guide" -> p.length > 1 ? c.guide(p[1]).map(Guide::title).orElse(topicId) : topicId;
            case "role" -> p.length > 1 ? c.role(p[1]).map(r -> ui.format("button.role", "name", r.shortName())).orElse(topicId)
                    : ui.text("button.roles");
            case "stage" -> p.length > 1 ? c.stage(p[1]).map(s -> ui.format("button.stage", "name", s.name())).orElse(topicId)
                    : ui.text("button.stages");
            case "compare" -> p.length > 2 ? ui.format("button.compare_pair", "a", c.role(p[1]).map(r -> r.shortName()).orElse(p[1]),
                    "b", c.role(p[2]).map(r -> r.shortName()).orElse(p[2])) : ui.text("button.compare_default");
            case "stages" -> ui.text("button.stages");
            case "roles" -> ui.text("button.roles");
            case "day" -> ui.text("button.day");
            case "interview" -> ui.text("button.interview");
            case "fit" -> ui.text("button.fit");
            case "jobpost" -> ui.text("button.jobpost");
            case "tip" -> ui.text("button.tip");
            case "help" -> ui.text("button.help");
            default -> topicId;
        };
    }
}
