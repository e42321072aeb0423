package jp.infracareer.kernel;


/** What the user asked for, once the words are understood. Each answers with one topic. */
public sealed interface Query {

    record Help() implements Query {}

    record Roles() implements Query {}

    record RoleDetail(String roleId) implements Query {}

    /** Roles in the order the user named them. */
    record Compare(String first, String second) implements Query {}

    record StageOverview() implements Query {}

    record StageDetail(String stageId) implements Query {}

    record Day() implements Query {}

    record SetLang(Lang lang) implements Query {}

    /** "lang" with no usable language. */
    record LangUsage() implements Query {}

    /** A role was named that we do not know; answer with the list. */
    record UnknownRole(String given) implements Query {}

    record UnknownStage(String given) implements Query {}

    /** "compare" named the same role twice. */
    record SameRole(String roleId) implements Query {}

    record Fallback() implements Query {}

    /** Start a mock interview on a track; with {@code questionId}, drill that one question. */
    record StartInterview(String track, String questionId) implements Query {}

    /**
     * hint, skip, repeat, end or share for the interview in progress. {@code sessionId} is set when the
     * control comes from a button, so a click on an old interview's message can be told apart.
     */
    record InterviewAction(InterviewControl control, String sessionId) implements Query {}

    /** Read a pasted job posting; empty text asks how. */
    record ReadJobPost(String text) implements Query {}

    /** Start the aptitude quiz. */
    record StartFit() implements Query {}

    /** A quiz button: the option chosen for question {@code index} of quiz {@code sessionId}. */
    record FitAnswer(String sessionId, int index, String optionId) implements Query {}

    /** An advisor announcement for the advisor channel (Slack only). */
    record Announce(String text) implements Query {}

    /** Delete everything held about the user. */
    record Forget() implements Query {}
}
