package jp.infracareer.advisor;

import jp.infracareer.kernel.Texts;
import jp.infracareer.kernel.GuideIds;
import jp.infracareer.jobpost.PostingShape;
import jp.infracareer.kernel.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.infracareer.content.Aliases;
import jp.infracareer.recognition.PhraseMatcher;
import jp.infracareer.kernel.Lang;
import jp.infracareer.fit.FitCommands;
import jp.infracareer.interview.InterviewCommands;
import jp.infracareer.interview.InterviewWords;
import jp.infracareer.recognition.TextNormalizer;
import jp.infracareer.recognition.TopicRecognizer;

/**
 * Reads what a user typed after {@code /career} (or in a DM, or at the console): a subcommand in English
 * or Japanese ("compare infra server", "比較 インフラ サーバー"), or else a free-text question.
 */
public final class CommandParser {
    /** Echoed arguments are cut to this length so a pasted essay cannot flood a reply. */
    static final int MAX_ECHO = 40;

    private final Map<String, String> commands = new HashMap<>();
    private final List<String> jobpostEntries;
    private final List<String> fitEntries;
    private final List<String> fitResume;
    private final TopicRecognizer recognizer;
    private final InterviewWords interview;
    private final Understanding understanding;
    private final Definitions definitions;
    private final SubnetQuestion subnetQuestion;

    CommandParser(Aliases aliases, TopicRecognizer recognizer, InterviewWords interview, Understanding understanding,
            Definitions definitions) {
        this.definitions = definitions;
        this.subnetQuestion = new SubnetQuestion(aliases.subnetCount());
        this.recognizer = recognizer;
        this.interview = interview;
        this.understanding = understanding;
        aliases.commands().forEach((command, words) ->
                words.forEach(w -> commands.put(TextNormalizer.normalize(w), command)));
        jobpostEntries = aliases.entries().getOrDefault("jobpost", List.of()).stream().map(TextNormalizer::normalize).toList();
        fitEntries = aliases.entries().getOrDefault("fit", List.of()).stream().map(TextNormalizer::normalize).toList();
        fitResume = aliases.entries().getOrDefault("fit-resume", List.of()).stream().map(TextNormalizer::normalize).toList();
        aliases.thanksAlone().forEach(w -> thanks.add(w, true));
        aliases.requestWords().forEach(w -> requests.add(w, true));
    }

    /** Words of thanks (aliases.yml thanks_alone), and words that make a message a request beside them (request_words). */
    private final PhraseMatcher<Boolean> thanks = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> requests = new PhraseMatcher<>();

    /** A query, and whether it came from a free-text question rather than a subcommand. */
    public record Parsed(Query query, boolean freeText) {}

    /** What words ask of a guide already known (a correction of the answer just shown): see {@link Understanding#within}. */
    Query within(String guideId, String text) {
        return understanding.within(guideId, text);
    }

    public Parsed parse(String text) {
        // a subcommand typed the same way again ("compare infra server"): what it meant is known (parsing is pure)
        // keyed by the text's SHA-256: nothing a user typed stays in memory after its request
        String key = text.length() <= KEPT_TEXT ? TextDigest.of(text) : null;
        Parsed seen = key != null ? bySubcommandText.getIfPresent(key) : null;
        if (seen != null) {
            return seen;
        }
        Parsed parsed = parseOnce(text);
        if (parsed.freeText() && parsed.query() instanceof Query.Fallback) {
            // 「あ、スペルミスった。TCPとUDPの質問で練習したい」: a short aside before the request (a sixteenth trial's fell
            // through); only a message nothing else understood is read again without it
            Parsed rest = afterAside(text).map(this::parseOnce).orElse(parsed);
            parsed = rest.query() instanceof Query.Fallback ? parsed : rest;
        }
        if (parsed.freeText() && (parsed.query() instanceof Query.StartInterview || parsed.query() instanceof Query.StartFit)) {
            String normalized = TextNormalizer.normalize(text);
            if (thanks.any(normalized) && !requests.any(normalized)) {
                // 「…でも面接練習は役に立ちました、ありがとう」: thanks for the practice, wherever it is said, starts nothing
                parsed = new Parsed(new Query.SmallTalk(true), true);
            }
        }
        java.util.Optional<String> thanked = parsed.freeText() ? afterThanks(text) : java.util.Optional.empty();
        if (thanked.isPresent() && jp.infracareer.recognition.QuestionForm.asksSomething(thanked.get())) {
            // 「ありがとうございます！入社初日ってどんな感じ？」: the question after the thanks is what is asked (a seventeenth
            // trial's was swallowed by the thanks)
            Parsed rest = parseOnce(thanked.get());
            parsed = rest.query() instanceof Query.Fallback ? parsed : rest;
        }
        if (key != null && !parsed.freeText() && keepable(parsed.query())) {
            bySubcommandText.put(key, parsed);
        }
        return parsed;
    }

