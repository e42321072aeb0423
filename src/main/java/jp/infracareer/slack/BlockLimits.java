package jp.infracareer.slack;

/** Slack's Block Kit limits (SLACK.md); a message that breaks one is rejected with invalid_blocks. */
public final class BlockLimits {
    public static final int MESSAGE_BLOCKS = 50;
    public static final int VIEW_BLOCKS = 100;
    public static final int SECTION_TEXT = 3000;
    public static final int SECTION_FIELDS = 10;
    public static final int FIELD_TEXT = 2000;
    public static final int HEADER_TEXT = 150;
    public static final int BUTTON_TEXT = 75;
    public static final int ID = 255;
    public static final int BUTTON_VALUE = 2000;
    public static final int ACTIONS_ELEMENTS = 25;
    public static final int CONTEXT_ELEMENTS = 10;
    /** The top-level notification text; Slack truncates long ones, we keep it short. */
    public static final int MESSAGE_TEXT = 3000;

    private BlockLimits() {}
}
