package jp.infracareer.advisor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.infracareer.recognition.QuestionForm;

/**
 * The questions of a message that asks several at once (「38歳です。未経験でもなれますか？年収は下がりますか？資格は何から？」):
 * a newcomer trial's bank clerk asked three in one paragraph and got an answer to one. Each question is read with the
 * statements before it (「38歳です。」 belongs to the first) and with the questions that lean on it (「それとも両方？」).
 */
final class SeveralQuestions {
    /** Past this many characters a message is a paste, not a list of questions. */
    static final int MAX_CHARS = 600;
    /** At most this many questions of one message are answered (Slack shows each reply whole). */
    static final int MAX_ANSWERED = 3;
    /** Ends of a sentence: Japanese marks and line breaks anywhere, Latin ones before a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？\\n])|(?<=[.!?])\\s+");
    /** A question this short asks nothing on its own (「本当？」「それで？」): it goes with the one before. */
    private static final int MIN_CHARS = 5;
    /** A question that points back at the one before (「それとも両方？」「その場合は？」"or both?", "is that true?"). */
    private static final Pattern LEANS_BACK = Pattern.compile(
            "^(それ|その|そっち|そこ|どっち|どちら|両方|じゃあ|では|なら|だったら|ちなみに)"
                    + "|(?i)^(or|and (is|was|does|do|what about) (it|that|this)|is (it|that|this)|what about (it|that))\\b"
                    + "|(?i)^(what|how|when|where|why|which)( \\w+)? (is|was|does|did|are|were) (it|that|this|they)\\b");

    private SeveralQuestions() {}

    /**
     * Whether a sentence could end with at least {@link #MIN_CHARS} characters after it, room for a second question;
     * 「監視ってどんな仕事？」 has none, and the split is not made.
     */
    private static boolean roomForSecondQuestion(String text) {
        return jp.infracareer.kernel.Texts.indexOfAny(text, "。！？\n.!?", 0, text.length() - MIN_CHARS) >= 0;
    }

    /** The message cut into its questions, each with what it leans on; empty unless it asks two or more things. */
    static List<String> of(String text) {
        if (text == null || text.length() > MAX_CHARS || !roomForSecondQuestion(text)) {
            return List.of();
        }
        List<StringBuilder> questions = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String sentence : SENTENCE_END.split(text)) {
            String s = sentence.strip();
            if (s.isEmpty()) {
                continue;
            }
            boolean asks = QuestionForm.asksSomething(s);
            if (asks && s.length() >= MIN_CHARS && !LEANS_BACK.matcher(s).find()) {
                questions.add(new StringBuilder(pending).append(s));
                pending.setLength(0);
            } else if (asks && !questions.isEmpty()) {
                questions.get(questions.size() - 1).append(s); // 「それとも両方？」 adds to the question before it
            } else {
                pending.append(s);
            }
        }
        if (questions.size() < 2) {
            return List.of();
        }
        questions.get(questions.size() - 1).append(pending); // a closing remark belongs to the last question
        return questions.stream().map(StringBuilder::toString).toList();
    }
}
