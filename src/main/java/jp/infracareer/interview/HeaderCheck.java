package jp.infracareer.interview;

import java.util.List;
import java.util.Optional;
import jp.infracareer.content.FeedbackRules;

/**
 * A field said to travel in another layer's header, checked against the headers' table (feedback.yml
 * {@code headers}): a clause that names one header and puts into it, close by, a field another header carries (a MAC
 * address or a VLAN tag in the IP header, IP addresses in the TCP header, the subnet mask in any). Either the field
 * comes first and goes "in" the header ("the VLAN tag is written in the IP header"), or the header comes first and
 * holds it ("TCPのヘッダーには…IPアドレス", 「IPヘッダーに入っている宛先MACアドレス」). A clause naming two headers sets
 * them side by side and is left alone.
 */
final class HeaderCheck {
    /** How far apart a field and the header it is put in may stand, in characters. */
    private static final int JA_REACH = 30;
    private static final int EN_REACH = 60;

    /** A clause that puts a field into a header that does not carry it. */
    record Hit(int sentence, FeedbackRules.Header stated, String field, FeedbackRules.Header owner) {}

    private HeaderCheck() {}

    static Optional<Hit> misplaced(AnswerText text, FeedbackRules.Headers headers, List<String> contrast) {
        if (headers.known().isEmpty()) {
            return Optional.empty();
        }
        int reach = text.english() ? EN_REACH : JA_REACH;
        for (AnswerText.Clause said : text.statedParts(contrast, headers.unless())) {
            String clause = said.text();
            List<FeedbackRules.Header> named = headers.known().stream()
                    .filter(h -> !h.names().isEmpty() && text.clauseHas(clause, h.names())).toList();
            if (named.size() != 1) {
                continue;
            }
            FeedbackRules.Header stated = named.get(0);
            for (FeedbackRules.Header owner : headers.known()) {
                if (owner == stated) {
                    continue;
                }
                for (String field : owner.fields()) {
                    if (putInto(text, clause, field, stated, headers, reach)) {
                        return Optional.of(new Hit(said.sentence(), stated, field, owner));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** True when {@code field} stands in the clause, put into {@code header} by a word between them. */
    private static boolean putInto(AnswerText text, String clause, String field, FeedbackRules.Header header,
            FeedbackRules.Headers headers, int reach) {
        int fieldLength = AnswerText.Phrasing.of(field).folded().length();
        for (int f : text.placesOf(clause, field)) {
            for (String name : header.names()) {
                int nameLength = AnswerText.Phrasing.of(name).folded().length();
                for (int h : text.placesOf(clause, name)) {
                    if (f + fieldLength <= h && h - (f + fieldLength) <= reach
                            && between(text, clause.substring(f + fieldLength, h + nameLength), headers.into())) {
                        return true; // the field, then "in" the header
                    }
                    if (h + nameLength <= f && f - (h + nameLength) <= reach
                            && between(text, clause.substring(h + nameLength, f), headers.holding())) {
                        return true; // the header, then what it holds
                    }
                }
            }
        }
        return false;
    }

    /** True when one of {@code words} stands in {@code span}: the words "in" or "holds" are matched as written. */
    private static boolean between(AnswerText text, String span, List<String> words) {
        return words.stream().anyMatch(w -> span.contains(AnswerText.Phrasing.of(w).folded()));
    }

    static String correction(FeedbackRules.Headers headers, Hit hit) {
        return headers.correction().replace("{stated}", hit.stated().label()).replace("{field}", hit.field())
                .replace("{holds}", hit.owner().holds());
    }
}
