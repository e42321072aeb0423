package jp.infracareer.advisor;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.infracareer.kernel.Netmask;
import jp.infracareer.recognition.TextNormalizer;

/**
 * "How many hosts fit in a /26?" (「/24って何台つなげますか？」, 「255.255.255.192だといくつ使える？」): the prefix a short
 * question asks the number of usable addresses of, worked out rather than looked up (a fourteenth newcomer trial got a
 * free-tier page and a list of maths topics for these).
 */
final class SubnetQuestion {
    /** Longer than this, a message is more than this question (an answer, a story). */
    private static final int MAX_CHARS = 80;
    /** The prefixes a question can sensibly ask hosts of (a /31 or /32 holds no network in the usual sense). */
    private static final int SMALLEST_PREFIX = 8;
    private static final int LARGEST_PREFIX = 30;
    /** "/24", or an address with it ("192.168.1.0/24"); not a date or a fraction ("1/2"), which a digit alone precedes. */
    private static final Pattern PREFIX = Pattern.compile("(?:(?<![\\d.])\\d{1,3}(?:\\.\\d{1,3}){3}|(?<![a-z0-9]))/(\\d{1,2})(?!\\d)");
    private static final Pattern MASK = Pattern.compile("(?<![\\d.])255\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}(?![\\d.]\\d)");

    private final List<String> countWords;

    SubnetQuestion(List<String> countWords) {
        this.countWords = countWords.stream().map(TextNormalizer::normalize).toList();
    }

    /** The prefix whose number of usable addresses the question asks, if it asks that. */
    Optional<Integer> prefixAsked(String text) {
        if (text == null || text.length() > MAX_CHARS) {
            return Optional.empty();
        }
        String normalized = TextNormalizer.normalize(text);
        if (countWords.stream().noneMatch(normalized::contains)) {
            return Optional.empty();
        }
        java.util.Set<Integer> named = new java.util.HashSet<>();
        Matcher prefix = PREFIX.matcher(normalized);
        while (prefix.find()) {
            named.add(Integer.valueOf(prefix.group(1)));
        }
        Matcher mask = MASK.matcher(normalized);
        while (mask.find()) {
            named.add(Netmask.bits(mask.group()));
        }
        // one network, named by a prefix, a mask or both ("/26（255.255.255.192）"); two differing ones are a comparison
        Integer found = named.size() == 1 ? named.iterator().next() : null;
        return Optional.ofNullable(found).filter(p -> p >= SMALLEST_PREFIX && p <= LARGEST_PREFIX);
    }
}
