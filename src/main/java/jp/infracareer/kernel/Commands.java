package jp.infracareer.kernel;


/** The canonical commands behind buttons: following a button is the same as typing its command. */
public final class Commands {
    public static final String HELP = "help";
    public static final String ROLES = "roles";
    public static final String STAGES = "stages";
    public static final String DAY = "day";
    public static final String FIT = "fit";

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

    public static String lang(Lang lang) {
        return "lang " + lang.code();
    }
}