    /** The text after a short first sentence (「あ、スペルミスった。」, "oops, typo."), when there is more after it. */
    static java.util.Optional<String> afterAside(String text) {
        return afterFirstSentence(text).filter(first -> first.strip().length() <= ASIDE_CHARS).map(first -> text.substring(first.length()).strip());
    }

    /** The text after a first sentence that thanks (「わかりました、ありがとうございました！」, "Thanks!"), when there is more. */
    java.util.Optional<String> afterThanks(String text) {
        return afterFirstSentence(text).filter(first -> thanks.any(TextNormalizer.normalize(first)))
                .map(first -> text.substring(first.length()).strip());
    }

    /** A message's first sentence, ended by a full stop or an exclamation, when more follows it. */
    private static java.util.Optional<String> afterFirstSentence(String text) {
        if (!endsSentenceEarly(text)) {
            return java.util.Optional.empty(); // the pattern needs a full stop or exclamation in its first 31 characters
        }
        java.util.regex.Matcher m = FIRST_SENTENCE.matcher(text);
        return m.find() && !text.substring(m.end()).isBlank() ? java.util.Optional.of(text.substring(0, m.end()))
                : java.util.Optional.empty();
    }

    private static boolean endsSentenceEarly(String text) {
        return jp.infracareer.kernel.Texts.indexOfAny(text, "。.!！", 1, 31) >= 0;
    }

    private static final java.util.regex.Pattern FIRST_SENTENCE = java.util.regex.Pattern.compile("^[^。.!！?？\\n]{1,30}[。.!！]\\s*");
    /** An aside is a first sentence of at most this many characters with its mark (「あ、スペルミスった。」). */
    private static final int ASIDE_CHARS = 16;

    /** Subcommands longer than this are not kept by their text (they are not the few typed over and over). */
    private static final int KEPT_TEXT = 100;
    /** The text up to its first space (a pattern's \s) or colon. */
    private static String firstWord(String text) {
        int end = jp.infracareer.kernel.Texts.indexOfAny(text, jp.infracareer.kernel.Texts.PATTERN_SPACE + ":：", 0, text.length());
        return end < 0 ? text : text.substring(0, end);
    }

    /** Parsed subcommands by the digest of the text typed (bounded); never a query that carries the user's own words. */
    private final com.github.benmanes.caffeine.cache.Cache<String, Parsed> bySubcommandText =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(5_000).build();

    /** Queries that carry none of the user's words (an unknown role or a posting echoes them). */
    static boolean keepable(Query query) {
        return query instanceof Query.Help || query instanceof Query.Roles || query instanceof Query.RoleDetail
                || query instanceof Query.Compare || query instanceof Query.StageOverview
                || query instanceof Query.StageDetail || query instanceof Query.Day || query instanceof Query.SameRole
                || query instanceof Query.Guide || query instanceof Query.Tip || query instanceof Query.SmallTalk
                || query instanceof Query.Feeling || query instanceof Query.Passage || query instanceof Query.DidYouMean
                || query instanceof Query.Fallback;
    }

    /**
     * As {@link #parse}, but empty where the text is free text that only recognition could read: the question-reading
     * work (intent model, topic rules, passage search) is not done. In the middle of an interview a message is an
     * answer unless it is a subcommand such as {@code forget}, so an answer is never read as a question for nothing.
     */
    public java.util.Optional<Parsed> parseUnlessFreeText(String text) {
        return java.util.Optional.ofNullable(parseOnce(text, false));
    }

    private Parsed parseOnce(String text) {
        return parseOnce(text, true);
    }

