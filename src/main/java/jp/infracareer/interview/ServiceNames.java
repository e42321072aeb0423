package jp.infracareer.interview;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import jp.infracareer.content.FeedbackRules;

/**
 * The services' names (feedback.yml {@code ports.known}) as they stand in folded clauses, as whole words: shared by the
 * checks that read what is said of a service, its port ({@link PortCheck}) and its transport ({@link TransportCheck}).
 */
final class ServiceNames {
    /** Keyed by the name as written in content: folding it on every look-up cost more than the look-up. */
    private static final Map<String, Pattern> NAMES = new ConcurrentHashMap<>();

    private ServiceNames() {}

    /** True when {@code clause} names {@code service} by any of its names. */
    static boolean named(String clause, FeedbackRules.Service service) {
        return service.names().stream().anyMatch(n -> pattern(n).matcher(clause).find());
    }

    /** One name as a whole word in folded text. */
    static Pattern pattern(String name) {
        return NAMES.computeIfAbsent(name, n -> Pattern.compile("(?<![a-z0-9])" + Pattern.quote(AnswerText.fold(n)) + "(?![a-z0-9])"));
    }
}
