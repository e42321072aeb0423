package jp.infracareer.fit;

import jp.infracareer.kernel.Commands;
import jp.infracareer.kernel.Query;

/**
 * The commands behind the aptitude quiz's buttons, encoded and decoded in one place:
 * "fit answer &lt;quiz id&gt; &lt;question index&gt; &lt;option id&gt;", "fit back &lt;quiz id&gt; &lt;question index&gt;".
 * Anything else after "fit" starts the quiz.
 */
public final class FitCommands {
    private static final String ANSWER = "answer";
    private static final String CONTINUE = "continue";
    private static final String BACK = "back";

    /** Back to the quiz in progress. */
    public static String resume() {
        return Commands.FIT + " " + CONTINUE;
    }

    private FitCommands() {}

    public static String answer(String quizId, int index, String optionId) {
        return Commands.FIT + " " + ANSWER + " " + quizId + " " + index + " " + optionId;
    }

    /** Back from question {@code index} to the one before it. */
    public static String back(String quizId, int index) {
        return Commands.FIT + " " + BACK + " " + quizId + " " + index;
    }

    /** True when the words after "fit" are a quiz button's, not a question that starts with "fit". */
    public static boolean isAnswer(String args) {
        return args.startsWith(ANSWER + " ") || args.startsWith(BACK + " ") || args.strip().equals(CONTINUE);
    }

    public static Query decode(String args) {
        String[] words = args.split(" ");
        if (words.length == 4 && words[0].equals(ANSWER) && words[2].matches("\\d{1,2}")) {
            return new Query.FitAnswer(words[1], Integer.parseInt(words[2]), words[3]);
        }
        if (words.length == 3 && words[0].equals(BACK) && words[2].matches("\\d{1,2}")) {
            return new Query.FitBack(words[1], Integer.parseInt(words[2]));
        }
        if (args.strip().equals(CONTINUE)) {
            return new Query.ResumeFit();
        }
        return new Query.StartFit();
    }
}
