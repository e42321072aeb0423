package jp.infracareer.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.infracareer.content.FeedbackRules;
import jp.infracareer.kernel.Texts;

/**
 * A port number said of a service, checked against the well-known ports (feedback.yml {@code ports}): one
 * service and one port in a clause, the port another service's ("SSHは443番で待ち受けます", "DNS runs on port 80").
 * A number that belongs to no known service (2222, 8080) may be a port changed on purpose and is left alone, as
 * is a clause that names two services or two numbers, which is a comparison or a list.
 */
final class PortCheck {
    /** "22番", "ポート22", "port 22", "22/tcp", "tcp/22" in folded text. */
    private static final Pattern PORT = Pattern.compile(
            "(?<![\\d.])(\\d{2,5})\\s*番|ポート(?:番号)?(?:は|を|が|:|\\s)*(\\d{2,5})(?![\\d.])|\\bports?\\s+(?:number\\s+)?(\\d{2,5})\\b"
                    + "|(?<![\\d.])(\\d{2,5})/(?:tcp|udp)\\b|\\b(?:tcp|udp)/(\\d{2,5})\\b");
    /** A number listed right after a port expression: " and 68", "、68番", "/68". */
    private static final Pattern MORE = Pattern.compile("\\s*(?:,|、|と|/|and|or|および)\\s*(\\d{2,5})(?![\\d.])\\s*番?");
    /** Any other number that is a known port: "port 80 or 443" states two. */
    private static final Pattern BARE = Pattern.compile("(?<![\\d.,/])(\\d{2,5})(?![\\d.,]?\\d)");
    /**
     * How far after the service's name its port may stand, in characters: "SSHは443番" says it of SSH, but in
     * "DNSで調べたIPのWebサーバーに80番で接続" the port is the web server's.
     */
    private static final int JA_REACH = 10;
    private static final int EN_REACH = 24;

    /** A clause that gives a service another's port: where it is, what it names and which number it states. */
    record Hit(int sentence, FeedbackRules.Service service, int stated, FeedbackRules.Service owner) {}

    private PortCheck() {}

