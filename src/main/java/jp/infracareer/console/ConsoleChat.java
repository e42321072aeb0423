package jp.infracareer.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.kernel.InterviewControl;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.UserKey;

/**
 * The console chat: one line in, one reply out, from the same engine as Slack. Typing the number of a
 * button follows it. With {@code --json} each reply is one JSON object per line
 * ({@code {"topic":..., "text":..., "data":{...}}}) for scripts and tests. Works from a pipe or a terminal.
 */
public final class ConsoleChat {
    /** Words that leave the chat, except in a mock interview, where they end the interview only. */
    private static final Set<String> INTERVIEW_QUIT_WORDS = Set.of("やめる", "おわり");
    private static final Set<String> EXIT_WORDS = Set.of("exit", "quit", ":q", "bye", "/exit", "/quit", "/q", "/bye", "やめる", "おわり");

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ConsoleChat.class);
    private final Advisor advisor;
    /** aliases.yml {@code button_polite}, as labels are compared (lower case, no spaces), longest first. */
    private final List<String> polite;
    private final boolean json;
    private final boolean interactive;
    private final ObjectMapper mapper = new ObjectMapper();

    public ConsoleChat(Advisor advisor, boolean json, boolean interactive) {
        this.advisor = advisor;
        this.json = json;
        this.interactive = interactive;
        this.polite = advisor.knowledge().aliases().buttonPolite().stream().map(ConsoleChat::asLabel)
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static final java.util.regex.Pattern CAREER_PREFIX =
            java.util.regex.Pattern.compile("^[/／]career(\\s+|$)", java.util.regex.Pattern.CASE_INSENSITIVE
                    | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    /** Sets the console user's language before the first line, as {@code --lang} asks. */
    public void useLanguage(Lang lang) {
        advisor.handle(UserKey.CONSOLE, "lang " + lang.code());
    }

    public void run(BufferedReader in, PrintStream out) {
        List<Reply.Action> lastActions = List.of();
        if (interactive && !json) {
            out.println("Infra Career Advisor: 質問をどうぞ / ask a question (help, exit)");
        }
        try {
            while (true) {
                if (interactive && !json) {
                    out.print("> ");
                    out.flush();
                }
                String line = pending != null ? pending : in.readLine();
                pending = null;
                if (line == null) {
                    return;
                }
                // "/career roles" typed out of habit from Slack is the command "roles", not English text that
                // would switch the reply language; an IME's full-width space after it counts as a space
                String text = CAREER_PREFIX.matcher(line.strip()).replaceFirst("").strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (INTERVIEW_QUIT_WORDS.contains(text) && advisor.interviewing(UserKey.CONSOLE)) {
                    // 「やめる」 in a mock interview quits the interview, not the chat: the interview reads it as its own
                    // word and shows the summary, and the user stays to ask about it
                } else if (EXIT_WORDS.contains(text.toLowerCase(java.util.Locale.ROOT))) {
                    if (advisor.interviewing(UserKey.CONSOLE)) {
                        // leaving in the middle of a mock interview ends it first, so its summary is not lost
                        for (Reply reply : advisor.message(UserKey.CONSOLE, InterviewControl.END.id(), "").replies()) {
                            out.println(json ? toJson(reply, 1) : TextRenderer.render(reply, 1));
                        }
                        out.flush();
                    }
                    if (!json) {
                        // a word that closes the chat says so (a newcomer trial took the silent exit for a crash)
                        out.println(advisor.knowledge().catalog(advisor.languageOf(UserKey.CONSOLE)).ui().text("console.bye"));
                        out.flush();
                    }
                    return;
                }
                // an answer pasted over several lines in a terminal arrives in one burst: it is one answer, not one message per
                // line (a twenty-third trial's second paragraph was read as a new message, and the slips in it went unjudged).
                // Only at a terminal: a script's lines are all there at once, and each is a message of its own
                boolean interviewing = advisor.interviewing(UserKey.CONSOLE);
                if (interactive && interviewing) {
                    StringBuilder answer = new StringBuilder(text);
                    while (arrivesWithin(in, ANSWER_BURST_MILLIS)) {
                        String next = in.readLine();
                        if (next == null) {
                            break;
                        }
                        answer.append('\n').append(next);
                    }
                    text = answer.toString().strip();
                }
                // a button's label typed as it reads is that button, never the start of a paste (a fifteenth trial typed
                // "Practise your lowest-scoring question" and was asked to paste a posting)
                String pressed = follow(text, lastActions);
                boolean startsPaste = pressed.equals(text) ? advisor.startsPaste(text) : advisor.startsPaste(pressed);
                // 「jobpost Position: …」 with the rest of the posting on the lines after it is one posting too (a
                // twenty-first trial's English one was read from its first line only)
                boolean opensPosting = !startsPaste && !interviewing
                        && (pressed.equals(text) ? advisor.opensPosting(text) : advisor.opensPosting(pressed));
                boolean aboutAPosting = startsPaste || (text.length() <= PASTE_COMMAND_CHARS && NAMES_A_POSTING.matcher(text).find()
                        && !interviewing);
                // 「求人 インフラエンジニア募集」 with the rest pasted under it: at a terminal, every line of the paste is the
                // posting's, as after a bare 「求人」 (a thirty-first trial's plain lines got a dozen unrelated replies); from a
                // script only lines shaped like a posting's, so that the script's next message stays one
                if ((startsPaste && asksForPaste(text)) || (aboutAPosting && text.length() <= PASTE_COMMAND_CHARS && postingFollows(in))
                        || (opensPosting && (interactive ? moreComing(in) : postingFollows(in)))) {
                    // a posting pasted over several lines: everything up to an empty line, or up to a question typed after
                    // it (see endsPaste), which is then read as a message of its own.
                    // Said when piped too, so that a script's next line is not read as the posting without a word about why
                    if (!json) {
                        out.println("(求人票を貼り付けて、空行で終わります / paste the posting, end with an empty line)");
                    }
                    // under a question of one's own (「この求人、応募して大丈夫？」) the posting is what follows it, read as one
                    boolean underAQuestion = !startsPaste && !opensPosting;
                    StringBuilder posting = new StringBuilder(underAQuestion ? "jobpost" : text);
                    int lines = 0;
                    for (String next = in.readLine(); next != null && !next.isBlank(); next = in.readLine()) {
                        if (endsPaste(next, lines)) {
                            pending = next;
                            break;
                        }
                        posting.append('\n').append(next);
                        lines++;
                        if (lines == 1 && next.strip().length() >= WHOLE_POSTING_ON_ONE_LINE && !moreComing(in)) {
                            // a posting pasted as one long line and nothing after it: read it now (a trial pressed Enter
                            // once and saw nothing until a second, empty line)
                            break;
                        }
                    }
                    text = posting.toString();
                }
                if (noSuchButton(text, lastActions) && !advisor.interviewing(UserKey.CONSOLE)) {
                    // "1" with no button 1 on screen would be read as a message ("1" is not a question); say so instead.
                    // In an interview a number is an answer ("254"), so it goes through
                    Reply notice = new Reply(jp.infracareer.kernel.TopicIds.CONSOLE_NO_BUTTON, advisor.knowledge().catalog(advisor.languageOf(UserKey.CONSOLE))
                            .ui().format("console.no_button", "number", text), List.of(), "", List.of(), java.util.Map.of());
                    out.println(json ? toJson(notice, 1) : TextRenderer.render(notice, 1));
                    out.flush();
                    continue;
                }
                String followed = follow(text, lastActions);
                // a button's number or its label is a click (a command), as in Slack; anything else typed is a message, which
                // during a mock interview is the answer
                List<Reply> replies;
                try {
                    replies = (followed.equals(text)
                            ? advisor.message(UserKey.CONSOLE, text, "")
                            : advisor.command(UserKey.CONSOLE, followed)).replies();
                } catch (RuntimeException e) {
                    // one message that fails is told so, and the chat goes on (a missing text once closed the whole chat);
                    // the exception's kind is logged, never the message
                    log.warn("a console message failed: {}", e.getClass().getSimpleName());
                    replies = List.of(new Reply(jp.infracareer.kernel.TopicIds.CONSOLE_FAILED, advisor.knowledge()
                            .catalog(advisor.languageOf(UserKey.CONSOLE)).ui().text("console.failed"), List.of(), "", List.of(),
                            java.util.Map.of()));
                }
                List<Reply.Action> shown = new java.util.ArrayList<>();
                for (Reply reply : replies) {
                    out.println(json ? toJson(reply, shown.size() + 1) : TextRenderer.render(reply, shown.size() + 1));
                    shown.addAll(reply.actions());
                }
                if (!replies.isEmpty()) {
                    lastActions = List.copyOf(shown);
                }
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 0-based index a typed button number names ("2", or "２" from an IME, -> 1), if the text is one. */
    private static java.util.OptionalInt buttonIndex(String text) {
        return !text.isEmpty() && text.length() <= 3 && text.chars().allMatch(Character::isDigit)
                ? java.util.OptionalInt.of(Integer.parseInt(text) - 1) : java.util.OptionalInt.empty();
    }

    /** A line this long, pasted alone, is a whole posting when nothing follows it (a posting's lines are shorter). */
    static final int WHOLE_POSTING_ON_ONE_LINE = 120;
    /** How long the rest of a paste may take to arrive after its first line: a terminal sends a paste in bursts. */
    private static final long PASTE_BURST_MILLIS = 400;

    /**
     * A question about a posting typed as the first line of a paste (「この求人どう思う？」 then the posting's lines, all at
     * once: a twenty-first trial's was read line by line, as four unrelated questions): the posting follows when the next
     * line is already waiting and is one of a posting's own (a heading, a bullet, a label). Read ahead, then put back.
     */
    private static boolean postingFollows(BufferedReader in) throws IOException {
        if (!in.ready()) {
            return false;
        }
        in.mark(PEEK_CHARS);
        String next = in.readLine();
        in.reset();
        return next != null && Advisor.postingItem(next.strip());
    }

    /** A short line that names a posting (「この求人、応募して大丈夫？」, "thoughts on this job ad?") may head a paste. */
    private static final java.util.regex.Pattern NAMES_A_POSTING = java.util.regex.Pattern.compile(
            "求人|募集要項|(?i)\\b(job posting|posting|job ad|job advert|job listing)\\b");

    /** How far ahead the next line is read to see whether a posting follows. */
    private static final int PEEK_CHARS = 1 << 16;

    /** Whether more input arrives within a paste's burst: false when the user is waiting for an answer. */
    private static boolean moreComing(BufferedReader in) throws IOException {
        return arrivesWithin(in, PASTE_BURST_MILLIS);
    }

    /**
     * How long the next line of an answer pasted at a terminal may take to follow the line before it: the lines of a
     * paste come together, while a line typed after reading a reply comes seconds later.
     */
    private static final long ANSWER_BURST_MILLIS = 100;

    /** Whether more input is there, or arrives within {@code millis}. */
    private static boolean arrivesWithin(BufferedReader in, long millis) throws IOException {
        long until = System.nanoTime() + millis * 1_000_000;
        while (!in.ready()) {
            if (System.nanoTime() >= until) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** A line the paste stopped at, read next as a message of its own. */
    private String pending;
    /** A line that ends as a question: not part of a posting. */
    private static final java.util.regex.Pattern QUESTION_END = java.util.regex.Pattern.compile("[?？]\\s*$");

    /**
     * Whether a message that would read a posting asks for one to be pasted ("jobpost", 「求人票を読んで」), not a question
     * about postings ("この求人ってどうですか？"): a question is answered, and the next lines stay messages of their own
     * (a newcomer trial's quiz answers were read as a posting until an empty line).
     */
    static boolean asksForPaste(String text) {
        return text.length() <= PASTE_COMMAND_CHARS && !QUESTION_END.matcher(text).find();
    }

    /** Long enough for "analyse this job posting:", too short for a question about one with its reasons. */
    private static final int PASTE_COMMAND_CHARS = 40;

    /**
     * A question typed after a posting ends it: a line ending in a question mark, once a few of the posting's lines have
     * come, that is no item of it (「Q. 残業は？」「【未経験からエンジニアを目指しませんか？】」「・夜勤は？」). A posting's
     * own catch line near its top (「未経験からITエンジニアを目指しませんか？」) stays in it.
     */
    static boolean endsPaste(String line, int postingLines) {
        String l = line.strip();
        return postingLines >= PASTE_LINES_BEFORE_A_QUESTION && QUESTION_END.matcher(l).find() && !Advisor.postingItem(l);
    }

    private static final int PASTE_LINES_BEFORE_A_QUESTION = 3;

    /** A button's number typed when no button has it. */
    static boolean noSuchButton(String text, List<Reply.Action> actions) {
        java.util.OptionalInt index = buttonIndex(text);
        return index.isPresent() && (index.getAsInt() < 0 || index.getAsInt() >= actions.size());
    }

    /**
     * "2" after replies with buttons means the second button's command; a button's label typed as it reads
     * ("詳しく", "More", a quiz choice), or with a few polite words around it (aliases.yml {@code button_polite}:
     * "もっと詳しく教えて"), means that button too.
     */
    String follow(String text, List<Reply.Action> actions) {
        java.util.OptionalInt number = buttonIndex(text);
        if (number.isPresent()) {
            int index = number.getAsInt();
            return index >= 0 && index < actions.size() ? actions.get(index).command() : text;
        }
        String typed = asLabel(text);
        String bare = withoutPoliteWords(typed);
        for (int i = actions.size() - 1; i >= 0 && !typed.isEmpty(); i--) {
            String label = asLabel(actions.get(i).label());
            if (typed.equals(label) || (label.length() >= 2 && bare.equals(label))) {
                return actions.get(i).command();
            }
        }
        // the start of one button's label ("模範解答" for "模範解答を見る"): that button, when no other starts so. Not in a
        // mock interview: there 「模範解答」 is the waiting question's control word, and the feedback's button beside it
        // is the model answer of the question just answered (a trial got question 1's when it asked on question 2)
        if (bare.codePointCount(0, bare.length()) >= 3 && !advisor.interviewing(UserKey.CONSOLE)) {
            List<Reply.Action> starting = actions.stream().filter(a -> asLabel(a.label()).startsWith(bare)).toList();
            if (starting.size() == 1) {
                return starting.get(0).command();
            }
        }
        return text;
    }

    private static final java.util.regex.Pattern NOT_IN_LABELS = java.util.regex.Pattern.compile("[\\s\\p{Punct}、。！？!?「」]+");

    private static String asLabel(String s) {
        return NOT_IN_LABELS.matcher(s.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
    }

    /** The typed label without polite words at its start or end (and a particle left before them: "を"). */
    private String withoutPoliteWords(String typed) {
        String s = typed;
        for (boolean cut = true; cut; ) {
            cut = false;
            for (String w : polite) {
                if (s.length() > w.length() && s.startsWith(w)) {
                    s = s.substring(w.length());
                    cut = true;
                } else if (s.length() > w.length() && s.endsWith(w)) {
                    s = s.substring(0, s.length() - w.length());
                    cut = true;
                }
            }
        }
        return s.endsWith("を") && s.length() > 1 ? s.substring(0, s.length() - 1) : s;
    }

    String toJson(Reply reply, int firstNumber) {
        ObjectNode node = mapper.createObjectNode();
        node.put("topic", reply.topic());
        node.put("text", TextRenderer.render(reply, firstNumber));
        node.set("data", mapper.valueToTree(reply.data()));
        return node.toString();
    }
}
