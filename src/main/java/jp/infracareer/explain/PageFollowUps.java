package jp.infracareer.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.Guide;
import jp.infracareer.content.Passages;
import jp.infracareer.content.Role;
import jp.infracareer.content.Stage;
import jp.infracareer.content.Ui;
import jp.infracareer.kernel.Commands;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.Reply.Action;
import jp.infracareer.kernel.Reply.Paragraph;
import jp.infracareer.kernel.Reply.Part;
import jp.infracareer.kernel.TopicIds;

/**
 * What is said about a page just read, after it: 「長い」「3行で」 (the page made short) and 「それってマジ？」 (why it can be
 * trusted, with the dated sources of its figures, or that it is general advice and where to check it).
 */
public final class PageFollowUps {
    /** A short version is at most this many lines: what 「3行で」 asks for. */
    static final int SHORT_LINES = 3;

    private PageFollowUps() {}

    /**
     * A guide's one pick when it has one, else the first lines of its short answer; a role's or a stage's first lines.
     * Empty for a page that has nothing shorter (a tip, a comparison).
     */
    public static Optional<Reply> shorter(Catalog c, String topic) {
        Optional<String> text = TopicIds.guideId(topic).flatMap(c::guide)
                .map(g -> g.verdict().isEmpty() ? firstLines(g.answer()) : g.verdict())
                .or(() -> TopicIds.roleId(topic).flatMap(c::role).map(Role::summary).map(PageFollowUps::firstLines))
                .or(() -> TopicIds.stageId(topic).flatMap(c::stage).map(Stage::purpose).map(PageFollowUps::firstLines));
        Ui ui = c.ui();
        String page = Passages.pageTitle(c, topic);
        String more = more(topic);
        return text.filter(t -> !t.isBlank()).map(t -> new Reply(topic, ui.format("shorter.title", "page", page),
                List.of(new Paragraph("", t)), ui.format("shorter.context", "page", page),
                List.of(new Action(ui.text("guide.more"), more)), Map.of("detail", "shorter", Reply.MORE, more)));
    }

    /** Asked to shorten with no page shown before: one line saying what can be. */
    public static Reply nothingToShorten(Catalog c) {
        Ui ui = c.ui();
        return new Reply(TopicIds.FALLBACK, ui.text("shorter.nothing"), List.of(), "", HelpTopics.mainMenu(c), Map.of());
    }

    /**
     * The page stood by: a guide's facts with their year and source, or, for a page without any, that it is general
     * advice and where to check it.
     */
    public static Reply doubt(Catalog c, String topic) {
        Ui ui = c.ui();
        String page = Passages.pageTitle(c, topic);
        List<Guide.Fact> facts = TopicIds.guideId(topic).flatMap(c::guide).map(Guide::facts).orElse(List.of());
        List<Part> parts = new ArrayList<>();
        if (facts.isEmpty()) {
            parts.add(new Paragraph("", ui.text("doubt.general")));
        } else {
            parts.add(new Paragraph("", ui.text("doubt.sourced")));
            parts.add(new Reply.Bullets(ui.text("guide.facts_heading"), facts.stream()
                    .map(f -> ui.format("guide.fact", "text", f.text(), "year", String.valueOf(f.asOf()), "source", f.source()))
                    .toList()));
        }
        String more = more(topic);
        // the whole page lists sources only when it has facts
        return new Reply(topic, ui.format("doubt.title", "page", page), parts, facts.isEmpty() ? "" : ui.text("doubt.context"),
                List.of(new Action(ui.text("guide.more"), more)), Map.of("detail", "doubt"));
    }

    private static String more(String topic) {
        return TopicIds.guideId(topic).map(Commands::guideMore).orElseGet(() -> Commands.forTopic(topic));
    }

    /** The first lines of a text: its lines, or its sentences when it is one paragraph. */
    static String firstLines(String text) {
        List<String> lines = Arrays.stream(text.strip().split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() == 1) {
            lines = Arrays.stream(lines.get(0).split("(?<=[。！？!?])|(?<=\\.)\\s+")).map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
        }
        return String.join("\n", lines.subList(0, Math.min(SHORT_LINES, lines.size())));
    }
}
