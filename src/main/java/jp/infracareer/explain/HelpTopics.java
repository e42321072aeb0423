package jp.infracareer.explain;

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
import jp.infracareer.kernel.Lang;
import jp.infracareer.content.Ui;

/** What the advisor can do, and the polite "not understood" with suggestions. */
public final class HelpTopics {
    private HelpTopics() {}

    /** Help; {@code notice} (may be empty) goes first, e.g. "replies are now in English". */
    public static Reply help(Catalog catalog, String notice) {
        Ui ui = catalog.ui();
        List<Part> parts = new java.util.ArrayList<>();
        if (!notice.isEmpty()) {
            parts.add(new Paragraph("", notice));
        }
        parts.add(new Paragraph("", ui.text("help.intro")));
        parts.add(new Bullets(ui.text("help.commands_heading"), ui.list("help.commands")));
        parts.add(new Bullets(ui.text("help.examples_heading"), ui.list("help.examples")));
        return new Reply(TopicIds.HELP, ui.text("help.title"), parts, ui.text("help.context"), mainMenu(catalog),
                Map.of("lang", catalog.lang().code()));
    }

    public static Reply fallback(Catalog catalog) {
        return fallback(catalog, List.of());
    }

    /** Not understood: say so, and offer the topics that came closest to what was asked (else the menu). */
    public static Reply fallback(Catalog catalog, List<String> nearest) {
        Ui ui = catalog.ui();
        List<Part> parts = List.of(
                new Paragraph("", ui.text("fallback.text")),
                new Bullets("", ui.list("fallback.examples")));
        List<Action> actions = nearest.isEmpty() ? mainMenu(catalog) : new java.util.ArrayList<>();
        if (!nearest.isEmpty()) {
            nearest.stream().distinct().limit(3)
                    .forEach(t -> actions.add(new Action(GuideTopics.label(catalog, t), Commands.forTopic(t))));
            // the way to the help page, unless the nearest topic already is it
            if (actions.stream().noneMatch(a -> a.command().equals(Commands.HELP))) {
                actions.add(new Action(ui.text("button.help"), Commands.HELP));
            }
        }
        return new Reply(TopicIds.FALLBACK, ui.text("fallback.title"), parts, ui.text("fallback.context"),
                actions, Map.of("nearest", nearest));
    }

    /**
     * A question about something the guide does not cover (a visa, the Japanese level asked for): said so, where to
     * look instead, and a way on (the posting reader when a posting would say it).
     */
    public static Reply notCovered(Catalog catalog, String subject) {
        Ui ui = catalog.ui();
        List<Action> actions = new java.util.ArrayList<>();
        if (ui.list("not_covered.in_a_posting").contains(subject)) {
            actions.add(new Action(ui.text("button.jobpost"), Commands.JOBPOST));
        }
        actions.add(new Action(ui.text("button.help"), Commands.HELP));
        return new Reply(TopicIds.FALLBACK, ui.text("not_covered.title"), List.of(new Paragraph("", ui.text("not_covered." + subject))),
                ui.text("not_covered.context"), actions, Map.of("not_covered", subject));
    }

    /** Two topics came equally close: ask which one was meant. */
    public static Reply didYouMean(Catalog catalog, String first, String second) {
        Ui ui = catalog.ui();
        List<Action> actions = new java.util.ArrayList<>(List.of(new Action(GuideTopics.label(catalog, first), Commands.forTopic(first)),
                new Action(GuideTopics.label(catalog, second), Commands.forTopic(second))));
        // the help is always offered, once: a choice may already be it (a newcomer trial saw 使い方 twice)
        if (actions.stream().noneMatch(a -> a.command().equals(Commands.HELP))) {
            actions.add(new Action(ui.text("button.help"), Commands.HELP));
        }
        return new Reply(TopicIds.DID_YOU_MEAN, ui.text("did_you_mean.title"),
                List.of(new Paragraph("", ui.text("did_you_mean.text"))), "", actions, Map.of("choices", List.of(first, second)));
    }

    /** 「もっと詳しく」 with no page shown in short before it: which subject, with the menu. */
    public static Reply nothingMore(Catalog catalog) {
        Ui ui = catalog.ui();
        return new Reply(TopicIds.FALLBACK, ui.text("more_nothing.title"), List.of(new Paragraph("", ui.text("more_nothing.text"))),
                "", mainMenu(catalog), Map.of());
    }

    /** Thanks and greetings, answered like a person, with a way on. */
    public static Reply smallTalk(Catalog catalog, boolean thanks) {
        Ui ui = catalog.ui();
        String key = thanks ? "smalltalk.thanks" : "smalltalk.greeting";
        return new Reply(thanks ? TopicIds.THANKS : TopicIds.GREETING, ui.text(key), List.of(), ui.text("smalltalk.context"),
                mainMenu(catalog), Map.of());
    }

    /** A goodbye: seen off, with the menu for next time. */
    public static Reply goodbye(Catalog catalog) {
        Ui ui = catalog.ui();
        return new Reply(TopicIds.GOODBYE, ui.text("smalltalk.goodbye"), List.of(), ui.text("smalltalk.context"),
                mainMenu(catalog), Map.of());
    }

    /**
     * How the job seeker feels, heard before anything else: a word of acknowledgement, one small step instead of the
     * whole plan, and the guides for the worries behind it ({@code guides}, aliases.yml: age, a lighter study plan...).
     */
    public static Reply feeling(Catalog catalog, List<String> guides) {
        Ui ui = catalog.ui();
        List<Action> actions = guides.stream().map(TopicIds::guide)
                .map(topic -> new Action(GuideTopics.label(catalog, topic), Commands.forTopic(topic))).toList();
        return new Reply(TopicIds.FEELING, ui.text("feeling.title"), List.of(new Paragraph("", ui.text("feeling.text"))),
                ui.text("feeling.context"), actions, Map.of());
    }

    static List<Action> mainMenu(Catalog catalog) {
        Ui ui = catalog.ui();
        Lang other = catalog.lang() == Lang.JA ? Lang.EN : Lang.JA;
        return List.of(
                new Action(ui.text("button.interview"), Commands.interview("general")),
                new Action(ui.text("button.jobpost"), Commands.JOBPOST),
                new Action(ui.text("button.fit"), Commands.FIT),
                new Action(ui.text("button.compare_default"), Commands.compare("infra", "server")),
                new Action(ui.text("button.roles"), Commands.ROLES),
                new Action(ui.text("button.stages"), Commands.STAGES),
                new Action(ui.text("button.lang_other"), Commands.lang(other)));
    }
}
