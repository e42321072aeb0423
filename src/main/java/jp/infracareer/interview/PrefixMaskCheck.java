package jp.infracareer.interview;

import jp.infracareer.kernel.Netmask;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prefix and a subnet mask stated together, checked by arithmetic: "/24" is 24 one-bits, 255.255.255.0, so
 * "/24, that is 255.255.0.0" has mixed them up whatever the words around them. Only a clause that states one
 * prefix length and one mask is read (two of either is a comparison or a list: "/24 is 255.255.255.0 and /16
 * is 255.255.0.0"), and only a clause stated as fact (not negated, not contrasting, no word of the rule's
 * {@code unless}).
 */
final class PrefixMaskCheck {
    /** "192.168.1.0/24" or a "/24" standing alone, but not a date or a fraction ("12/24", "1/2"). */
    private static final Pattern PREFIX = Pattern.compile(
            "(?:(?<![\\d.])\\d{1,3}(?:\\.\\d{1,3}){3}|(?<![\\w./]))/(\\d{1,2})(?![\\d/])");
    /** A dotted mask that starts with 255 ("255.255.255.0"); an address such as 192.168.1.255 is not one. */
    private static final Pattern MASK = Pattern.compile("(?<![\\d.])255\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d.]\\d|\\d)");

    /** Where a prefix and a mask disagree: the sentence, the prefix stated and the mask stated (with its length). */
    record Hit(int sentence, int prefix, String mask, int maskBits) {}

    private PrefixMaskCheck() {}

    static Optional<Hit> wrongMask(AnswerText text, List<String> contrast, List<String> unless) {
        for (AnswerText.Clause said : text.statedClauses(contrast, unless)) {
            TreeSet<Integer> prefixes = new TreeSet<>();
            Matcher p = PREFIX.matcher(said.text());
            while (p.find()) {
                int bits = Integer.parseInt(p.group(1));
                if (bits >= 1 && bits <= 32) {
                    prefixes.add(bits);
                }
            }
            TreeSet<Integer> masks = new TreeSet<>();
            String maskText = "";
            Matcher m = MASK.matcher(said.text());
            while (m.find()) {
                int bits = Netmask.bits(m.group());
                if (bits > 0) {
                    masks.add(bits);
                    maskText = m.group();
                }
            }
            if (prefixes.size() == 1 && masks.size() == 1 && !prefixes.first().equals(masks.first())) {
                return Optional.of(new Hit(said.sentence(), prefixes.first(), maskText, masks.first()));
            }
        }
        return Optional.empty();
    }

    /** The right fact: {prefix} and {mask} for the prefix stated, {stated} and {bits} for the mask stated. */
    static String correction(String template, Hit hit) {
        return template.replace("{prefix}", String.valueOf(hit.prefix())).replace("{mask}", Netmask.dotted(hit.prefix()))
                .replace("{stated}", hit.mask()).replace("{bits}", String.valueOf(hit.maskBits()));
    }
}
