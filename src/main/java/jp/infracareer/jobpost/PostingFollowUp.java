package jp.infracareer.jobpost;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.Guide;
import jp.infracareer.content.JobPostRules;
import jp.infracareer.content.Ui;
import jp.infracareer.kernel.Commands;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.Reply.Action;
import jp.infracareer.kernel.Reply.Bullets;
import jp.infracareer.kernel.Reply.Paragraph;
import jp.infracareer.kernel.Reply.Part;
import jp.infracareer.recognition.PhraseMatcher;
import jp.infracareer.recognition.TextNormalizer;

/**
 * A question about the posting the user has just had read (「これってSESですか？」, 「さっき貼った求人って年収いくら？」): which
 * aspect it asks about, and the answer from that reading: what the posting says on it, in its own words, or that it
 * says nothing, and what to ask in the interview. The cues are in jobpost.yml ({@code follow_up}).
 */
public final class PostingFollowUp {
    /** The longest message read as such a question: a longer one is a posting, an answer or a story. */
    private static final int MAX_CHARS = 200;

    private final PhraseMatcher<Boolean> refers = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> near = new PhraseMatcher<>();
    private final Map<String, PhraseMatcher<Boolean>> aspectWords = new LinkedHashMap<>();
    private final Map<String, JobPostRules.Aspect> aspects;
    private final List<String> weighty;

    public PostingFollowUp(JobPostRules rules) {
        JobPostRules.FollowUp f = rules.followUp();
        f.refers().forEach(w -> refers.add(w, true));
        f.near().forEach(w -> near.add(w, true));
        aspects = f.aspects();
        weighty = f.weighty();
        aspects.forEach((id, aspect) -> {
            PhraseMatcher<Boolean> words = new PhraseMatcher<>();
            aspect.words().forEach(w -> words.add(w, true));
            aspectWords.put(id, words);
        });
    }

    /**
     * The aspect a message asks about the posting read before, or empty when it is not such a question: it names
     * the posting (「この求人」), or, when {@code justRead}, points at it (「これって」), and names an aspect.
     */
    public Optional<String> aspect(String text, boolean justRead) {
        if (text == null || text.isBlank() || text.length() > MAX_CHARS) {
            return Optional.empty();
        }
        String normalized = TextNormalizer.normalize(text);
        if (!refers.any(normalized) && !(justRead && near.any(normalized))) {
            return Optional.empty();
        }
        return aspectWords.entrySet().stream().filter(e -> e.getValue().any(normalized)).map(Map.Entry::getKey).findFirst();
    }

    /**
     * The aspect of a short message that only gives the user's age (「おれ44だからそもそも応募しちゃだめ？」) just after a
     * posting with an upper age: its requirements, where the two are compared. Empty otherwise.
     */
    public Optional<String> ageAspect(String text, JobPostReading reading) {
        return text != null && text.length() <= AGE_ONLY_CHARS && Ages.stated(TextNormalizer.normalize(text)).isPresent()
                && upperAge(reading).isPresent() ? Optional.of(REQUIREMENTS) : Optional.empty();
    }

    private static final String REQUIREMENTS = "requirements";
    /**
     * The longest message read as giving only an age: 「最近AIが仕事を奪うって…38歳で始めて、10年後も仕事はありますか？」 (a
     * twenty-fourth trial) names an age in a question about something else, and was told the posting's age limit.
     */
    private static final int AGE_ONLY_CHARS = 40;

    /** The posting's upper age, read as a number. */
    private static Optional<JobPostReading.Flag> upperAge(JobPostReading reading) {
        return reading.flags().stream().filter(f -> f.id().equals("age-limit") && f.figures().containsKey("max")).findFirst();
    }

    /** The user's age against the posting's upper age, when the question gives one and the posting sets the other. */
    private static Optional<Part> ageAgainstLimit(Ui ui, JobPostReading reading, String question) {
        Optional<Integer> age = Ages.stated(TextNormalizer.normalize(question == null ? "" : question));
        Optional<JobPostReading.Flag> limit = upperAge(reading);
        if (age.isEmpty() || limit.isEmpty()) {
            return Optional.empty();
        }
        int max = Integer.parseInt(limit.get().figures().get("max"));
        String key = age.get() > max ? "jobpost.follow.age_over" : "jobpost.follow.age_within";
        return Optional.of(new Paragraph("", ui.format(key, "age", String.valueOf(age.get()), "max", String.valueOf(max),
                "quote", limit.get().quote())));
    }

