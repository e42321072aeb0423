package jp.infracareer.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.infracareer.kernel.Commands;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.Reply.Action;
import jp.infracareer.kernel.Reply.Bullets;
import jp.infracareer.kernel.Reply.Paragraph;
import jp.infracareer.kernel.Reply.Part;
import jp.infracareer.kernel.TopicIds;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.Stage;
import jp.infracareer.content.Stages;
import jp.infracareer.content.Ui;

/** The six stages (upstream vs downstream, where newcomers start), and one stage in depth. */
public final class StageTopics {
    private static final int MAX_DIFFICULTY = 5;

    private StageTopics() {}

    public static Reply overview(Catalog catalog, String notice) {
        Ui ui = catalog.ui();
        Stages.Overview o = catalog.stages().overview();
        List<Part> parts = new ArrayList<>();
        if (!notice.isEmpty()) {
            parts.add(new Paragraph("", notice));
        }
        parts.add(new Paragraph("", o.summary()));
        parts.add(new Paragraph(ui.text("stages.upstream_heading"), o.upstream()));
        parts.add(new Paragraph(ui.text("stages.downstream_heading"), o.downstream()));
        parts.add(new Paragraph(ui.text("stages.newcomers_heading"), o.whereNewcomersStart()));
        parts.add(new Paragraph(ui.text("stages.onprem_heading"), o.onpremVsCloud()));
        parts.add(new Bullets(ui.text("stages.list_heading"), catalog.stages().stages().stream()
                .map(s -> s.name() + " (" + streamLabel(ui, s) + "): " + s.purpose())
                .toList()));
        List<Action> actions = catalog.stages().stages().stream()
                .map(s -> new Action(ui.format("button.stage", "name", s.name()), Commands.stage(s.id())))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        actions.add(new Action(ui.text("button.day"), Commands.DAY));
        return new Reply(TopicIds.STAGES, ui.text("stages.title"), parts, ui.text("stages.context"), actions, Map.of());
    }

    public static Reply stage(Catalog catalog, String stageId) {
        Ui ui = catalog.ui();
        List<Stage> all = catalog.stages().stages();
        Stage stage = catalog.requireStage(stageId);
        int index = all.indexOf(stage);
        List<Part> parts = List.of(
                new Paragraph(ui.text("stage.purpose"), stage.purpose()),
                new Bullets(ui.text("stage.tasks"), stage.tasks()),
                new Bullets(ui.text("stage.deliverables"), stage.deliverables()),
                new Bullets(ui.text("stage.tools"), stage.tools()),
                new Paragraph(ui.text("stage.who"), stage.who()),
                new Paragraph(ui.text("stage.difficulty"), stars(stage.difficulty())),
                new Paragraph(ui.text("stage.newcomers"), stage.newcomers()),
                new Paragraph(ui.text("stage.onprem_vs_cloud"), stage.onpremVsCloud()));
        List<Action> actions = new ArrayList<>();
        if (index + 1 < all.size()) {
            Stage next = all.get(index + 1);
            actions.add(new Action(ui.format("button.next_stage", "name", next.name()), Commands.stage(next.id())));
        }
        if (index > 0) {
            Stage previous = all.get(index - 1);
            actions.add(new Action(ui.format("button.previous_stage", "name", previous.name()), Commands.stage(previous.id())));
        }
        actions.add(new Action(ui.text("button.stages"), Commands.STAGES));
        actions.add(new Action(ui.text("button.day"), Commands.DAY));
        String title = ui.format("stage.title", "name", stage.name(), "stream", streamLabel(ui, stage));
        String context = ui.format("stage.context", "index", String.valueOf(index + 1));
        return new Reply(TopicIds.stage(stageId), title, parts, context, actions,
                Map.of("stage", stageId, "stream", stage.stream(), "difficulty", stage.difficulty()));
    }

    private static String streamLabel(Ui ui, Stage stage) {
        return ui.text(stage.upstream() ? "stages.upstream_label" : "stages.downstream_label");
    }

    /** ★★★☆☆ with the number, so it reads the same in Slack and in a terminal. */
    static String stars(int difficulty) {
        int d = Math.max(1, Math.min(MAX_DIFFICULTY, difficulty));
        return "★".repeat(d) + "☆".repeat(MAX_DIFFICULTY - d) + " (" + d + "/" + MAX_DIFFICULTY + ")";
    }
}
