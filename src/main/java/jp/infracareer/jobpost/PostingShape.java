package jp.infracareer.jobpost;

import java.util.List;
import java.util.regex.Pattern;
import jp.infracareer.recognition.TextNormalizer;

/**
 * Tells a pasted job posting from a question by its shape, whatever words come before it: section headings
 * (【仕事内容】, 必須, "Requirements:"), several bullet lines, the length of a posting, a list of technologies.
 */
public final class PostingShape {
    private static final Pattern BRACKET_HEADING = Pattern.compile("[【\\[■◆●□〈<《][^】\\]\\n]{1,15}[】\\]]?");
    private static final Pattern BULLET_LINE = Pattern.compile("(?m)^\\s*([・\\-•*●◆■]|\\d+[.)、])\\s*\\S");
    private static final List<String> SECTION_WORDS = List.of("仕事内容", "業務内容", "必須", "歓迎", "応募資格", "求める",
            "給与", "年収", "勤務地", "勤務時間", "勤務形態", "雇用形態", "休日", "福利厚生", "待遇", "選考", "募集",
            "responsibilities", "requirements", "qualifications", "required", "preferred", "nice to have", "salary",
            "location", "benefits", "what you will do", "about the role", "job description", "employment type");
    /** Shorter than this, a message is a question, however it is laid out. */
    private static final int MIN_LENGTH = 80;

    private PostingShape() {}

    public static boolean looksLikePosting(String text) {
        if (text == null || text.strip().length() < MIN_LENGTH) {
            return false;
        }
        String normalized = TextNormalizer.normalize(text);
        long sections = SECTION_WORDS.stream().filter(normalized::contains).count();
        long headings = BRACKET_HEADING.matcher(text).results().count();
        long bullets = BULLET_LINE.matcher(text).results().count();
        long lines = text.lines().filter(l -> !l.isBlank()).count();
        int score = 0;
        score += sections >= 3 ? 2 : sections >= 2 ? 1 : 0;
        score += headings >= 2 ? 2 : 0;
        score += bullets >= 3 ? 1 : 0;
        score += lines >= 5 ? 1 : 0;
        score += text.length() >= 300 ? 1 : 0;
        return score >= 3;
    }

    /**
     * The posting without the user's lead words ("これどう思う？", "can you check this"): from the first line
     * that looks like part of the posting. The whole text when no such line is found.
     */
    public static String withoutLeadIn(String text) {
        List<String> lines = text.lines().toList();
        if (lines.size() < 2) {
            return text.strip();
        }
        String first = lines.get(0);
        boolean leadIn = first.length() < 60 && (first.strip().endsWith("？") || first.strip().endsWith("?")
                || first.strip().endsWith("：") || first.strip().endsWith(":") || first.contains("求人") || first.contains("posting")
                || first.contains("job ad"));
        return leadIn ? String.join("\n", lines.subList(1, lines.size())).strip() : text.strip();
    }
}
