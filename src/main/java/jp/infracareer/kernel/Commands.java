package jp.infracareer.kernel;


/** The canonical commands behind buttons: following a button is the same as typing its command. */
public final class Commands {
    public static final String HELP = "help";
    public static final String ROLES = "roles";
    public static final String STAGES = "stages";
    public static final String DAY = "day";
    public static final String FIT = "fit";
    public static final String TIP = "tip";
    public static final String JOBPOST = "jobpost";

    /** Starts a mock interview on a track (general, server, network, cloud) or drills one question by id. */
    public static String interview(String trackOrQuestion) {
        return "interview " + trackOrQuestion;
    }

    private Commands() {}

    public static String role(String roleId) {
        return "role " + roleId;
    }

    public static String compare(String first, String second) {
        return "compare " + first + " " + second;
    }

    public static String stage(String stageId) {
        return "stage " + stageId;
    }

    /** A guide's short answer. */
    public static String guide(String guideId) {
        return "guide " + guideId;
    }

    /** A guide's full page. */
    public static String guideMore(String guideId) {
        return "guide " + guideId + " more";
    }

    /** The command behind a topic id, so a related topic can be offered as a button. */
    public static String forTopic(String topicId) {
        String[] p = topicId.split("/");
        return switch (p[0]) {
            case "role" -> p.length > 1 ? role(p[1]) : ROLES;
            case "stage" -> p.length > 1 ? stage(p[1]) : STAGES;
            case "compare" -> p.length > 2 ? compare(p[1], p[2]) : "compare";
            case "guide" -> p.length > 1 ? guide(p[1]) : HELP;
            case "interview" -> interview("general");
            default -> topicId;
        };
    }

    public static String lang(Lang lang) {
        return "lang " + lang.code();
    }
}
