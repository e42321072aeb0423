package jp.infracareer.interview;

import java.util.Optional;
import java.util.regex.Matcher;
import jp.infracareer.content.FeedbackRules;

/**
 * An IPv4 address written with a part over 255 (「固定IPは192.168.1.300にしました」): no such address exists, since each
 * of its four parts is 8 bits. A ninety-seventh blind set's answer gave a server one and scored 85. A sentence that
 * says the address is impossible, or names 255, is left alone (content's {@code ports.address_unless}).
 */
final class InvalidAddressCheck {
    private static final int OCTET_MAX = 255;

    /** The sentence and the address as written. */
    record Hit(int sentence, String stated) {}

    private InvalidAddressCheck() {}

    static Optional<Hit> invalid(AnswerText text, FeedbackRules.Ports ports) {
        if (ports.addressCorrection().isBlank()) {
            return Optional.empty();
        }
        for (int i = 0; i < text.size(); i++) {
            // four dotted numbers, not part of a longer dotted run (a version such as 1.2.3.4.5)
            Matcher m = ReservedAddressCheck.ADDRESS.matcher(text.sentence(i));
            while (m.find()) {
                if (overflows(m) && !text.has(i, ports.addressUnless())) {
                    return Optional.of(new Hit(i, m.group()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean overflows(Matcher m) {
        for (int g = 1; g <= 4; g++) {
            if (Integer.parseInt(m.group(g)) > OCTET_MAX) {
                return true;
            }
        }
        return false;
    }

    static String correction(FeedbackRules.Ports ports, Hit hit) {
        return ports.addressCorrection().replace("{stated}", hit.stated());
    }
}
