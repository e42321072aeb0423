package jp.infracareer.advisor;

/** The stable topic ids of DESIGN.md, in one place. */
public final class TopicIds {
    public static final String HELP = "help";
    public static final String ROLES = "roles";
    public static final String STAGES = "stages";
    public static final String DAY = "day";
    public static final String FALLBACK = "fallback";

    private TopicIds() {}

    public static String role(String roleId) {
        return "role/" + roleId;
    }

    public static String compare(String first, String second) {
        return "compare/" + first + "/" + second;
    }

    public static String stage(String stageId) {
        return "stage/" + stageId;
    }
}
