package jp.infracareer.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.GlossaryTerm;
import jp.infracareer.kernel.Commands;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.Reply.Action;
import jp.infracareer.kernel.Reply.Paragraph;
import jp.infracareer.kernel.TopicIds;

/** "What is X?": the term's short definition (glossary.yml), with a button to the page it belongs to. */
public final class GlossaryTopics {
    private GlossaryTopics() {}

    public static Reply define(Catalog catalog, String termId) {
        GlossaryTerm term = catalog.term(termId).orElseThrow(() -> new IllegalArgumentException("no glossary term " + termId));
        List<Action> actions = new ArrayList<>();
        if (!term.related().isEmpty()) {
            actions.add(new Action(GuideTopics.label(catalog, term.related()), Commands.forTopic(term.related())));
        }
        actions.add(new Action(catalog.ui().text("button.help"), Commands.HELP));
        return new Reply(TopicIds.glossary(termId), catalog.ui().format("glossary.title", "term", term.names().get(0)),
                List.of(new Paragraph("", term.text())), catalog.ui().text("glossary.context"), actions, Map.of("term", termId));
    }
}
