package jp.infracareer.interview;

import jp.infracareer.kernel.Netmask;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.infracareer.content.Rubric;

/**
 * A number of devices stated for a network, checked by arithmetic: a /p network has 2^(32-p) addresses, two of
 * which (the network and the broadcast address) no device can take. Phrase rules know "/24 is 256 devices";
 * this also knows "/25なら128台" and "a /23 gives 511 hosts". Only the slips beginners make are read as mistakes:
 * every address counted (2^(32-p)), only one reserved (2^(32-p)-1), or the usable count of a larger network given
 * for this one ("/24 … 65,534台", /16's). Any other number may be a count of the office's own PCs ("30台") or leave
 * room for a gateway (253), so it is left alone.
 */
final class HostCountCheck {
    /** "/24" but not a date or a path like "1/2": one or two digits after a slash, nothing after them. */
    private static final Pattern PREFIX = Pattern.compile("(?<![a-z])/(\\d{1,2})(?!\\d)");
    private static final Pattern MASK = Pattern.compile("(?<![\\d.])(255)\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d.]\\d)");
    /** A whole number, not part of an address or a prefix ("192.168.1.0/24" holds none). */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d./,])\\d{1,3}(?:,\\d{3})+(?![\\d/]|\\.\\d)|(?<![\\d./,])\\d+(?![\\d/,]|\\.\\d)");
    /** What may stand between a number and its unit: "254の機器", "254 hosts". */
    private static final Pattern FILLER = Pattern.compile("^(?:\\s|の)*");

    private HostCountCheck() {}

    /** A sentence that miscounts, and the prefix of the network it counts for. */
    record Hit(int sentence, int prefix) {}

    /** The first sentence that states a miscounted number of devices, or empty. */
    static java.util.Optional<Hit> wrongSentence(AnswerText text, Rubric.HostCount rule, List<String> contrast) {
        if (!rule.applies()) {
            return java.util.Optional.empty();
        }
        int prefix = rule.prefix();
        for (int i = 0; i < text.size(); i++) {
            if (text.disowns(i)) {
                continue;
            }
            for (String clause : text.clauses(i, contrast)) {
                boolean readable = !text.clauseNegates(clause) && !text.clauseHas(clause, rule.unless());
                int at = 0;
                Matcher number = NUMBER.matcher(clause);
                while (number.find()) {
                    prefix = lastPrefix(clause.substring(at, number.start()), prefix);
                    at = number.end();
                    if (readable && prefix >= 8 && prefix <= 30 && countsDevices(clause.substring(number.end()), rule.units())
                            && miscounts(Long.parseLong(number.group().replace(",", "")), prefix)) {
                        return java.util.Optional.of(new Hit(i, prefix));
                    }
                }
                prefix = lastPrefix(clause.substring(at), prefix);
            }
        }
        return java.util.Optional.empty();
    }

    /** The right fact for the network counted for, with its figures filled in. */
    static String correction(Rubric.HostCount rule, int prefix) {
        long total = 1L << (32 - prefix);
        return rule.correction().replace("{prefix}", String.valueOf(prefix))
                .replace("{usable}", String.valueOf(total - 2)).replace("{total}", String.valueOf(total));
    }

    private static boolean miscounts(long stated, int prefix) {
        long total = 1L << (32 - prefix);
        if (stated == total || stated == total - 1) {
            return true;
        }
        // the usable count of a larger network ("/24 … 65,534 devices" is /16's), given for this one: more devices
        // than it has addresses. A smaller network's count (30, 62, 126) is as often the office's own PCs or a split
        long other = stated + 2;
        return other > total && Long.bitCount(other) == 1 && other <= (1L << 24);
    }

    private static boolean countsDevices(String after, List<String> units) {
        String rest = FILLER.matcher(after).replaceFirst("");
        for (String unit : units) {
            String u = AnswerText.fold(unit);
            // an English unit is a whole word ("hosts" is not "hostname"); a Japanese one is followed by anything
            if (!u.isEmpty() && rest.startsWith(u)
                    && (u.charAt(0) > 0x7f || rest.length() == u.length() || !Character.isLetter(rest.charAt(u.length())))) {
                return true;
            }
        }
        return false;
    }

    /** The prefix the text names last ("/25", or a mask "255.255.255.128"), or {@code current}. */
    private static int lastPrefix(String text, int current) {
        int prefix = current;
        int last = -1;
        Matcher m = PREFIX.matcher(text);
        while (m.find()) {
            prefix = Integer.parseInt(m.group(1));
            last = m.start();
        }
        Matcher mask = MASK.matcher(text);
        while (mask.find()) {
            if (mask.start() > last) {
                int bits = Netmask.bits(mask.group());
                if (bits > 0) {
                    prefix = bits;
                    last = mask.start();
                }
            }
        }
        return prefix;
    }
}
