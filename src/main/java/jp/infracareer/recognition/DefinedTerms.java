package jp.infracareer.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.infracareer.content.Passage;
import jp.infracareer.kernel.Lang;

/**
 * The terms a passage defines, read from how the content writes a definition: a bullet 「還元率：単価のうち…」
 * or "Red flags: …", a sentence 「オンコールとは、…」 or "AIOps (…) is …", a heading 「オンコールとは」 or one that sets two
 * things side by side (「LinuCとLPICの違い」). A
 * question 「Xってなに？」 is answered by the passage that defines X, not by one that only mentions it.
 */
final class DefinedTerms {
    private DefinedTerms() {}

    private static final Pattern JA_SENTENCE = Pattern.compile("(?:^|[。\\n])\\s*(?:「)?([^、。「」\\n]{1,20}?)(?:」)?(?:とは|（[^）]{1,40}）とは|（[^）]{1,40}）は)");
    private static final Pattern JA_BULLET = Pattern.compile("^([^：:、。]{1,20})[：:]");
    private static final Pattern JA_CALLED = Pattern.compile("「([^」]{1,20})」と(?:呼|いい|言い|いう|言う)");
    private static final Pattern EN_SENTENCE = Pattern.compile(
            "(?:^|[.\\n]\\s)\\s*([A-Za-z][\\w/ -]{0,30}?) (?:\\([^)]{1,60}\\) )?(?:is|are|means|refers to) (?:a|an|the|when|what|how)\\b");
    /** A heading that sets two things side by side (「LinuCとLPICの違い」, "LinuC and LPIC: the difference") is about both. */
    private static final Pattern JA_PAIR_HEADING = Pattern.compile("^(.{1,20}?)と(.{1,20})の違い$");
    private static final Pattern EN_PAIR_HEADING = Pattern.compile("^(.{1,30}?) (?:and|vs\\.?) (.{1,30}?)(?:: the difference|: how they differ)$");
    private static final Pattern EN_BULLET = Pattern.compile("^([^:.,]{1,40}): ");
    private static final Pattern EN_CALLED = Pattern.compile("\\b(?:is|are) called ([\\w-]+(?: [\\w-]+)?)");

    /** The phrases {@code p} defines, as written (the index analyses them as it analyses questions). */
    static List<String> of(Passage p, Lang lang) {
        List<String> out = new ArrayList<>();
        boolean ja = lang == Lang.JA;
        String heading = p.heading().strip();
        if (ja ? heading.endsWith("とは") : heading.toLowerCase(java.util.Locale.ROOT).startsWith("what ")) {
            out.add(ja ? heading.substring(0, heading.length() - 2) : heading.substring(5));
        }
        Matcher pair = (ja ? JA_PAIR_HEADING : EN_PAIR_HEADING).matcher(heading);
        if (pair.matches()) {
            out.add(pair.group(1).strip());
            out.add(pair.group(2).strip());
        }
        collect(ja ? JA_SENTENCE : EN_SENTENCE, p.text(), out);
        collect(ja ? JA_CALLED : EN_CALLED, p.text(), out);
        for (String b : p.bullets()) {
            collect(ja ? JA_BULLET : EN_BULLET, b.strip(), out);
        }
        return out;
    }

    private static void collect(Pattern pattern, String text, List<String> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.group(1).strip());
        }
    }
}
