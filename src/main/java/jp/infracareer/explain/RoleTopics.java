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
import jp.infracareer.content.Role;
import jp.infracareer.content.Ui;

/** The list of roles, and one role in depth. */
public final class RoleTopics {
    private RoleTopics() {}

    /** The list of roles; {@code notice} (may be empty) goes first, e.g. "no role called ...". */
    public static Reply roles(Catalog catalog, String notice) {
        Ui ui = catalog.ui();
        List<Part> parts = new ArrayList<>();
        if (!notice.isEmpty()) {
            parts.add(new Paragraph("", notice));
        }
        parts.add(new Paragraph("", ui.text("roles.intro")));
        for (Role role : catalog.roles()) {
            parts.add(new Paragraph(role.name(), role.summary()));
        }
        List<Action> actions = catalog.roles().stream()
                .map(r -> new Action(ui.format("button.role", "name", r.shortName()), Commands.role(r.id())))
                .toList();
        return new Reply(TopicIds.ROLES, ui.text("roles.title"), parts, ui.text("roles.context"), actions, Map.of());
    }

    public static Reply role(Catalog catalog, String roleId) {
        Ui ui = catalog.ui();
        Role role = catalog.requireRole(roleId);
        List<Part> parts = List.of(
                new Paragraph("", role.summary()),
                new Paragraph(ui.text("role.scope"), role.scope()),
                new Bullets(ui.text("role.tasks"), role.tasks()),
                new Bullets(ui.text("role.skills"), role.skills()),
                new Bullets(ui.text("role.tools"), role.tools()),
                new Bullets(ui.text("role.suits"), role.suits()),
                new Paragraph(ui.text("role.entry"), role.entry()),
                new Bullets(ui.text("role.next_steps"), role.nextSteps()),
                new Bullets(ui.text("role.certifications"), role.certifications()));
        List<Action> actions = new ArrayList<>();
        for (String other : role.related()) {
            String name = catalog.requireRole(other).shortName();
            actions.add(new Action(ui.format("button.compare_with", "name", name), Commands.compare(roleId, other)));
        }
        actions.add(new Action(ui.text("button.stages"), Commands.STAGES));
        actions.add(new Action(ui.text("button.roles"), Commands.ROLES));
        return new Reply(TopicIds.role(roleId), role.name(), parts, ui.text("role.context"), actions,
                Map.of("role", roleId));
    }
}
