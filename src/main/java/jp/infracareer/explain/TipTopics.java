package jp.infracareer.explain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.Tips;
import jp.infracareer.content.Ui;
import jp.infracareer.kernel.Commands;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.Reply.Action;
import jp.infracareer.kernel.Reply.Paragraph;
import jp.infracareer.kernel.TopicIds;

/** A tip on demand: today's, or one of a theme ("面接のコツ", "a tip on certifications"). */
public final class TipTopics {
    private TipTopics() {}

    /** Today's tip of {@code category} (any category when empty), the same all day, another tomorrow. */
    public static Reply tip(Catalog c, String category, LocalDate today) {
        Ui ui = c.ui();
        List<Tips.Tip> pool = c.tips().tips().stream()
                .filter(t -> category == null || category.isEmpty() || t.category().equals(category)).toList();
        if (pool.isEmpty()) {
            pool = c.tips().tips();
        }
        Tips.Tip tip = pool.get((int) Math.floorMod(today.toEpochDay(), (long) pool.size()));
        return new Reply(TopicIds.TIP, ui.format("tip.title", "theme", ui.text("tip.category." + tip.category())),
                List.of(new Paragraph("", tip.text())), ui.text("tip.context"),
                List.of(new Action(ui.text("button.interview"), Commands.interview("general")),
                        new Action(ui.text("button.help"), Commands.HELP)),
                Map.of("tip", tip.id(), "category", tip.category()));
    }
}
