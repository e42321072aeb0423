package jp.infracareer.kernel;

/** The stable topic ids of DESIGN.md, in one place. */
public final class TopicIds {
    public static final String HELP = "help";
    public static final String ROLES = "roles";
    public static final String STAGES = "stages";
    public static final String DAY = "day";
    public static final String FALLBACK = "fallback";
    public static final String BROADCAST = "broadcast";
    public static final String ERROR = "error";
    public static final String INTERVIEW = "interview";
    public static final String INTERVIEW_QUESTION = "interview/question";
    public static final String INTERVIEW_FEEDBACK = "interview/feedback";
    public static final String INTERVIEW_SUMMARY = "interview/summary";
    public static final String INTERVIEW_EXAMPLE = "interview/example";
    public static final String JOBPOST = "jobpost";
    public static final String FIT = "fit";
    public static final String TIP = "tip";
    public static final String THANKS = "thanks";
    public static final String GOODBYE = "goodbye";
    public static final String GREETING = "greeting";
    public static final String FEELING = "feeling";
    public static final String DID_YOU_MEAN = "did-you-mean";
    /** How many devices a network of a prefix holds, worked out. */
    public static final String SUBNET = "subnet";
    /** The console's notice that no button on screen has the number typed. */
    public static final String CONSOLE_NO_BUTTON = "console/no-button";
    /** A console message whose handling failed: told so, and the chat goes on. */
    public static final String CONSOLE_FAILED = "console/failed";

    private TopicIds() {}

    public static String role(String roleId) {
        return ROLE + roleId;
    }

    public static String compare(String first, String second) {
        return "compare/" + first + "/" + second;
    }

    public static String stage(String stageId) {
        return STAGE + stageId;
    }

    public static String guide(String guideId) {
        return GUIDE + guideId;
    }

    /** The guide id of a guide's topic id (「guide/ses」 -> ses), or empty for any other topic. */
    public static java.util.Optional<String> guideId(String topicId) {
        return after(GUIDE, topicId);
    }

    /** The role id of a role's topic id (「role/server」 -> server), or empty for any other topic. */
    public static java.util.Optional<String> roleId(String topicId) {
        return after(ROLE, topicId);
    }

    /** The stage id of a stage's topic id (「stage/build」 -> build), or empty for any other topic. */
    public static java.util.Optional<String> stageId(String topicId) {
        return after(STAGE, topicId);
    }

    private static java.util.Optional<String> after(String prefix, String topicId) {
        return topicId != null && topicId.startsWith(prefix) ? java.util.Optional.of(topicId.substring(prefix.length()))
                : java.util.Optional.empty();
    }

    private static final String GUIDE = "guide/";
    private static final String ROLE = "role/";
    private static final String STAGE = "stage/";

    /** A glossary term's definition ("what is X?"). */
    public static String glossary(String termId) {
        return "glossary/" + termId;
    }
}
