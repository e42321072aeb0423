package jp.infracareer.content;

import java.util.List;
import java.util.Map;

/**
 * The cues used to read an answer in one language: length band, marker words, weak motives. {@code thin} is what an
 * answer is told when it makes no mistake and shows no weak motive, but reads like the labelled poor answers
 * (interview/JudgementModel's thinness model); {@code generic}, what an answer is told that reads like the labelled fair
 * ones (its strength model).
 */
public record FeedbackRules(Length length, Map<String, Length> lengthByCategory, Map<String, List<String>> markers,
        List<WeakMotive> weakMotives, Judgement judgement, Ports ports, Sequences sequences, Reading reading, String thin,
        String generic, Map<String, String> genericByCategory, Headers headers, Facts facts, List<Background> backgrounds) {

    public FeedbackRules {
        genericByCategory = genericByCategory == null ? Map.of() : Map.copyOf(genericByCategory);
        lengthByCategory = lengthByCategory == null ? Map.of() : Map.copyOf(lengthByCategory);
        for (Length band : lengthByCategory.values()) {
            if (!band.unit().equals(length.unit())) {
                throw new IllegalArgumentException("a length band counts in " + band.unit() + ", the language's in " + length.unit());
            }
        }
        thin = thin == null ? "" : thin;
        generic = generic == null ? "" : generic;
        judgement = judgement == null ? new Judgement(List.of(), List.of(), "") : judgement;
        ports = ports == null ? Ports.NONE : ports;
        sequences = sequences == null ? Sequences.NONE : sequences;
        headers = headers == null ? Headers.NONE : headers;
        facts = facts == null ? Facts.NONE : facts;
        backgrounds = backgrounds == null ? List.of() : List.copyOf(backgrounds);
        java.util.Objects.requireNonNull(reading, "feedback.yml has no 'reading'");
    }

    /**
     * How the language marks a sentence or clause, as regular expressions: one that negates or contrasts
     * ({@code clauseNegation}), one that says as a whole that it is not done ({@code disowned}), one that puts
     * a mistake in others' mouths to correct it ({@code commonMisreading}), and one that asks the interviewer
     * something ({@code asksBack}, matched against the sentence as written; the others against folded text).
     * {@code topicBefore} (matched at the end of the text before a thing's name) and {@code topicAfter} (matched
     * at the start of the text after it) mark where a clause turns to a new subject ("NATは…で、DHCPは…"), so
     * that what is said of each thing is read apart; {@code ownSubject} finds a sentence that states its own
     * subject (one that does not goes on about the thing the sentence before named); {@code clauseBreak} marks
     * where a new clause with its own subject starts, so that a negation in it does not reach back;
     * {@code motiveNegated} marks the part of a sentence that a speaker sets aside as not their reason
     * ("不満があって辞めるのではなく", "it's not about the money"), where a weak motive is not read;
     * {@code badExample} marks a sentence that sets out to show how not to do it ("let me start with the worst way"),
     * whose next sentences, up to one that {@code turnsBack} to the right way, are not the speaker's own;
     * {@code pointDenied} marks a point's words said only to deny them (Japanese: read right after them,
     * 「エスカレーションはせずに」; English: read right before them, "I wouldn't bother escalating"), so that the
     * point is not credited, unless the sentence condemns that denial ({@code denialCondemned}: 「手順書を読まずに作業するのは
     * 危険です」, "Not escalating is never an option"); {@code readable} finds a word of the language in an answer (an answer with none, nor any
     * of the bank's terms, is keyboard noise, asked again rather than scored); {@code worksAt} finds a sentence that says
     * at which layer something works (「第3層で動きます」, "it works at layer 3"); {@code pointDisclaimed} marks a part of a
     * sentence where the speaker says they do not know it, have not done it or only heard of it (「まだイメージできていません」,
     * "I'm not sure yet"), whose words make no point, a part being what lies between two {@code contrast} marks
     * (「…ありますが、」, ", but"); {@code asksAdvisor} finds a casual request put to the advisor rather than the interviewer
     * (「ｲﾝﾌﾗってなに」「…について教えてほしいです」, "what is SES"), matched against the sentence as written; {@code othersDid} finds a sentence
     * that tells what other people did or failed to do, with the speaker not among them (「作業員たちは報告しなかった」, "the
     * workers did not report"), where a wrong decision is theirs, not the speaker's; {@code acknowledgement} is a first
     * sentence that only acknowledges the question (「はい。」, "Sure."), after which the answer opens. Each must compile: a content file with a broken one does not load.
     */
    public record Reading(String clauseNegation, String disowned, String commonMisreading, String asksBack,
            String topicBefore, String topicAfter, String ownSubject, String clauseBreak, String motiveNegated,
            String badExample, String turnsBack, String pointDenied, String readable, String denialCondemned, String worksAt,
            String pastDeed, String imagined, String pointDisclaimed, String contrast, String asksAdvisor, String othersDid,
            String acknowledgement) {
        public Reading {
            asksAdvisor = asksAdvisor == null ? "(?!)" : asksAdvisor;
            othersDid = othersDid == null ? "(?!)" : othersDid;
            acknowledgement = acknowledgement == null ? "(?!)" : acknowledgement;
            for (String regex : List.of(clauseNegation, disowned, commonMisreading, asksBack, topicBefore, topicAfter,
                    ownSubject, clauseBreak, motiveNegated, badExample, turnsBack, pointDenied, readable, denialCondemned, worksAt,
                    pastDeed, imagined, pointDisclaimed, contrast, asksAdvisor, othersDid, acknowledgement)) {
                java.util.regex.Pattern.compile(regex);
            }
        }
    }

    /**
     * What a general answer to a question of {@code category} is told: a knowledge question is made concrete by how
     * it works and where it is used, not by a story of one's own.
     */
    public String genericFor(String category) {
        return genericByCategory.getOrDefault(category, generic);
    }

    /**
     * The length band for a question of {@code category}: most answers are a one-minute talk, but some are not (a
     * question put back to the interviewer is a sentence or two), and those categories have a band of their own.
     */
    public Length lengthFor(String category) {
        return lengthByCategory.getOrDefault(category, length);
    }

    /** Length of a one-minute answer; {@code unit} is "字" (characters) or "words". */
    public record Length(String unit, int tooShort, int idealMin, int idealMax, int tooLong) {
        public Length {
            if (tooShort <= 0 || idealMin < tooShort || idealMax < idealMin || tooLong < idealMax) {
                throw new IllegalArgumentException("a length band must be positive and in order: " + tooShort + ", " + idealMin
                        + ", " + idealMax + ", " + tooLong);
            }
        }

        public boolean countsWords() {
            return "words".equals(unit);
        }
    }

    /**
     * A motive interviewers react badly to, the words that reveal it, and why it hurts: any phrase of {@code patterns}
     * in a sentence, or a word of every group of {@code together} in one sentence (a boss and an unfairness, however
     * far apart).
     */
    public record WeakMotive(String id, List<String> patterns, List<List<String>> together, String why) {
        public WeakMotive {
            patterns = patterns == null ? List.of() : List.copyOf(patterns);
            together = together == null ? List.of() : together.stream().map(List::copyOf).toList();
        }
    }

    /**
     * Wrong judgement that is wrong whatever the situation (changing production on one's own, hiding a problem,
     * reporting only the next morning), read in answers to questions of {@code categories} on top of each
     * question's own list, so that a question whose rubric does not anticipate it still catches it. {@code course}
     * is what an answer is told when no rule names its mistake but its course of action reads like the labelled
     * wrong-judgement answers (interview/JudgementModel).
     */
    public record Judgement(List<String> categories, List<Rubric.Misconception> mistakes, String course) {
        public Judgement {
            categories = categories == null ? List.of() : List.copyOf(categories);
            mistakes = mistakes == null ? List.of() : List.copyOf(mistakes);
            course = course == null ? "" : course;
        }
    }

    /**
     * The well-known ports of common services, read in answers to questions of {@code categories}: a clause
     * that names one service and one port number that belongs to another ("SSHは443番") states a wrong fact
     * whatever the question. A clause with a word of {@code unless} (a port changed on purpose) is left alone;
     * {@code correction} has {service}, {ports}, {stated} and {owner} filled in. A port's own service named beside
     * it usually says whose port it is, unless a word of {@code alike} ties the two ("like FTP", 「FTPと同じ」). A port
     * opened, allowed or closed in a firewall ({@code opened}, "{port}" standing for its number: "opened port {port}",
     * 「{port}番を開け」) is an action on that port, not said of the service named beside it, unless the clause says
     * which service it was opened for ({@code purpose}, "{service}" standing for its names: "for {service}", 「{service}用」).
     */
    public record Ports(List<String> categories, List<Service> known, List<String> unless, String correction,
            List<String> transportUnless, String transportCorrection, List<String> alike, List<String> opened,
            List<String> purpose, List<String> addressUnless, String addressCorrection, List<String> pairedUnless) {
        public static final Ports NONE = new Ports(List.of(), List.of(), List.of(), "", List.of(), "", List.of(), List.of(), List.of(),
                List.of(), "", List.of());

        public Ports {
            categories = categories == null ? List.of() : List.copyOf(categories);
            known = known == null ? List.of() : List.copyOf(known);
            unless = unless == null ? List.of() : List.copyOf(unless);
            correction = correction == null ? "" : correction;
            transportUnless = transportUnless == null ? List.of() : List.copyOf(transportUnless);
            transportCorrection = transportCorrection == null ? "" : transportCorrection;
            alike = alike == null ? List.of() : List.copyOf(alike);
            opened = opened == null ? List.of() : List.copyOf(opened);
            purpose = purpose == null ? List.of() : List.copyOf(purpose);
            addressUnless = addressUnless == null ? List.of() : List.copyOf(addressUnless);
            addressCorrection = addressCorrection == null ? "" : addressCorrection;
            pairedUnless = pairedUnless == null ? List.of() : List.copyOf(pairedUnless);
        }
    }

    /**
     * Things of one kind that each do something the others do not (IEEE standards, SSH's two configuration files,
     * syslog's severities, HTTP status codes, the OSI layers), read in answers to questions of {@code categories}
     * whatever the question: a clause that names one of a group and says what another of it does ("VLANs are tagged
     * by IEEE 802.3ad", 「ssh_configでパスワードログインを無効に」) states a wrong fact, as a question's own
     * {@link Rubric.Roles} do for the things it compares.
     */
    public record Facts(List<String> categories, List<FactGroup> groups) {
        public static final Facts NONE = new Facts(List.of(), List.of());

        public Facts {
            categories = categories == null ? List.of() : List.copyOf(categories);
            groups = groups == null ? List.of() : List.copyOf(groups);
        }
    }

    /** One group of {@link Facts}: its finding's id, its things, the words that leave a clause alone, the right fact. */
    public record FactGroup(String id, List<Rubric.Role> of, List<String> unless, String correction) {
        public FactGroup {
            java.util.Objects.requireNonNull(id, "a facts group without an id");
            of = of == null ? List.of() : List.copyOf(of);
            unless = unless == null ? List.of() : List.copyOf(unless);
            java.util.Objects.requireNonNull(correction, "facts group " + id + " has no correction");
        }

        public Rubric.Roles roles() {
            return new Rubric.Roles(of, unless, correction);
        }
    }

    /**
     * Which header of a packet carries which field, read in answers to questions of {@code categories}: a field put
     * in another layer's header ("the VLAN tag is written in the IP header", 「IPヘッダーに入っている宛先MACアドレス」)
     * states a wrong fact. {@code into} are the words that put a field before them into the header after them ("in",
     * 「に入」); {@code holding}, the words by which a header named first holds the field after them ("carries",
     * 「には」). A clause with a word of {@code unless} is left alone; {@code correction} has {stated} (the header as
     * the answer named it, by its label), {field} and {holds} (what the field's own header is) filled in.
     */
    public record Headers(List<String> categories, List<Header> known, List<String> into, List<String> holding,
            List<String> unless, String correction) {
        public static final Headers NONE = new Headers(List.of(), List.of(), List.of(), List.of(), List.of(), "");

        public Headers {
            categories = categories == null ? List.of() : List.copyOf(categories);
            known = known == null ? List.of() : List.copyOf(known);
            into = into == null ? List.of() : List.copyOf(into);
            holding = holding == null ? List.of() : List.copyOf(holding);
            unless = unless == null ? List.of() : List.copyOf(unless);
            correction = correction == null ? "" : correction;
        }
    }

    /**
     * One header (or none: {@code names} empty for fields no header carries, such as the subnet mask), the words that
     * name it, the fields it carries, and a sentence saying where those fields are ({@code holds}).
     */
    public record Header(String label, List<String> names, List<String> fields, String holds) {
        public Header {
            names = names == null ? List.of() : List.copyOf(names);
            fields = List.copyOf(fields);
        }
    }

    /**
     * Sequences whose order is a fact (the OSI layers, DHCP's four messages, the servers a DNS lookup asks), read in
     * answers to questions of {@code categories}: steps listed in another order state a wrong fact. So do two steps
     * of a sequence that has one reading direction, put in the wrong order by a word between them: {@code then} says
     * the step before it comes first ("basic design, then requirements", 「基本設計を決めてから要件定義」), {@code after}
     * that the step after it does ("requirements after the design", 「要件定義の前に基本設計」).
     */
    public record Sequences(List<String> categories, List<Sequence> known, List<String> then, List<String> after) {
        public static final Sequences NONE = new Sequences(List.of(), List.of(), List.of(), List.of());

        public Sequences {
            categories = categories == null ? List.of() : List.copyOf(categories);
            known = known == null ? List.of() : List.copyOf(known);
            then = then == null ? List.of() : List.copyOf(then);
            after = after == null ? List.of() : List.copyOf(after);
        }
    }

    /**
     * One sequence: its steps in order, each as the words that name it; whether a list may run from the last step
     * back ({@code reversible}: layers listed from the top); the longest item that still counts as a list item
     * ({@code itemMax}, in words or, for Japanese, letters; 0 for any: a step named in a clause that describes
     * another, "layer 2 moves frames within one network", is not a list item); words that make a sentence about something else than
     * stating the order ({@code unless}: "the reverse", "after"); and the right order, told as the correction.
     */
    public record Sequence(String id, List<List<String>> steps, boolean reversible, int itemMax, List<String> unless,
            String correction) {
        public Sequence {
            steps = steps.stream().map(List::copyOf).toList();
            unless = unless == null ? List.of() : List.copyOf(unless);
        }
    }

    /**
     * A service as it is written in answers, its standard port numbers and the transports it runs over ({@code over}:
     * "tcp", "udp" or both; empty when not stated): "DHCPはTCPで" gives DHCP a transport it does not use. Read in a
     * clause that names one service and one transport, unless a word of {@code transport_unless} is there (QUIC, a
     * fallback, both transports).
     */
    public record Service(String label, List<String> names, List<Integer> numbers, List<String> over) {
        public Service {
            names = List.copyOf(names);
            numbers = List.copyOf(numbers);
            over = over == null ? List.of() : List.copyOf(over);
        }
    }

    public List<String> markers(String kind) {
        List<String> list = markers.get(kind);
        if (list == null) {
            throw new IllegalArgumentException("feedback.yml has no markers '" + kind + "'");
        }
        return list;
    }

    /**
     * A past occupation a career changer names when asking how to answer (「介護職ならどう答える？」, "how would a teacher
     * answer this?"): the words it goes by, what the interview calls it, what of that work carries over to the job
     * ({@code brings}), and a scene a motivation answer could tell ({@code scene}).
     */
    public record Background(String id, String label, List<String> names, String brings, String scene) {
        public Background {
            names = List.copyOf(names);
            if (names.isEmpty() || brings == null || brings.isBlank() || scene == null || scene.isBlank()) {
                throw new IllegalArgumentException("background " + id + " needs names, what it brings and a scene");
            }
        }
    }
}
