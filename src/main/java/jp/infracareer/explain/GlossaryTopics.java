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

    /** Two terms side by side: each one's definition under its name, and the pages they belong to. */
    public static Reply defineTwo(Catalog catalog, String firstId, String secondId) {
        GlossaryTerm first = catalog.term(firstId).orElseThrow(() -> new IllegalArgumentException("no glossary term " + firstId));
        GlossaryTerm second = catalog.term(secondId).orElseThrow(() -> new IllegalArgumentException("no glossary term " + secondId));
        List<Action> actions = new ArrayList<>();
        for (String related : new java.util.LinkedHashSet<>(List.of(first.related(), second.related()))) {
            if (!related.isEmpty()) {
                actions.add(new Action(GuideTopics.label(catalog, related), Commands.forTopic(related)));
            }
        }
        actions.add(new Action(catalog.ui().text("button.help"), Commands.HELP));
        String a = first.names().get(0);
        String b = second.names().get(0);
        return new Reply(TopicIds.glossary(firstId), catalog.ui().format("glossary.title_two", "first", a, "second", b),
                List.of(new Paragraph(a, first.text()), new Paragraph(b, second.text())), catalog.ui().text("glossary.context"),
                actions, Map.of("term", firstId, "second_term", secondId));
    }
}
