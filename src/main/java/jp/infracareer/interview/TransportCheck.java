package jp.infracareer.interview;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.infracareer.content.FeedbackRules;

/**
 * A transport said of a service, checked against the services' table (feedback.yml {@code ports.known[].over}): one
 * service and one of TCP and UDP in a clause, the transport one the service does not run over ("DHCPはTCPで動きます",
 * "NTP syncs the clock over TCP"). One rule for every such pair where phrase rules caught them one by one. A clause that
 * names two services or both transports is a comparison or a list and is left alone, as is one with a word of
 * {@code transport_unless} (QUIC, HTTP/3, a fallback) or a transport far from the service's name.
 */
final class TransportCheck {
    private static final Pattern TRANSPORT = Pattern.compile("(?<![a-z0-9])(tcp|udp)(?![a-z0-9])");
    /** How far after the service's name its transport may stand, in characters. */
    private static final int JA_REACH = 20;
    private static final int EN_REACH = 40;
    /** How far a transport may stand from the port numbers it is said with ("TCP ports 67 and 68", 「TCPの67番」). */
    private static final int PORT_REACH_EN = 16;
    private static final int PORT_REACH_JA = 8;

    /** A clause that gives a service a transport it does not run over. */
    record Hit(int sentence, FeedbackRules.Service service, String stated) {}

    private TransportCheck() {}

    static Optional<Hit> wrongTransport(AnswerText text, FeedbackRules.Ports ports, List<String> contrast) {
        if (ports.transportCorrection().isBlank()) {
            return Optional.empty();
        }
        for (AnswerText.Clause said : text.statedClauses(contrast, ports.transportUnless())) {
            String clause = said.text();
            Matcher m = TRANSPORT.matcher(clause);
            if (!m.find()) {
                continue;
            }
            String stated = m.group(1);
            int at = m.start();
            boolean both = false;
            while (m.find()) {
                both |= !m.group(1).equals(stated);
            }
            if (both) {
                continue;
            }
            List<FeedbackRules.Service> named = ports.known().stream().filter(s -> ServiceNames.named(clause, s)).toList();
            Optional<FeedbackRules.Service> byPort = portsOwner(clause, ports);
            if (byPort.isPresent() && !byPort.get().over().isEmpty() && !byPort.get().over().contains(stated)
                    && (named.isEmpty() || named.contains(byPort.get()))
                    && beside(PortCheck.firstPortAt(clause), at, text.english() ? PORT_REACH_EN : PORT_REACH_JA)) {
                // "it runs over TCP ports 67 and 68": the ports say which service the clause is about
                return Optional.of(new Hit(said.sentence(), byPort.get(), stated));
            }
            if (named.size() != 1 || named.get(0).over().isEmpty() || named.get(0).over().contains(stated)
                    || !close(clause, named.get(0), at, text.english() ? EN_REACH : JA_REACH)) {
                continue;
            }
            return Optional.of(new Hit(said.sentence(), named.get(0), stated));
        }
        return Optional.empty();
    }

    static String correction(FeedbackRules.Ports ports, Hit hit) {
        return ports.transportCorrection().replace("{service}", hit.service().label())
                .replace("{over}", String.join("/", hit.service().over().stream().map(t -> t.toUpperCase(java.util.Locale.ROOT)).toList()))
                .replace("{stated}", hit.stated().toUpperCase(java.util.Locale.ROOT));
    }

    /** True when a port expression starts within {@code reach} characters of the transport, before or after it. */
    private static boolean beside(int port, int transport, int reach) {
        return port >= 0 && Math.abs(port - transport) <= reach;
    }

    /** The one service that owns every port number the clause states, if it states any. */
    private static Optional<FeedbackRules.Service> portsOwner(String clause, FeedbackRules.Ports ports) {
        List<Integer> numbers = PortCheck.portNumbers(clause);
        if (numbers.isEmpty()) {
            return Optional.empty();
        }
        List<FeedbackRules.Service> owners = ports.known().stream()
                .filter(s -> numbers.stream().anyMatch(n -> s.numbers().contains(n))).toList();
        return owners.size() == 1 && numbers.stream().allMatch(n -> owners.get(0).numbers().contains(n))
                ? Optional.of(owners.get(0)) : Optional.empty();
    }

    /** True when one of the service's names stands before the transport, within {@code reach} characters of it. */
    private static boolean close(String clause, FeedbackRules.Service service, int at, int reach) {
        for (String n : service.names()) {
            Matcher name = ServiceNames.pattern(n).matcher(clause);
            while (name.find()) {
                if (name.end() <= at && at - name.end() <= reach) {
                    return true;
                }
            }
        }
        return false;
    }
}
