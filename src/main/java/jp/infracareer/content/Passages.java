package jp.infracareer.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sections of the role pages, stage pages, guides and tips, as the passages a question can be answered
 * with. Headings come from the same ui keys the full pages use, so a passage reads like its page.
 */
public final class Passages {
    /** The topic id of tips, whose sections are the tips themselves. */
    public static final String TIP_TOPIC = "tip";
    /** The stage overview page. */
    public static final String STAGES_TOPIC = "stages";
    /** A guide's short answer: answering with it is answering with the guide's short page. */
    public static final String GUIDE_ANSWER = "answer";

    private Passages() {}

    public static List<Passage> of(Catalog c) {
        Ui ui = c.ui();
        List<Passage> all = new ArrayList<>();
        for (Role r : c.roles()) {
            String t = "role/" + r.id();
            all.add(new Passage(t, "summary", "", r.summary(), List.of()));
            all.add(new Passage(t, "scope", ui.text("role.scope"), r.scope(), List.of()));
            all.add(new Passage(t, "tasks", ui.text("role.tasks"), "", r.tasks()));
            all.add(new Passage(t, "skills", ui.text("role.skills"), "", r.skills()));
            all.add(new Passage(t, "tools", ui.text("role.tools"), "", r.tools()));
            all.add(new Passage(t, "suits", ui.text("role.suits"), "", r.suits()));
            all.add(new Passage(t, "entry", ui.text("role.entry"), r.entry(), List.of()));
            all.add(new Passage(t, "next_steps", ui.text("role.next_steps"), "", r.nextSteps()));
            all.add(new Passage(t, "certifications", ui.text("role.certifications"), "", r.certifications()));
        }
        Stages.Overview o = c.stages().overview();
        all.add(new Passage(STAGES_TOPIC, "summary", "", o.summary(), List.of()));
        all.add(new Passage(STAGES_TOPIC, "upstream", ui.text("stages.upstream_heading"), o.upstream(), List.of()));
        all.add(new Passage(STAGES_TOPIC, "downstream", ui.text("stages.downstream_heading"), o.downstream(), List.of()));
        all.add(new Passage(STAGES_TOPIC, "where_newcomers_start", ui.text("stages.newcomers_heading"), o.whereNewcomersStart(), List.of()));
        all.add(new Passage(STAGES_TOPIC, "onprem_vs_cloud", ui.text("stages.onprem_heading"), o.onpremVsCloud(), List.of()));
        for (Stage s : c.stages().stages()) {
            String t = "stage/" + s.id();
            all.add(new Passage(t, "purpose", ui.text("stage.purpose"), s.purpose(), List.of()));
            all.add(new Passage(t, "tasks", ui.text("stage.tasks"), "", s.tasks()));
            all.add(new Passage(t, "deliverables", ui.text("stage.deliverables"), "", s.deliverables()));
            all.add(new Passage(t, "tools", ui.text("stage.tools"), "", s.tools()));
            all.add(new Passage(t, "who", ui.text("stage.who"), s.who(), List.of()));
            all.add(new Passage(t, "newcomers", ui.text("stage.newcomers"), s.newcomers(), List.of()));
            all.add(new Passage(t, "onprem_vs_cloud", ui.text("stage.onprem_vs_cloud"), s.onpremVsCloud(), List.of()));
        }
        for (Guide g : c.guides()) {
            String t = "guide/" + g.id();
            all.add(new Passage(t, GUIDE_ANSWER, "", g.answer().strip(), List.of()));
            for (int i = 0; i < g.sections().size(); i++) {
                Guide.Section s = g.sections().get(i);
                all.add(new Passage(t, "s" + i, s.heading(), s.text().strip(), s.bullets()));
            }
        }
        for (Tips.Tip tip : c.tips().tips()) {
            all.add(new Passage(TIP_TOPIC, tip.id(), "", tip.text(), List.of()));
        }
        return all;
    }

    public static Optional<Passage> find(Catalog c, String topic, String section) {
        return of(c).stream().filter(p -> p.topic().equals(topic) && p.section().equals(section)).findFirst();
    }

    /** The title of the page a passage comes from, in the catalog's language. */
    public static String pageTitle(Catalog c, String topic) {
        String[] p = topic.split("/");
        return switch (p[0]) {
            case "role" -> c.role(p[1]).map(Role::name).orElse(topic);
            case "stage" -> c.stage(p[1]).map(Stage::name).orElse(topic);
            case "guide" -> c.guide(p[1]).map(Guide::title).orElse(topic);
            case STAGES_TOPIC -> c.ui().text("stages.title");
            default -> c.ui().text("tip.title");
        };
    }
}
