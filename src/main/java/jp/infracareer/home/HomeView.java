package jp.infracareer.home;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static jp.infracareer.slack.Mrkdwn.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import jp.infracareer.kernel.Commands;
import jp.infracareer.kernel.Tracks;
import jp.infracareer.content.Catalog;
import jp.infracareer.kernel.Lang;
import jp.infracareer.content.Ui;
import jp.infracareer.state.Progress;
import jp.infracareer.slack.ActionIds;
import jp.infracareer.slack.Mrkdwn;

/** The App Home tab as a pure function of the user's language and progress: a menu and their practice. */
public final class HomeView {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Tokyo"));

    private HomeView() {}

    public static View build(Catalog c, Progress progress) {
        return build(c, progress, List.of());
    }

    /** With {@code more} blocks at the end (a feature's section for this user). */
    public static View build(Catalog c, Progress progress, List<LayoutBlock> more) {
        Ui ui = c.ui();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.blockId("home").text(plainText(ui.text("home.title")))));
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.escape(ui.text("home.intro"))))));
        blocks.add(section(s -> s.text(markdownText("*" + Mrkdwn.escape(ui.text("home.interview_heading")) + "*"))));
        List<String[]> tracks = new ArrayList<>();
        for (String track : Tracks.ALL) {
            tracks.add(new String[] {ui.text("interview.track." + track), Commands.interview(track)});
        }
        blocks.add(buttons("home_interview", tracks));
        blocks.add(section(s -> s.text(markdownText("*" + Mrkdwn.escape(ui.text("home.explore_heading")) + "*"))));
        blocks.add(buttons("home_explore", List.of(
                new String[] {ui.text("button.compare_default"), Commands.compare("infra", "server")},
                new String[] {ui.text("button.roles"), Commands.ROLES},
                new String[] {ui.text("button.stages"), Commands.STAGES},
                new String[] {ui.text("button.day"), Commands.DAY},
                new String[] {ui.text("button.fit"), Commands.FIT})));
        blocks.add(divider());
        blocks.add(section(s -> s.blockId("home_progress").text(markdownText(
                "*" + Mrkdwn.escape(ui.text("home.progress_heading")) + "*\n" + Mrkdwn.escape(progressText(c, progress))))));
        blocks.add(section(s -> s.text(markdownText("*" + Mrkdwn.escape(ui.text("home.language_heading")) + "*"))));
        blocks.add(buttons("home_lang", List.of(
                new String[] {"日本語", Commands.lang(Lang.JA)},
                new String[] {"English", Commands.lang(Lang.EN)})));
        blocks.addAll(more);
        return View.builder().type("home").blocks(blocks).build();
    }

    static String progressText(Catalog c, Progress p) {
        Ui ui = c.ui();
        if (p.sessions() == 0 && p.lastPracticed().isEmpty()) {
            return ui.text("home.no_progress");
        }
        List<String> lines = new ArrayList<>();
        lines.add(ui.format("home.sessions", "count", String.valueOf(p.sessions())));
        if (!p.recentScores().isEmpty()) {
            lines.add(ui.format("home.trend", "scores", String.join(" → ", p.recentScores().stream().map(String::valueOf).toList())));
        }
        if (!p.weakestPoint().isEmpty()) {
            String point = p.weakestPoint().equals("length") ? ui.text("interview.length_heading")
                    : ui.text("interview.point." + p.weakestPoint());
            lines.add(ui.format("home.weakest", "point", point));
        }
        if (p.lastPractice() != null) {
            lines.add(ui.format("home.last_practised", "date", DATE.format(p.lastPractice())));
        }
        return String.join("\n", lines);
    }

    private static LayoutBlock buttons(String blockId, List<String[]> labelsAndCommands) {
        List<BlockElement> elements = new ArrayList<>();
        for (int i = 0; i < labelsAndCommands.size(); i++) {
            String[] lc = labelsAndCommands.get(i);
            String id = ActionIds.openTopic(i);
            elements.add(button(b -> b.actionId(id).text(plainText(Mrkdwn.truncate(lc[0], 75))).value(lc[1])));
        }
        return actions(a -> a.blockId(blockId).elements(elements));
    }
}
