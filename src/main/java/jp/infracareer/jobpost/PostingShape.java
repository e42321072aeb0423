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
     * The posting without the user's lead words ("これどう思う？", "can you check this:"), kept from where the posting
     * starts: on the first line after a question ("この求人どう？【仕事内容】…" keeps 【仕事内容】…), or on the next line
     * when the first is only a lead-in. A first line that is already part of the posting (a heading such as
     * 【求人】 or "Requirements:", a section word) is kept.
     */
    public static String withoutLeadIn(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return t;
        }
        List<String> lines = t.lines().toList();
        String first = lines.get(0).strip();
        if (partOfPosting(first)) {
            return t;
        }
        String rest = String.join("\n", lines.subList(1, lines.size())).strip();
        int start = postingStart(first);
        if (start > 0 && !first.substring(start).isBlank()) {
            return (first.substring(start).strip() + "\n" + rest).strip();
        }
        boolean leadIn = lines.size() >= 2 && first.length() < LEAD_IN && (first.endsWith("？") || first.endsWith("?")
                || first.endsWith("：") || first.endsWith(":") || namesThePosting(first));
        return leadIn ? rest : t;
    }

    /**
     * Where the posting starts on a first line that opens with the user's words, or -1: after a short question
     * ("これどう？ 株式会社…"), after a colon that follows words naming the posting ("この求人を読んで：…"), or at a
     * heading right after either ("この求人どう？【仕事内容】…"). A heading or colon inside the posting's own first
     * line ("インフラエンジニア【未経験可】", "勤務地：東京") is no such place.
     */
    private static int postingStart(String first) {
        java.util.regex.Matcher m = LEAD_IN_END.matcher(first);
        while (m.find() && m.start() < LEAD_IN) {
            String before = first.substring(0, m.start()).strip();
            boolean question = m.group().matches("[？?]+");
            if (m.group().startsWith("【") || m.group().startsWith("[") || m.group().startsWith("■")) {
                if (before.endsWith("？") || before.endsWith("?") || before.endsWith("：") || before.endsWith(":")
                        || namesThePosting(before)) {
                    return m.start();
                }
            } else if (question || namesThePosting(before)) {
                return m.end();
            }
        }
        return -1;
    }

    private static boolean namesThePosting(String words) {
        return words.contains("求人") || words.contains("posting") || words.contains("job ad") || words.contains("this");
    }

    /**
     * The posting a message carries after the user's own question when it is too short to look like one by its shape
     * ("この求人どう思う？ 【未経験歓迎】インフラエンジニア 研修あり 月給22万〜 客先常駐"), or "" when it carries none: what
     * follows the lead-in, when it is long enough to read and states something a posting states (a heading, a section
     * word, pay). A question alone ("この求人どう思う？", 「求人の読み方は？」) carries nothing, and is shown how to paste one.
     */
    public static String carried(String text) {
        String t = text == null ? "" : text.strip();
        String rest = withoutLeadIn(t);
        // a posting's items come apart by spaces, commas or lines; a sentence of one's own
        // (「年収400万って低いと思うんだけど未経験なら普通なのかな」) does not
        if (rest.equals(t) || rest.length() < CARRIED_MIN || ITEM_BREAK.split(rest).length < CARRIED_ITEMS) {
            return "";
        }
        String normalized = TextNormalizer.normalize(rest);
        boolean states = BRACKET_HEADING.matcher(rest).find() || PAY.matcher(rest).find()
                || SECTION_WORDS.stream().anyMatch(normalized::contains);
        return states ? rest : "";
    }

    /** Shorter than this, or in fewer items than this, what follows a question is not read as a posting. */
    private static final int CARRIED_MIN = 30;
    private static final int CARRIED_ITEMS = 3;
    private static final Pattern ITEM_BREAK = Pattern.compile("[\\s　、,，／/]+");
    private static final Pattern PAY = Pattern.compile("(?i)[0-9０-９]+(万|円)|月給|時給|年収|salary|yen");

    /** A lead-in is a short sentence: longer than this, the first line is the posting's. */
    private static final int LEAD_IN = 60;
    /** Where a lead-in on the posting's first line may end: a question mark, a colon, or a heading's bracket. */
    private static final Pattern LEAD_IN_END = Pattern.compile("[？?]+|[：:]|[【\\[■]");

    /**
     * A line that is one of a posting's own items, whatever it ends with: a bracketed heading (【勤務】), a bullet (・夜勤は？),
     * or a short label with a colon ("Q. 残業は？", 「休日：」). A question typed after a pasted posting is none of these.
     */
    public static boolean itemLine(String line) {
        String l = line.strip();
        return BRACKET_HEADING.matcher(l).lookingAt() || BULLET_LINE.matcher(l).lookingAt() || LABEL.matcher(l).lookingAt();
    }

    /** "Q." or a label of up to twelve characters and a colon. */
    private static final Pattern LABEL = Pattern.compile("[QqＱ][.．:：]|[^?？]{1,12}[:：]");

    /**
     * A line that opens with a heading (【求人】, ■業務内容) or names a section (Requirements:, 仕事内容), unless it asks
     * something (「年収400万って低い？」 is the user's).
     */
    private static boolean partOfPosting(String line) {
        if (line.endsWith("？") || line.endsWith("?")) {
            return false;
        }
        if (BRACKET_HEADING.matcher(line).lookingAt()) {
            return true;
        }
        String normalized = TextNormalizer.normalize(line);
        String head = normalized.length() > 20 ? normalized.substring(0, 20) : normalized;
        return SECTION_WORDS.stream().anyMatch(head::startsWith);
    }
}
