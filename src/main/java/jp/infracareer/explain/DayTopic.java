package jp.infracareer.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.infracareer.kernel.Commands;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.Reply.Action;
import jp.infracareer.kernel.Reply.Paragraph;
import jp.infracareer.kernel.Reply.Part;
import jp.infracareer.kernel.TopicIds;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.Day;
import jp.infracareer.content.Ui;

/** A newcomer's typical day: each block of the timetable with what it teaches. */
public final class DayTopic {
    private DayTopic() {}

    public static Reply day(Catalog catalog) {
        Ui ui = catalog.ui();
        Day day = catalog.day();
        List<Part> parts = new ArrayList<>();
        parts.add(new Paragraph("", day.intro()));
        for (Day.Block block : day.schedule()) {
            String text = block.detail() + "\n" + ui.text("day.lesson") + ": " + block.lesson();
            parts.add(new Paragraph(block.time() + "  " + block.activity(), text));
        }
        parts.add(new Paragraph("", day.closing()));
        List<Action> actions = List.of(
                new Action(ui.format("button.stage", "name", catalog.requireStage("monitoring").name()), Commands.stage("monitoring")),
                new Action(ui.format("button.stage", "name", catalog.requireStage("operations").name()), Commands.stage("operations")),
                new Action(ui.text("button.stages"), Commands.STAGES),
                new Action(ui.text("button.compare_default"), Commands.compare("infra", "server")));
        return new Reply(TopicIds.DAY, day.title(), parts, ui.text("day.context"), actions, Map.of());
    }
}
