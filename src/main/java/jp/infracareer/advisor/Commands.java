package jp.infracareer.advisor;

import jp.infracareer.content.Lang;

/** The canonical commands behind buttons: following a button is the same as typing its command. */
public final class Commands {
    public static final String HELP = "help";
    public static final String ROLES = "roles";
    public static final String STAGES = "stages";
    public static final String DAY = "day";

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
