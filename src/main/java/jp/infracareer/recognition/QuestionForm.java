package jp.infracareer.recognition;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import jp.infracareer.kernel.Lang;

/**
 * What shape of answer a question wants, told from how it asks rather than what it is about: a definition
 * (「オンコールってなに？」, "What is on-call?"), the gist (a yes/no question, "which first", "what is it
 * like": the page's short answer says it), or a detail (how much, when, where, how to: a section). The same
 * words in another shape want another passage: 「SESってやめたほうがいい？」 wants the verdict, 「SESで避けたい
 * 会社は？」 the list.
 */
public enum QuestionForm {
    DEFINITION, GIST, DETAIL;

    // Japanese: 「Xってなに」「Xとは」「どういう意味」 (not 「何が違う」 or 「何から」, which ask for more); a
    // question word makes it a detail question, except when it asks for a choice or an impression; 「Xって
    // ある？」 asks for the X, not for yes or no
    private static final Pattern JA_DEFINITION = Pattern.compile(
            "(って|とは)(なに|何|なん)(です|でしょう|だろう|なの)?(か|かな)?([?？。]|$)|(って|とは)(なに|何)[?？]*$|とは[?？]*$|どういう意味|意味(って|が|は)?(なに|何|なん)");
    /** 「AとBの違い」 asks for the comparison a section makes, even with 「どっち」 beside it. */
    private static final Pattern JA_DIFFERENCE = Pattern.compile("違い|違う|違いま");
    private static final Pattern JA_CHOICE_OR_IMPRESSION = Pattern.compile("どっち|どちら|どれから|どんな感じ|実際(どう|のところ)");
    /** Words that ask for a verdict on the page's subject (can I, is it too late, is it a bad idea). */
    private static final Pattern JA_VERDICT = Pattern.compile(
            "なれる|なれます|なれない|遅い|手遅れ|やめ(た|と)(ほう|方|け)|やめるべき|アリ|あり[?？]|厳しい|無理|きつい|意味(ある|あります|ない)|価値(ある|あります)|なくなる|通用|向いて(る|いる|ます)");
    private static final Pattern JA_QUESTION_WORD = Pattern.compile(
            "何|なに|なんで(?!す)|なん(です|でしょう|だろう)か|なんの|なんて|どう|どこ|どれ|どの|いつ|誰|だれ|いくら|なぜ|どんな");
    private static final Pattern JA_ASKS = Pattern.compile("[?？]|(か|の|かな)[。…]*$");
    private static final Pattern JA_IS_THERE = Pattern.compile("(ある|あります|ありますか)[?？]*$|(ある|あります)(か)?[?？]|は[?？]+$");
    // English: "what is X" with X a word or two, "what does X mean"; a question that opens with a verb
    // ("Is…", "Will…", "Should I…") is a yes/no one, "A or B" or "which one" a choice; "is there any X"
    // asks for the X
    private static final Pattern EN_DEFINITION = Pattern.compile(
            "^(what('s| is| are)|what does|what do) (an? |the )?[\\w/-]+( [\\w/-]+)?( mean)?\\??$|\\bwhat does .{1,30} mean\\b|\\bmeaning of\\b");
    private static final Pattern EN_YES_NO = Pattern.compile(
            "(^|[.?!] )(is|are|am|was|will|would|can|could|should|do|does|did|have|has|must)\\b(?! there\\b)");
    private static final Pattern EN_CHOICE = Pattern.compile("\\bor\\b|\\bvs\\.?\\b|\\bwhich (one|first|is better)\\b");
    private static final Pattern EN_IMPRESSION = Pattern.compile("\\blike\\??$");
    private static final Pattern EN_VERDICT = Pattern.compile(
            "\\btoo (late|old)\\b|\\b(bad|good) idea\\b|\\bworth\\b|\\benough\\b|\\bobsolete\\b|\\breplace|\\bdisappear|\\brealistic\\b|\\ba problem\\b|\\bsuit(s|ed)? me\\b|\\bhard\\b");
    private static final Pattern EN_QUESTION_WORD = Pattern.compile("(^|[.?!,] )(what|how|when|where|who|why|which)\\b");

    private static final Pattern JA_WEIGHS = Pattern.compile("違い|違う|どっち|どちら|比べ|比較");
    private static final Pattern EN_WEIGHS = Pattern.compile("differen|\\bor\\b|\\bvs\\.?\\b|\\bversus\\b|\\bwhich\\b|\\bcompare");

    /** Whether the question weighs things against each other (「AとBどっち」「違いは」, "A or B", "which"). */
    public static boolean weighsTwo(String question, Lang lang) {
        String t = Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return (lang == Lang.EN ? EN_WEIGHS : JA_WEIGHS).matcher(t).find();
    }

    /** A question mark, a question's ending or a word that asks (「教えて」, "how"), in either language. */
    private static final Pattern ASKS = Pattern.compile(
            "[?？]|(ですか|ますか|でしょうか|の|かな|って何|ってなに|とは)[。!！…\\s]*$|教えて|知りたい|(?i)\\b(what|how|why|which|where|when|who|can i|should i|is it|do i|does)\\b");

    /** Whether a message asks something rather than states it (「クラウドはまだよくわからないです」 asks nothing). */
    public static boolean asksSomething(String text) {
        // a question mark anywhere is the pattern's first branch: most questions end with one
        return text.indexOf('?') >= 0 || text.indexOf('？') >= 0 || ASKS.matcher(text.strip()).find();
    }

    public static QuestionForm of(String question, Lang lang) {
        String t = Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        if (lang == Lang.EN) {
            if (EN_DEFINITION.matcher(t).find()) {
                return DEFINITION;
            }
            // "what is it like?" asks for an impression; another question word ("how much…") for a detail
            if (t.contains("differen")) {
                return DETAIL;
            }
            if (EN_IMPRESSION.matcher(t).find()) {
                return GIST;
            }
            boolean asksWhat = EN_QUESTION_WORD.matcher(t).find() && !t.contains("which");
            if (!asksWhat && (EN_CHOICE.matcher(t).find() || (EN_YES_NO.matcher(t).find() && EN_VERDICT.matcher(t).find()))) {
                return GIST;
            }
            return DETAIL;
        }
        if (JA_DEFINITION.matcher(t).find()) {
            return DEFINITION;
        }
        if (JA_DIFFERENCE.matcher(t).find()) {
            return DETAIL;
        }
        if (JA_CHOICE_OR_IMPRESSION.matcher(t).find() || (!JA_QUESTION_WORD.matcher(t).find() && JA_ASKS.matcher(t).find()
                && !JA_IS_THERE.matcher(t).find() && JA_VERDICT.matcher(t).find())) {
            return GIST;
        }
        return DETAIL;
    }
}