    /** {@code understand} false: null where recognition would have to read free text. */
    private Parsed parseOnce(String text, boolean understand) {
        String normalized = TextNormalizer.normalize(text);
        if (normalized.isEmpty()) {
            return new Parsed(new Query.Help(), false);
        }
        int space = normalized.indexOf(' ');
        String head = space < 0 ? normalized : normalized.substring(0, space);
        String args = space < 0 ? "" : normalized.substring(space + 1);
        String command = commands.get(head);
        // the first word may be glued to the text in Japanese ("求人：...") or end a line ("求人\n...")
        String rawHead = firstWord(text.strip());
        if ("jobpost".equals(command) || "jobpost".equals(commands.get(TextNormalizer.normalize(rawHead)))) {
            return new Parsed(new Query.ReadJobPost(afterFirstWord(text)), false);
        }
        if ("broadcast".equals(command) || "broadcast".equals(commands.get(TextNormalizer.normalize(rawHead)))) {
            return new Parsed(new Query.Announce(afterFirstWord(text)), false);
        }
        // a pasted posting, whatever its lead words say (「診断して」「面接を受ける会社です」, "roles?"): read before a
        // word in it can be taken for a subcommand or start the quiz or an interview
        if (PostingShape.looksLikePosting(text)) {
            return new Parsed(new Query.ReadJobPost(PostingShape.withoutLeadIn(text)), true);
        }
        // "help me compare ...", "day shift or night shift?", "fit for nights?": an everyday first word with
        // words after it that are not its arguments is a question, not a subcommand
        if (command != null && !args.isEmpty() && switch (command) {
            case "help", "day", "tip" -> true;
            case "fit" -> !FitCommands.isAnswer(args);
            default -> false;
        }) {
            command = null;
        }
        if (command == null && understand) {
            java.util.Optional<Integer> subnet = subnetQuestion.prefixAsked(text);
            if (subnet.isPresent()) {
                return new Parsed(new Query.SubnetHosts(subnet.get()), true);
            }
        }
        if (command == null && interview.asksHowScored(text)) {
            return new Parsed(new Query.HowScored(), true);
        }
        if (command == null) {
            String entry = jobpostEntry(normalized);
            if (entry != null) {
                return new Parsed(new Query.ReadJobPost(afterPhrase(text)), true);
            }
            if (fitResume.stream().anyMatch(normalized::contains)) {
                return new Parsed(new Query.ResumeFit(), true);
            }
            if (fitEntries.stream().anyMatch(normalized::contains)) {
                return new Parsed(new Query.StartFit(), true);
            }
            if (interview.startsInterview(text)) {
                return new Parsed(InterviewCommands.decode(interview, text), true);
            }
            if (!understand) {
                return null;
            }
            Query understood = understanding.understand(text);
            // "Zabbixって何？": the term's definition, when that is all the question asks, unless a section about the
            // term answers it (「オンコールってなに？」 stays the night-shift guide's section on on-call, headed so: the
            // pages say more, in context; a section or tip that only mentions the term does not) or the term has a
            // guide of its own that the question already gets (「SESって何？」: the SES guide); what an abbreviation
            // stands for (「SESって何の略？」) only the definition says
            java.util.Optional<String> term = definitions.asked(text);
            if (term.isPresent() && !definitions.spelledOut(text)) {
                term = term.filter(t -> !(understood instanceof Query.Passage p && definitions.headedBy(p.topic() + "#" + p.section(), t)))
                        .filter(t -> !(understood instanceof Query.Guide g && g.guideId().equals(t)));
            }
            if (term.isEmpty()) {
                // two terms set side by side (「NATとDHCPの違いは？」, "TCP vs UDP"): both definitions, unless a guide or a
                // section headed by one of them answers it (「CCNAとLPICどっちがいい？」 is the certifications guide's). Two things of the network are no two roles ("ルーターとスイッチの違い"
                // compared the network and infrastructure engineers)
                java.util.Optional<java.util.List<String>> two = definitions.askedTwo(text)
                        .filter(t -> !(understood instanceof Query.Passage p && t.stream().anyMatch(id -> definitions.headedBy(p.topic() + "#" + p.section(), id))))
                        .filter(t -> !(understood instanceof Query.Guide));
                if (two.isPresent()) {
                    return new Parsed(new Query.DefineTwo(two.get().get(0), two.get().get(1)), true);
                }
                // a belief about a term put up to be checked (a seventeenth trial's 「chmod 777にしておけば…問題ないですよね？」 got
                // a skills list): the term's definition says what is right, unless the term's own guide answers
                boolean nothingElse = understood instanceof Query.Fallback || understood instanceof Query.DidYouMean;
                term = definitions.checked(text, nothingElse).filter(t -> !(understood instanceof Query.Guide g && g.guideId().equals(t)));
            }
            return new Parsed(term.<Query>map(Query.Define::new).orElse(understood), true);
        }
        // a subcommand's meaning depends only on its words, and the same few ("compare infra server") come
        // often; what echoes a user's own words back (an unknown role) is not kept
        String key = command + " " + args;
        Query known = subcommands.getIfPresent(key);
        if (known == null) {
            known = subcommand(command, args);
            if (!(known instanceof Query.UnknownRole) && !(known instanceof Query.UnknownStage)) {
                subcommands.put(key, known);
            }
        }
        return new Parsed(known, false);
    }

