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
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.UserKey;

/**
 * The console chat: one line in, one reply out, from the same engine as Slack. Typing the number of a
 * button follows it. With {@code --json} each reply is one JSON object per line
 * ({@code {"topic":..., "text":..., "data":{...}}}) for scripts and tests. Works from a pipe or a terminal.
 */
public final class ConsoleChat {
    private static final Set<String> EXIT_WORDS = Set.of("exit", "quit", ":q", "bye", "やめる", "おわり");

    private final Advisor advisor;
    private final boolean json;
    private final boolean interactive;
    private final ObjectMapper mapper = new ObjectMapper();

    public ConsoleChat(Advisor advisor, boolean json, boolean interactive) {
        this.advisor = advisor;
        this.json = json;
        this.interactive = interactive;
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
                String line = in.readLine();
                if (line == null) {
                    return;
                }
                // "/career roles" typed out of habit from Slack is the command "roles", not English text that
                // would switch the reply language; an IME's full-width space after it counts as a space
                String text = CAREER_PREFIX.matcher(line.strip()).replaceFirst("").strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (EXIT_WORDS.contains(text.toLowerCase(java.util.Locale.ROOT))) {
                    return;
                }
                if (advisor.startsPaste(text)) {
                    // a posting pasted over several lines: everything up to an empty line
                    if (interactive && !json) {
                        out.println("(求人票を貼り付けて、空行で終わります / paste the posting, end with an empty line)");
                    }
                    StringBuilder posting = new StringBuilder(text);
                    for (String next = in.readLine(); next != null && !next.isBlank(); next = in.readLine()) {
                        posting.append('\n').append(next);
                    }
                    text = posting.toString();
                }
                String followed = follow(text, lastActions);
                // a button's number is a click (a command), as in Slack; anything typed is a message, which
                // during a mock interview is the answer
                List<Reply> replies = (followed.equals(text)
                        ? advisor.message(UserKey.CONSOLE, text, "")
                        : advisor.command(UserKey.CONSOLE, followed)).replies();
                for (Reply reply : replies) {
                    out.println(json ? toJson(reply) : TextRenderer.render(reply));
                }
                if (!replies.isEmpty()) {
                    lastActions = replies.get(replies.size() - 1).actions();
                }
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "2" after a reply with buttons means the second button's command. */
    static String follow(String text, List<Reply.Action> actions) {
        if (text.chars().allMatch(Character::isDigit) && text.length() <= 3) {
            int index = Integer.parseInt(text) - 1;
            if (index >= 0 && index < actions.size()) {
                return actions.get(index).command();
            }
        }
        return text;
    }

    String toJson(Reply reply) {
        ObjectNode node = mapper.createObjectNode();
        node.put("topic", reply.topic());
        node.put("text", TextRenderer.render(reply));
        node.set("data", mapper.valueToTree(reply.data()));
        return node.toString();
    }
}