    static Optional<Hit> wrongPort(AnswerText text, FeedbackRules.Ports ports, List<String> contrast) {
        if (ports.known().isEmpty()) {
            return Optional.empty();
        }
        Pattern opened = OPENED.computeIfAbsent(ports.opened(), PortCheck::opened);
        for (AnswerText.Clause said : text.statedClauses(contrast, ports.unless())) {
            // "only SSH was allowed, so I opened port 80": the port opened is not said of SSH ("opened port 80 for SSH" is)
            String whole = said.text();
            String withoutOpened = opened.matcher(whole).replaceAll(" ");
            // a port opened and said to be for a service: read only when a port was opened at all
            boolean openedFor = !withoutOpened.equals(whole) && forAService(whole, ports);
            String clause = withoutOpened.equals(whole) || openedFor ? whole : withoutOpened;
            // most clauses state no number: look for one before looking for every service's names
            List<Integer> numbers = numbers(clause, ports);
            if (numbers.isEmpty()) {
                continue;
            }
            List<FeedbackRules.Service> named = ports.known().stream().filter(s -> ServiceNames.named(clause, s)).toList();
            if (numbers.size() == 1 && named.size() == 2) {
                // "SCPはFTPと同じ21番": the port is said of both, and the one tied by "alike" owns it
                Optional<Hit> tied = tied(named, numbers.get(0), clause, said.sentence(), ports);
                if (tied.isPresent()) {
                    return tied;
                }
            }
            if (numbers.size() > 1 || named.size() > 1) {
                // a list of services and their ports: each port is read with the service named just before it
                Optional<Hit> inList = listed(clause, said.sentence(), ports, text.english() ? EN_REACH : JA_REACH);
                if (inList.isPresent()) {
                    return inList;
                }
                continue;
            }
            // a port opened and said to be for a service ("opened port 23 in ufw, since that's the default port for SSH",
            // 「SSH用の23番ポートを開けた」) is said of it however far apart the two stand (a ninety-third blind set's
            // slipped through)
            if (named.size() != 1 || named.get(0).numbers().contains(numbers.get(0))
                    || !openedFor && !close(clause, named.get(0), text.english() ? EN_REACH : JA_REACH)) {
                continue;
            }
            int stated = numbers.get(0);
            Optional<FeedbackRules.Service> owner = ports.known().stream().filter(s -> s.numbers().contains(stated)).findFirst();
            if (owner.isPresent()) {
                return Optional.of(new Hit(said.sentence(), named.get(0), stated, owner.get()));
            }
        }
        // "SSH is 23", also in an example's list, and 「SSHの23番ポートを許可」 (a port opened, but named the service's own
        // by の), which the port expressions above do not read; read in negating clauses too (「…許可する前にenableして
        // しまい、入れなくなりました」), since PAIRED's own look-ahead refuses a pairing denied (「SSHは23番ではない」)
        for (AnswerText.Clause said : text.readClauses(contrast, ports.pairedUnless())) {
            Optional<Hit> hit = paired(said.text(), said.sentence(), ports);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    /**
     * In a list ("HTTPの80番、HTTPSの443番、SSHの23番", "HTTP on port 80 and SSH on port 23"): a port expression that
     * belongs to a known service, read with the service whose name ends closest before it, within {@code reach},
     * unless the service it belongs to is named in the clause too.
     */
    private static Optional<Hit> listed(String clause, int sentence, FeedbackRules.Ports ports, int reach) {
        Matcher port = PORT.matcher(clause);
        while (port.find()) {
            int stated = stated(port);
            FeedbackRules.Service before = null;
            int end = -1;
            for (FeedbackRules.Service s : ports.known()) {
                for (String n : s.names()) {
                    Matcher name = ServiceNames.pattern(n).matcher(clause);
                    while (name.find() && name.end() <= port.start()) {
                        if (name.end() > end) {
                            end = name.end();
                            before = s;
                        }
                    }
                }
            }
            if (before == null || port.start() - end > reach || before.numbers().contains(stated)) {
                continue;
            }
            FeedbackRules.Service said = before;
            Optional<FeedbackRules.Service> owner = ports.known().stream().filter(s -> s != said && s.numbers().contains(stated)).findFirst();
            // the port's own service named anywhere in the clause ("HTTPSは443番を使い、80番はHTTP", "the DNS server that
            // DHCP gave it, over UDP port 53") is what it is said of
            if (owner.isPresent() && (!ServiceNames.named(clause, owner.get()) || alike(clause, owner.get(), ports)
                    || swapped(clause, port.end(), owner.get(), reach, ports))) {
                return Optional.of(new Hit(sentence, said, stated, owner.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * Another known service's port written right after a service's name ("SSH is 23", 「SSHは23、HTTPは80」, "HTTPS (80)",
     * 「SSHの23番」, "SSH on port 23"): said of that service. Not a number that goes on in a list ("HTTP、HTTPSは80、443"
     * pairs the two lists), nor one with a unit after it ("HTTP is 20 years old").
     */
    private static Optional<Hit> paired(String clause, int sentence, FeedbackRules.Ports ports) {
        // most clauses hold no number: no name is looked for in them
        if (Texts.indexOfAny(clause, "0123456789", 0, clause.length()) < 0) {
            return Optional.empty();
        }
        for (FeedbackRules.Service s : ports.known()) {
            for (String n : s.names()) {
                Matcher name = ServiceNames.pattern(n).matcher(clause);
                while (name.find()) {
                    Matcher number = PAIRED.matcher(clause).region(name.end(), clause.length());
                    if (!number.lookingAt()) {
                        continue;
                    }
                    int stated = stated(number);
                    Optional<FeedbackRules.Service> owner = ports.known().stream()
                            .filter(o -> o != s && o.numbers().contains(stated)).findFirst();
                    if (!s.numbers().contains(stated) && owner.isPresent()) {
                        return Optional.of(new Hit(sentence, s, stated, owner.get()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A name's copula and a bare number that ends the statement: 「は23」「は23です」, " is 23,", " (443)"; a port
     * named the service's own by の: 「SSHの23番」「SSH用の23番ポート」; or "SSH on port 23", also in an example.
     */
    private static final Pattern PAIRED = Pattern.compile("\\s*(?:is|uses|=|:|は|が|\\(|（)\\s*(\\d{2,5})(?![\\d.,]?\\d)"
            + "(?=\\s*(?:$|[。.;!?)）]|[、,]\\s*(?!\\d)|です|でした|だ(?!け)|番(?!\\s*(?:[、,/・~〜]|と|and|or)\\s*\\d|ではな|じゃな)|(?:and|or)\\b(?!\\s*\\d)))"
            + "|(?:用)?の\\s*(\\d{2,5})\\s*番(?!\\s*(?:[、,/・~〜]|と|や|および)\\s*\\d|(?:ポート)?(?:ではな|じゃな))"
            + "|\\s+(?:on|over|via|uses?)\\s+port\\s+(\\d{2,5})(?![\\d.,]?\\d)(?!\\s*(?:,|/|and|or)\\s*\\d)");

    /**
     * True when the port's owner is named after it with another known service's port ("SSHは80番、HTTPは22番"): two
     * ports swapped in a list written service first. Not the owner's port named beside the other's ("HTTPSは443番を使い、
     * 80番はHTTP" names none after HTTP), a list written port first ("80番はHTTP、443番はHTTPS"), nor a port of no known
     * service, which may be one moved on purpose ("SSH to port 2222").
     */
    private static boolean swapped(String clause, int after, FeedbackRules.Service owner, int reach, FeedbackRules.Ports ports) {
        if (!serviceFirst(clause, ports)) {
            return false;
        }
        for (String n : owner.names()) {
            Matcher name = ServiceNames.pattern(n).matcher(clause);
            while (name.find()) {
                if (name.start() < after) {
                    continue;
                }
                Matcher port = PORT.matcher(clause);
                if (port.find(name.end()) && port.start() - name.end() <= reach && !owner.numbers().contains(stated(port))
                        && ports.known().stream().anyMatch(s -> s.numbers().contains(stated(port)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a service is named before the clause's first port ("SSHは80番…"), not after it ("80番はHTTP…"). */
    private static boolean serviceFirst(String clause, FeedbackRules.Ports ports) {
        Matcher first = PORT.matcher(clause);
        if (!first.find()) {
            return false;
        }
        return ports.known().stream().flatMap(s -> s.names().stream())
                .anyMatch(n -> ServiceNames.pattern(n).matcher(clause).region(0, first.start()).find());
    }

    private static Optional<Hit> tied(List<FeedbackRules.Service> named, int stated, String clause, int sentence,
            FeedbackRules.Ports ports) {
        for (int i = 0; i < 2; i++) {
            FeedbackRules.Service owner = named.get(i);
            FeedbackRules.Service other = named.get(1 - i);
            if (owner.numbers().contains(stated) && !other.numbers().contains(stated) && alike(clause, owner, ports)) {
                return Optional.of(new Hit(sentence, other, stated, owner));
            }
        }
        return Optional.empty();
    }

    /** True when the clause ties a service to the port's owner ("SCP runs on port 21 like FTP", 「FTPと同じ21番」). */
    private static boolean alike(String clause, FeedbackRules.Service owner, FeedbackRules.Ports ports) {
        for (String n : owner.names()) {
            String name = AnswerText.fold(n);
            for (String a : ports.alike()) {
                String word = AnswerText.fold(a);
                // Japanese ties after the name (「FTPと同じ」), English before it ("like FTP")
                if (clause.contains(name + word) || clause.contains(word + " " + name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int stated(Matcher port) {
        for (int g = 1; g <= port.groupCount(); g++) {
            if (port.group(g) != null) {
                return Integer.parseInt(port.group(g));
            }
        }
        throw new IllegalStateException("a port expression without a number");
    }

    static String correction(FeedbackRules.Ports ports, Hit hit) {
        return ports.correction().replace("{service}", hit.service().label())
                .replace("{ports}", String.join(", ", hit.service().numbers().stream().map(String::valueOf).toList()))
                .replace("{stated}", String.valueOf(hit.stated())).replace("{owner}", hit.owner().label());
    }

    /** True when a port expression starts within {@code reach} characters after one of the service's names. */
    private static boolean close(String clause, FeedbackRules.Service service, int reach) {
        for (String n : service.names()) {
            Matcher name = ServiceNames.pattern(n).matcher(clause);
            while (name.find()) {
                Matcher port = PORT.matcher(clause);
                if (port.find(name.end()) && port.start() - name.end() <= reach) {
                    return true;
                }
                // or the port just before it, joined by "で"/"over"/"for": 「ポート22番でリモートデスクトップ接続」, "port 22 for SSH"
                if (!REDIRECTS.matcher(clause).find()
                        && BEFORE.matcher(clause.substring(Math.max(0, name.start() - BEFORE_REACH), name.start())).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A port expression that ends right before a service's name, joined by a particle or a preposition. */
    private static final Pattern BEFORE = Pattern.compile("(?:\\d{2,5}\\s*番(?:ポート)?|ポート(?:番号)?\\s*\\d{2,5}(?:番)?)(?:で|の)$"
            + "|\\bports?\\s+\\d{2,5}\\s+(?:for|with|over)\\s+(?:the\\s+)?$");
    /** A clause that sends one port on to another ("redirect port 80 to HTTPS", 「80番でHTTPSにリダイレクト」): both are said right. */
    private static final Pattern REDIRECTS = Pattern.compile("redirect|forward|リダイレクト|転送|振り向け");
    private static final int BEFORE_REACH = 20;

    /** Where the clause's first port expression starts, or -1 when it has none. */
    static int firstPortAt(String clause) {
        Matcher m = PORT.matcher(clause);
        return m.find() ? m.start() : -1;
    }

    /**
     * The numbers a clause states as ports: in port expressions, and a bare number joined to one by "and", "or" or
     * a comma ("ports 67 and 68", 「67番と68番」).
     */
    static List<Integer> portNumbers(String clause) {
        List<Integer> out = new ArrayList<>();
        Matcher m = PORT.matcher(clause);
        while (m.find()) {
            add(out, stated(m));
            Matcher more = MORE.matcher(clause).region(m.end(), clause.length());
            while (more.lookingAt()) {
                add(out, Integer.parseInt(more.group(1)));
                more.region(more.end(), clause.length());
            }
        }
        return out;
    }

    /** Each content's {@code opened} phrases as one pattern, made once: content does not change while the process runs. */
    private static final java.util.Map<List<String>, Pattern> OPENED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The phrases of a port opened in a firewall as one pattern, "{port}" standing for its number. */
    private static Pattern opened(List<String> phrases) {
        List<String> alternatives = new ArrayList<>();
        for (String phrase : phrases) {
            List<String> parts = new ArrayList<>();
            for (String part : AnswerText.fold(phrase).split("\\{port\\}", -1)) {
                parts.add(part.isEmpty() ? "" : Pattern.quote(part));
            }
            alternatives.add(String.join("\\d{2,5}", parts));
        }
        return alternatives.isEmpty() ? NONE_OPENED : Pattern.compile(String.join("|", alternatives));
    }

    /** True when the clause says which known service a port was opened for ({@code ports.purpose}). */
    private static boolean forAService(String clause, FeedbackRules.Ports ports) {
        for (String purpose : ports.purpose()) {
            for (FeedbackRules.Service service : ports.known()) {
                for (String name : service.names()) {
                    if (clause.contains(AnswerText.fold(purpose.replace("{service}", name)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Matches nothing: the content names no way of opening a port. */
    private static final Pattern NONE_OPENED = Pattern.compile("(?!)");

    /** The port numbers a clause states: in a port expression, or bare when they are a known service's port. */
    private static List<Integer> numbers(String clause, FeedbackRules.Ports ports) {
        List<Integer> out = new ArrayList<>();
        Matcher m = PORT.matcher(clause);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    add(out, Integer.parseInt(m.group(g)));
                }
            }
        }
        Matcher bare = BARE.matcher(clause);
        while (bare.find()) {
            int n = Integer.parseInt(bare.group(1));
            if (ports.known().stream().anyMatch(s -> s.numbers().contains(n))) {
                add(out, n);
            }
        }
        return out;
    }

    private static void add(List<Integer> out, int n) {
        if (!out.contains(n)) {
            out.add(n);
        }
    }
}