    /** Parsed subcommands by their normalised words (bounded; the parse is pure). */
    private final com.github.benmanes.caffeine.cache.Cache<String, Query> subcommands =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(5_000).build();

    private Query subcommand(String command, String args) {
        return switch (command) {
            case "help" -> new Query.Help();
            case "roles" -> args.isEmpty() ? new Query.Roles() : role(args);
            case "compare" -> compare(args);
            case "stages" -> args.isEmpty() ? new Query.StageOverview() : stage(args);
            case "day" -> new Query.Day();
            case "lang" -> Lang.parse(args).<Query>map(Query.SetLang::new).orElseGet(Query.LangUsage::new);
            case "interview" -> interview(args);
            case "forget" -> new Query.Forget();
            case "fit" -> fit(args);
            case "guide" -> guide(args);
            case "tip" -> new Query.Tip("");
            default -> throw new IllegalStateException("aliases.yml names an unknown command: " + command);
        };
    }

    /** "guide salary" (the short answer) or "guide salary more" (the whole page). */
    private Query guide(String args) {
        String[] words = args.split(" ");
        if (words.length == 0 || words[0].isEmpty() || !GuideIds.ALL.contains(words[0])) {
            return new Query.Help();
        }
        return new Query.Guide(words[0], words.length > 1 && words[1].equals("more"));
    }

    private Query fit(String args) {
        return FitCommands.decode(args);
    }

    private String jobpostEntry(String normalized) {
        return jobpostEntries.stream().filter(normalized::startsWith).findFirst().orElse(null);
    }

    /**
     * The posting after "この求人を読んで：" and the like: everything after the first colon or line break, or a short
     * posting typed on the same line after the question (「この求人どうですか？ 【未経験可】… 月給23万円〜」).
     */
    static String afterPhrase(String text) {
        String t = text.strip();
        int cut = -1;
        for (char c : new char[] {':', '：', '\n'}) {
            int at = t.indexOf(c);
            if (at >= 0 && (cut < 0 || at < cut)) {
                cut = at;
            }
        }
        return cut < 0 ? PostingShape.carried(t) : t.substring(cut + 1).strip();
    }

    static String afterFirstWord(String text) {
        String t = text.strip();
        String[] split = t.split("[\\s:：]", 2);
        return split.length < 2 ? "" : split[1].strip();
    }

    /** "interview", "interview network", "interview skip #id", "interview 志望動機". */
    private Query interview(String args) {
        return InterviewCommands.decode(interview, args);
    }

    private Query role(String args) {
        List<String> roles = recognizer.rolesIn(args);
        return roles.isEmpty() ? new Query.UnknownRole(echo(args)) : new Query.RoleDetail(roles.get(0));
    }

    private Query stage(String args) {
        // after "stage", a plain word such as "build" surely means the stage
        List<String> stages = recognizer.stagesIn("stage " + args);
        return stages.isEmpty() ? new Query.UnknownStage(echo(args)) : new Query.StageDetail(stages.get(0));
    }

    private Query compare(String args) {
        if (args.isEmpty()) {
            return new Query.Compare(TopicRecognizer.DEFAULT_FIRST, TopicRecognizer.DEFAULT_SECOND);
        }
        List<String> mentions = recognizer.roleMentionsIn(args);
        List<String> distinct = mentions.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return new Query.UnknownRole(echo(args));
        }
        if (distinct.size() == 1) {
            String only = distinct.get(0);
            return mentions.size() > 1 ? new Query.SameRole(only) : new Query.Compare(only, TopicRecognizer.counterpart(only));
        }
        return new Query.Compare(distinct.get(0), distinct.get(1));
    }

    static String echo(String args) {
        return Texts.cut(args, MAX_ECHO + 1);
    }
}
