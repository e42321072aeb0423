package jp.infracareer.explain;

import java.util.List;
import java.util.Map;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.Ui;
import jp.infracareer.kernel.Commands;
import jp.infracareer.kernel.Netmask;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.Reply.Action;
import jp.infracareer.kernel.Reply.Paragraph;
import jp.infracareer.kernel.TopicIds;

/** How many devices a network of a prefix holds, worked out with the reasoning an interviewer wants to hear. */
public final class SubnetTopics {
    private SubnetTopics() {}

    public static Reply hosts(Catalog catalog, int prefix) {
        Ui ui = catalog.ui();
        int hostBits = 32 - prefix;
        long total = 1L << hostBits;
        String p = String.valueOf(prefix);
        String text = ui.format("subnet.hosts", "prefix", p, "bits", String.valueOf(hostBits), "total", String.format(java.util.Locale.ROOT, "%,d", total),
                "usable", String.format(java.util.Locale.ROOT, "%,d", total - 2), "mask", Netmask.dotted(prefix));
        List<Action> actions = List.of(new Action(ui.text("subnet.practise"), Commands.interview("ip-subnet")),
                new Action(ui.text("subnet.define_button"), ui.text("subnet.define_command")));
        return new Reply(TopicIds.SUBNET, ui.format("subnet.title", "prefix", p), List.of(new Paragraph("", text)),
                ui.text("subnet.context"), actions, Map.of("prefix", prefix, "usable", total - 2));
    }
}
