package jp.infracareer.advisor;

import java.util.regex.Pattern;

/**
 * A question that first says what it is not about (「ビザの話じゃなくて、派遣と正社員の違いを知りたいです」, "not about the
 * visa, what's the difference between haken and seishain?"): the subject set aside is taken out before the rest is read,
 * since its words (ビザ) would otherwise lead straight back to the page the user just said was not the one (a thirtieth
 * trial got the visa box five times).
 */
final class NotAbout {
    /** 「Xの話じゃなくて、」「Xではなく」 at the start, X short. */
    private static final Pattern JA = Pattern.compile("^.{1,20}?(の話|のこと|について)?(じゃなくて|じゃなく|ではなくて|ではなく)[、,，。\\s]*");
    /** "not about X," "it's not about X." "I'm not asking about X;" at the start, X short. */
    private static final Pattern EN = Pattern.compile(
            "(?i)^(it'?s |this is |i'?m |i am )?not (asking |talking )?about (the |my |a )?[^,.;:!?]{1,30}[,.;:!?]\\s*");
    /** Fewest characters left for the rest to be a question of its own. */
    private static final int MIN_REST = 4;

    /** 「新卒じゃないっす。」「新卒ではありません、」 as the whole first sentence: a correction of what the last answer assumed. */
    private static final Pattern NOT_THAT = Pattern.compile(
            "^.{1,12}?(じゃない|じゃありません|ではない|ではありません|ではないです|じゃないです|じゃないっす|じゃねえ|じゃねー)(です|っす|よ|んです)?[。、,，!！\\s]+");

    /** What each Japanese pattern needs in a message before it is worth running (read from the patterns). */
    private static final java.util.function.Predicate<String> JA_MAY = jp.infracareer.recognition.RequiredTexts.screen(JA);
    private static final java.util.function.Predicate<String> NOT_THAT_MAY = jp.infracareer.recognition.RequiredTexts.screen(NOT_THAT);

    private NotAbout() {}

    /**
     * What a correction says instead (「新卒じゃないっす。中途の未経験で。」 gives 「中途の未経験で。」), when the message opens by
     * saying the last answer's assumption was wrong and then asks nothing of its own: it is about the page just shown.
     */
    static java.util.Optional<String> correction(String message) {
        if (!NOT_THAT_MAY.test(message)) {
            return java.util.Optional.empty();
        }
        var m = NOT_THAT.matcher(message.strip());
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        String rest = message.strip().substring(m.end());
        return rest.length() < MIN_REST || jp.infracareer.recognition.QuestionForm.asksSomething(rest)
                ? java.util.Optional.empty() : java.util.Optional.of(rest);
    }

    /** The words after a subject set aside at the start, or the message as it is. */
    static String rest(String message) {
        String stripped = message.strip();
        for (Pattern p : JA_MAY.test(stripped) ? new Pattern[] {JA, EN} : new Pattern[] {EN}) {
            var m = p.matcher(stripped);
            if (m.find() && stripped.length() - m.end() >= MIN_REST) {
                return stripped.substring(m.end());
            }
        }
        return message;
    }
}
