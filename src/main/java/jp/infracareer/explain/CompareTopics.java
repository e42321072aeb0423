package jp.infracareer.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.infracareer.kernel.Commands;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.Reply.Action;
import jp.infracareer.kernel.Reply.Bullets;
import jp.infracareer.kernel.Reply.Columns;
import jp.infracareer.kernel.Reply.Paragraph;
import jp.infracareer.kernel.Reply.Part;
import jp.infracareer.kernel.TopicIds;
import jp.infracareer.content.Axis;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.Comparison;
import jp.infracareer.content.Role;
import jp.infracareer.content.Ui;

/**
 * Two roles side by side on the five axes. A hand-written comparison (infra vs server) adds who suits
 * each, what they share and how to tell them apart in a job posting; any other pair uses the roles' axes.
 */
public final class CompareTopics {
    private CompareTopics() {}

    public static Reply compare(Catalog catalog, String firstId, String secondId) {
        Ui ui = catalog.ui();
        Role first = catalog.requireRole(firstId);
        Role second = catalog.requireRole(secondId);
        Optional<Comparison> written = catalog.comparison(firstId, secondId);

        List<Part> parts = new ArrayList<>();
        parts.add(new Paragraph("", written.map(Comparison::intro)
                .orElseGet(() -> ui.format("compare.intro", "a", first.name(), "b", second.name()))));
        for (Axis axis : Axis.values()) {
            String left = written.map(c -> c.side(axis, firstId)).orElse(first.axes().get(axis));
            String right = written.map(c -> c.side(axis, secondId)).orElse(second.axes().get(axis));
            parts.add(new Columns(ui.text("axis." + axis.key()), first.shortName(), left, second.shortName(), right));
        }
        String suitsLeft = written.map(c -> c.suits().get(firstId)).orElse(String.join(" / ", first.suits()));
        String suitsRight = written.map(c -> c.suits().get(secondId)).orElse(String.join(" / ", second.suits()));
        parts.add(new Columns(ui.text("compare.suits"), first.shortName(), suitsLeft, second.shortName(), suitsRight));
        written.ifPresent(c -> {
            parts.add(new Bullets(ui.text("compare.shared"), c.shared()));
            parts.add(new Bullets(ui.text("compare.job_posting"),
                    c.jobPosting().stream().map(t -> t.aspect() + ": " + t.tip()).toList()));
        });

        List<Action> actions = new ArrayList<>();
        actions.add(new Action(ui.format("button.role", "name", first.shortName()), Commands.role(firstId)));
        actions.add(new Action(ui.format("button.role", "name", second.shortName()), Commands.role(secondId)));
        for (String other : first.related()) {
            if (!other.equals(secondId) && actions.size() < 4) {
                String name = catalog.requireRole(other).shortName();
                actions.add(new Action(ui.format("button.compare_with", "name", name), Commands.compare(firstId, other)));
            }
        }
        actions.add(new Action(ui.text("button.roles"), Commands.ROLES));
        String title = ui.format("compare.title", "a", first.name(), "b", second.name());
        return new Reply(TopicIds.compare(firstId, secondId), title, parts, ui.text("compare.context"), actions,
                Map.of("roles", List.of(firstId, secondId)));
    }
}