    /**
     * Whether to apply, weighed in a sentence (「ここ受けていいの？だめ？」 was answered with the average number of
     * applications, a twenty-eighth trial): the weighty findings named, or that none of them was found; nothing when
     * the posting raised nothing at all (the reply says so).
     */
    private Optional<Part> verdict(Ui ui, JobPostReading reading) {
        if (reading.flags().isEmpty()) {
            return Optional.empty();
        }
        List<String> names = weighty.stream().filter(id -> reading.flags().stream().anyMatch(f -> f.id().equals(id)))
                .map(id -> ui.text("jobpost.flag_name." + id)).distinct().toList();
        return Optional.of(new Paragraph("", names.isEmpty() ? ui.text("jobpost.follow.verdict.mild")
                : ui.format("jobpost.follow.verdict.weighty", "count", String.valueOf(names.size()),
                        "points", String.join(ui.text("jobpost.follow.verdict.joiner"), names))));
    }

    private List<String> weightyFirst(List<String> ids) {
        List<String> out = new ArrayList<>(ids.stream().filter(weighty::contains).toList());
        ids.stream().filter(id -> !weighty.contains(id)).forEach(out::add);
        return out;
    }

    /**
     * The aspect's findings, those quoting a figure the question names first (「年収800万ってマジ？」 is about the line that
     * says 800万, not about the monthly pay).
     */
    private static List<String> askedFiguresFirst(List<String> ids, List<JobPostReading.Flag> flags, String asked) {
        List<String> figures = java.util.regex.Pattern.compile("\\d[\\d,]*\\d").matcher(TextNormalizer.normalize(asked == null ? "" : asked))
                .results().map(m -> m.group().replace(",", "")).toList();
        if (figures.isEmpty()) {
            return ids;
        }
        java.util.function.Predicate<String> quotesOne = id -> flags.stream().filter(f -> f.id().equals(id))
                .anyMatch(f -> figures.stream().anyMatch(TextNormalizer.normalize(f.quote()).replace(",", "")::contains));
        List<String> out = new ArrayList<>(ids.stream().filter(quotesOne).toList());
        ids.stream().filter(quotesOne.negate()).forEach(out::add);
        return out;
    }

    /** The answer to a question on {@code aspect} from {@code reading}. */
    public Reply reply(Catalog c, JobPostReading reading, String aspect) {
        return reply(c, reading, aspect, "");
    }

    /**
     * The answer to {@code asked} on {@code aspect} from {@code reading}: when it gives the user's age (「おれ38なんだけど、
     * 応募しても無駄？」) and the posting sets an upper age, the two compared first.
     */
    public Reply reply(Catalog c, JobPostReading reading, String aspect, String asked) {
        Ui ui = c.ui();
        JobPostRules.Aspect a = aspects.getOrDefault(aspect, new JobPostRules.Aspect(List.of(), List.of(), ""));
        List<Part> parts = new ArrayList<>();
        if (aspect.equals(REQUIREMENTS) || aspect.equals("overall")) {
            ageAgainstLimit(ui, reading, asked).ifPresent(parts::add);
        }
        if (aspect.equals("overall")) {
            verdict(ui, reading).ifPresent(parts::add);
        }
        List<String> found = new ArrayList<>();
        List<String> asks = new ArrayList<>();
        List<JobPostReading.Flag> shown = JobPostReplies.shown(reading.flags());
        // whether to apply: the weighty findings and their questions first, before the limit on bullets cuts them
        List<String> ids = aspect.equals("overall") ? weightyFirst(a.flags()) : a.flags();
        for (String id : askedFiguresFirst(ids, shown, asked)) {
            shown.stream().filter(f -> f.id().equals(id)).findFirst().ifPresent(flag -> {
                found.add(JobPostReplies.findingText(ui, reading, flag) + " 「" + flag.quote() + "」");
                String question = "jobpost.question." + id;
                if (ui.has(question) && !reading.answered().contains(id) && asks.size() < 2) {
                    asks.add(ui.text(question));
                }
            });
        }
        if (aspect.equals("stages")) {
            found.add(JobPostReplies.stagesLine(c, reading));
        }
        if (found.isEmpty()) {
            parts.add(new Paragraph("", ui.text("jobpost.follow.none." + aspect)));
        } else {
            parts.add(new Bullets(ui.text("jobpost.follow.found_heading"), found.stream().limit(5).toList()));
        }
        if (asks.isEmpty()) {
            asks.add(ui.text("jobpost.follow.ask." + aspect));
        }
        parts.add(new Bullets(ui.text("jobpost.questions_heading"), asks));

        List<Action> actions = new ArrayList<>();
        if (!a.guide().isEmpty()) {
            c.guide(a.guide()).map(Guide::title).ifPresent(title -> actions.add(new Action(title, Commands.guide(a.guide()))));
        }
        if (aspect.equals("stages")) {
            actions.add(new Action(ui.text("button.stages"), Commands.STAGES));
        }
        actions.add(new Action(ui.text("button.jobpost"), Commands.JOBPOST));
        String title = ui.format("jobpost.follow.title", "aspect", ui.text("jobpost.follow.aspect." + aspect));
        return new Reply(JobPostReplies.TOPIC, title, parts, ui.text("jobpost.follow.context"), actions,
                Map.of("follow_up", aspect));
    }
}
