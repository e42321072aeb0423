package jp.infracareer.interview;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.infracareer.content.Rubric;

/**
 * An address said to be a network's broadcast or network address, checked by arithmetic: in a /p network the
 * broadcast address has every host bit 1 and the network address every host bit 0 ("192.168.1.254がブロードキャスト
 * アドレス" is a slip for .255). The network is the first address the answer writes with a prefix
 * ("192.168.1.0/24"), else the question's own prefix (the rubric's {@code host_count}); an address of another
 * network is left alone.
 */
final class ReservedAddressCheck {
    /** A dotted IPv4 address, its four parts in groups 1-4 and a prefix in 5; the address checks share it. */
    static final Pattern ADDRESS = Pattern.compile(
            "(?<![\\d.])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/(\\d{1,2}))?(?![\\d]|\\.\\d)");
    /** How far an address may stand from the words that name it, in characters. */
    private static final int JA_REACH = 25;
    private static final int EN_REACH = 40;

    /** An address given as a reserved one it is not: the words as said, the network and the right address. */
    record Hit(int sentence, String kind, String network, int prefix, String right, String stated) {}

    private ReservedAddressCheck() {}

    static Optional<Hit> wrongAddress(AnswerText text, Rubric.HostCount rule, List<String> contrast) {
        if (!rule.applies() || rule.addressCorrection().isBlank()) {
            return Optional.empty();
        }
        Network net = network(text, rule.prefix());
        int reach = text.english() ? EN_REACH : JA_REACH;
        // a negation elsewhere in a clause (「…なので使えません」) does not take back what it names: only one right after the
        // words does ({@link #DENIED_AFTER}), and one between an address and the words breaks their link. The count's
        // words of leaving out (「その2つを除いた254台」) say nothing about which address is which: not read as unless here
        for (AnswerText.Clause said : text.readClauses(contrast, List.of())) {
            for (boolean broadcast : new boolean[] {true, false}) {
                for (String kind : broadcast ? rule.broadcast() : rule.network()) {
                    for (int at : text.placesOf(said.text(), kind)) {
                        int end = at + AnswerText.Phrasing.of(kind).folded().length();
                        if (DENIED_AFTER.matcher(said.text().substring(end)).lookingAt()) {
                            continue; // 「…はブロードキャストアドレスではありません」
                        }
                        Optional<Hit> hit = nearest(said, at, AnswerText.Phrasing.of(kind).folded().length(), reach)
                                .flatMap(address -> check(said.sentence(), kind, broadcast, net, address));
                        if (hit.isPresent()) {
                            return hit;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A denial right after the words: 「ブロードキャストアドレスではない」, "broadcast address, not". */
    private static final Pattern DENIED_AFTER = Pattern.compile("\\s*(?:address|アドレス)?\\s*(?:では|じゃ|でも)(?:な|ありません)|\\s*(?:address)?\\s*,?\\s*not\\b");

    /** The network an answer speaks of: its base and prefix (base -1 when no address with a prefix is written). */
    private record Network(long base, int prefix) {}

    private static Network network(AnswerText text, int questionPrefix) {
        for (int i = 0; i < text.size(); i++) {
            Matcher m = ADDRESS.matcher(text.folded(i));
            while (m.find()) {
                if (m.group(5) != null) {
                    int prefix = Integer.parseInt(m.group(5));
                    long value = value(m);
                    if (prefix >= 8 && prefix <= 30 && value >= 0) {
                        return new Network(value & mask(prefix), prefix);
                    }
                }
            }
        }
        return new Network(-1, questionPrefix);
    }

    /**
     * What may stand between the words and the address after them: "broadcast address is 192…", "the broadcast
     * address 192…", 「ブロードキャストアドレスは192…」, 「ブロードキャストアドレスの192…」.
     */
    private static final Pattern LINK_AFTER = Pattern.compile(
            "^\\s*(?:address)?\\s*(?:(?:is|would be|will be|becomes|=|:|\\(|は|の|＝|：|（)\\s*(?:the\\s+)?)?$");
    /**
     * ...and between an address and the words after it: "192… is the broadcast address", "the first, 192…, is the
     * broadcast address", 「192…がブロードキャスト」.
     */
    private static final Pattern LINK_BEFORE = Pattern.compile(
            "^\\s*,?\\s*(?:is|would be|will be|becomes|=|が|は|＝)\\s*(?:the\\s+|a\\s+|an\\s+)?$");

    /**
     * The address the words at {@code at} are said of: one right before them, joined by "is" (「は」, "192.168.1.255
     * is the broadcast address"), or else one right after them ("the broadcast address is 192…"); nothing else is
     * read as said of them. Before wins: in 「192.168.1.0はネットワークアドレス、192.168.1.255は…」 the next address
     * belongs to the next item.
     */
    private static Optional<Long> nearest(AnswerText.Clause said, int at, int length, int reach) {
        Matcher m = ADDRESS.matcher(said.text());
        Long before = null;
        Long after = null;
        while (m.find()) {
            long value = m.group(5) == null ? value(m) : -1; // "192.168.1.0/24" names the network, not one address
            if (value < 0) {
                continue;
            }
            if (m.end() <= at && at - m.end() <= reach && LINK_BEFORE.matcher(said.text().substring(m.end(), at)).find()) {
                before = value;
            }
            if (after == null && m.start() >= at + length && m.start() - (at + length) <= reach
                    && LINK_AFTER.matcher(said.text().substring(at + length, m.start())).find()) {
                after = value;
            }
        }
        return Optional.ofNullable(before != null ? before : after);
    }

    private static Optional<Hit> check(int sentence, String kind, boolean broadcast, Network net, long stated) {
        long mask = mask(net.prefix());
        if (net.base() >= 0 && (stated & mask) != net.base()) {
            return Optional.empty(); // an address of another network
        }
        long right = broadcast ? (stated & mask) | (~mask & 0xFFFFFFFFL) : stated & mask;
        return right == stated ? Optional.empty()
                : Optional.of(new Hit(sentence, kind, dotted(stated & mask), net.prefix(), dotted(right), dotted(stated)));
    }

    static String correction(Rubric.HostCount rule, Hit hit) {
        return rule.addressCorrection().replace("{kind}", hit.kind()).replace("{network}", hit.network())
                .replace("{prefix}", String.valueOf(hit.prefix())).replace("{right}", hit.right()).replace("{stated}", hit.stated());
    }

    private static long value(Matcher m) {
        long v = 0;
        for (int g = 1; g <= 4; g++) {
            int octet = Integer.parseInt(m.group(g));
            if (octet > 255) {
                return -1;
            }
            v = v << 8 | octet;
        }
        return v;
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    private static String dotted(long v) {
        return (v >> 24 & 255) + "." + (v >> 16 & 255) + "." + (v >> 8 & 255) + "." + (v & 255);
    }
}
