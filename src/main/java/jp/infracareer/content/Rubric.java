package jp.infracareer.content;

import java.util.List;

/**
 * How to judge an answer to one interview question: the points a good answer to this question makes
 * (concepts, each with its synonyms), which structure points apply, the misconceptions to catch with the
 * right fact, the weak motives that matter here, and an example answer for "show me an example".
 *
 * @param question      the question's id
 * @param structure     structure point ids that apply: conclusion, reason, episode, result, link, learning
 * @param concepts      what a good answer says, in any words
 * @param need          how many concepts a good answer touches
 * @param misconceptions wrong statements (technical) or wrong judgement (incidents) to catch
 * @param weakMotives   weak-motive ids (feedback.yml) that matter for this question
 * @param example       a short model answer in our own words
 * @param roles         for a question that contrasts things (TCP and UDP, NAT and DHCP): what each one does, so
 *                      that a clause giving one thing another's job is caught however it is worded
 * @param hostCount     for a question about addressing: the network it asks about, so that a number of devices
 *                      stated for any prefix is checked by arithmetic rather than by listed phrases
 * @param prefixMask    for a question about addressing: a prefix and a subnet mask stated together are checked
 *                      against each other by arithmetic ("/24" is 255.255.255.0)
 * @param layerNumbers  for a question about a layered model: the layers' names in order, so that a layer's name
 *                      stated with another layer's number is caught ("layer 2, the network layer")
 * @param anchors       words of the field that an answer to this question names one way or another (tools,
 *                      services, kinds of work), besides the question's key terms: an answer that names none of
 *                      either and makes few points is about something else (a wooden deck for the home lab)
 * @param essential     for a situational question: the steps without which the course of action is wrong,
 *                      whatever else it says (a mistake story that never reports it nor limits its damage)
 * @param situation     for a situational question: words that name the situation asked about (a mistake, a night
 *                      alert, pressure), which an answer uses however it handles it; one told in two sentences is
 *                      about the question though it makes none of a good answer's points, and is judged
 */
public record Rubric(String question, List<String> structure, List<Concept> concepts, int need,
        List<Misconception> misconceptions, List<String> weakMotives, String example, Roles roles,
        HostCount hostCount, PrefixMask prefixMask, LayerNumbers layerNumbers, List<String> anchors,
        List<Essential> essential, List<String> situation, FollowUpIfMade followUpIfMade) {

    public Rubric {
        roles = roles == null ? Roles.NONE : roles;
        hostCount = hostCount == null ? HostCount.NONE : hostCount;
        prefixMask = prefixMask == null ? PrefixMask.NONE : prefixMask;
        layerNumbers = layerNumbers == null ? LayerNumbers.NONE : layerNumbers;
        structure = List.copyOf(structure);
        concepts = List.copyOf(concepts);
        misconceptions = misconceptions == null ? List.of() : List.copyOf(misconceptions);
        weakMotives = weakMotives == null ? List.of() : List.copyOf(weakMotives);
        example = example == null ? "" : example;
        anchors = anchors == null ? List.of() : List.copyOf(anchors);
        essential = essential == null ? List.of() : List.copyOf(essential);
        situation = situation == null ? List.of() : List.copyOf(situation);
        followUpIfMade = followUpIfMade == null ? FollowUpIfMade.NONE : followUpIfMade;
    }

    /**
     * The follow-up to ask instead of the question's own when the answer already makes {@code concept}, the point
     * that follow-up asks about ("where do newcomers start?" after an answer that said so); {@code ask} digs
     * one step further.
     */
    public record FollowUpIfMade(String concept, String ask) {
        public static final FollowUpIfMade NONE = new FollowUpIfMade("", "");

        public FollowUpIfMade {
            concept = concept == null ? "" : concept;
            ask = ask == null ? "" : ask;
        }
    }

    /**
     * A step a sound answer takes: made when the answer makes any of the concepts {@code anyOf}; an answer on the
     * question that makes none of them is told {@code correction} and judged like one stating a misconception.
     */
    public record Essential(String id, List<String> anyOf, String correction) {
        public Essential {
            anyOf = List.copyOf(anyOf);
        }
    }

    /**
     * A point a good answer makes, and the words that say it. {@code whenNegated}: words that make the point only
     * in a clause that negates ("自分の判断で設定を変えることはしません", "I never restart it on my own"), and say
     * the opposite without one. {@code weak}: those of the synonyms that only name the point's topic (「ポート」,
     * "DNS server"): they credit the point only in a sentence that also has one of {@code with} (what is said of it:
     * 「区別」, "asks"), but still tell what an answer is about.
     */
    public record Concept(String id, String label, List<String> synonyms, List<String> whenNegated, List<String> weak,
            List<String> with) {
        public Concept {
            synonyms = List.copyOf(synonyms);
            whenNegated = whenNegated == null ? List.of() : List.copyOf(whenNegated);
            weak = weak == null ? List.of() : List.copyOf(weak);
            with = with == null ? List.of() : List.copyOf(with);
            if (!synonyms.containsAll(weak)) {
                throw new IllegalArgumentException("concept " + id + ": every weak phrasing must be one of its synonyms");
            }
            if (weak.isEmpty() != with.isEmpty()) {
                throw new IllegalArgumentException("concept " + id + ": weak phrasings and the words that go with them come together");
            }
        }

        public Concept(String id, String label, List<String> synonyms, List<String> whenNegated) {
            this(id, label, synonyms, whenNegated, List.of(), List.of());
        }

        /** The synonyms that make the point on their own. */
        public List<String> strong() {
            return weak.isEmpty() ? synonyms : synonyms.stream().filter(s -> !weak.contains(s)).toList();
        }
    }

    /**
     * A wrong statement, found in one sentence when every group of {@code when} has a word in it and no word
     * of {@code unless} is there (or in a sentence that refers back to the one before, "NAT… It hands out…",
     * the two read together); {@code correction} states the right fact. When {@code without} names concepts
     * of this rubric, the statement is wrong only in an answer that makes none of them anywhere ("I restart
     * it" is acting alone when the answer never escalates). {@code decision} marks a wrong decision in a situation
     * (acting alone, reporting late): a reading of the whole course of action as sound may overrule it. A wrong fact
     * or an attitude (blaming others, never feeling pressure) is never marked: the course of action says nothing of it.
     * {@code sameAs} names the rule this one is another reading of (the same slip in other words): when both find
     * the same sentence, the answer is told once, by the one found first. An id may also be written twice in one
     * rubric, two readings under one name; it too is told once per sentence.
     */
    public record Misconception(String id, List<List<String>> when, List<String> unless, List<String> without,
            String correction, Boolean decision, String sameAs) {
        public Misconception {
            decision = Boolean.TRUE.equals(decision);
            sameAs = sameAs == null ? "" : sameAs;
            when = when == null ? List.of() : when.stream().map(List::copyOf).toList();
            unless = unless == null ? List.of() : List.copyOf(unless);
            without = without == null ? List.of() : List.copyOf(without);
        }

        /** An entry that is only an id, naming a rule of {@code shared_misconceptions}. */
        static Misconception referenceTo(String id) {
            return new Misconception(id, null, null, null, null, null, null);
        }

        /**
         * True for an entry that is only an id: in rubrics.yml it names a rule of {@code shared_misconceptions} (one
         * mistake caught in several questions, written once), and reading the file puts that rule in its place.
         */
        public boolean reference() {
            return when.isEmpty() && unless.isEmpty() && without.isEmpty() && correction == null && !decision && sameAs.isEmpty();
        }
    }

    /** This rubric with other misconception rules (the shared ones its references name, in their place). */
    public Rubric withMisconceptions(List<Misconception> rules) {
        return new Rubric(question, structure, concepts, need, rules, weakMotives, example, roles, hostCount, prefixMask,
                layerNumbers, anchors, essential, situation, followUpIfMade);
    }

    /**
     * The things a question contrasts and what each does: a clause that names exactly one of them and says,
     * without negation, what another one does has mixed them up ("UDPは再送して確実に届ける"). A clause with a
     * word of {@code unless} is left alone ("L3スイッチ" names a switch that routes). {@code correction} says what
     * each really does.
     */
    public record Roles(List<Role> of, List<String> unless, String correction) {
        public static final Roles NONE = new Roles(List.of(), List.of(), "");

        public Roles {
            of = of == null ? List.of() : List.copyOf(of);
            unless = unless == null ? List.of() : List.copyOf(unless);
            correction = correction == null ? "" : correction;
        }
    }

    /** One thing, the words that name it, and the words that say what it does. */
    public record Role(List<String> entity, List<String> does) {
        public Role {
            entity = List.copyOf(entity);
            does = List.copyOf(does);
        }
    }

    /**
     * The prefix length of the network a question asks about (a number of devices with no prefix of its own
     * is read against it; 0 when the question names none, and only a prefix the answer states is read), the words that make a number a count of devices ("台", "hosts"), the words of a
     * clause that counts on purpose ("256個のうち", "minus the two") and the right fact with {prefix},
     * {usable} and {total} filled in. A prefix of 0 means the question has no such check. The words that name the
     * network's two reserved addresses ({@code broadcast}, {@code network}) let an address said to be one of them be
     * checked too ("192.168.1.254がブロードキャストアドレス"), told {@code addressCorrection} with {kind} (the words
     * as named), {network}, {prefix}, {right} and {stated} filled in.
     */
    public record HostCount(int prefix, List<String> units, List<String> unless, String correction, List<String> broadcast,
            List<String> network, String addressCorrection) {
        public static final HostCount NONE = new HostCount(0, List.of(), List.of(), "", List.of(), List.of(), "");

        public HostCount {
            units = units == null ? List.of() : List.copyOf(units);
            unless = unless == null ? List.of() : List.copyOf(unless);
            correction = correction == null ? "" : correction;
            broadcast = broadcast == null ? List.of() : List.copyOf(broadcast);
            network = network == null ? List.of() : List.copyOf(network);
            addressCorrection = addressCorrection == null ? "" : addressCorrection;
        }

        /** A prefix of 0 reads a count only against a prefix the answer states itself ("/24なので256台"). */
        public boolean applies() {
            return !units.isEmpty();
        }
    }

    /**
     * A prefix length and a dotted subnet mask said of the same network must agree. {@code unless} names the
     * words of a clause that compares or converts on purpose; {@code correction} is the right fact with {prefix}
     * and {mask} (the mask the prefix really is) and {stated} and {bits} (the mask stated and its length)
     * filled in. An empty correction means the question has no such check.
     */
    public record PrefixMask(List<String> unless, String correction) {
        public static final PrefixMask NONE = new PrefixMask(List.of(), "");

        public PrefixMask {
            unless = unless == null ? List.of() : List.copyOf(unless);
            correction = correction == null ? "" : correction;
        }

        public boolean applies() {
            return !correction.isBlank();
        }
    }

    /**
     * The names of a layered model's layers, from layer 1 up (each with its synonyms), the words of a clause that
     * names a device rather than a layer ("layer 3 switch"), the right fact with {name} (as the answer named it),
     * {right} (its number) and {stated} (the number given it) filled in, and the devices that work at one layer
     * each, by layer from 1 up (a router at layer 3; an empty list for a layer with none).
     */
    public record LayerNumbers(List<List<String>> names, List<String> unless, String correction, List<List<String>> devices) {
        public static final LayerNumbers NONE = new LayerNumbers(List.of(), List.of(), "", List.of());

        public LayerNumbers {
            names = names == null ? List.of() : names.stream().map(List::copyOf).toList();
            unless = unless == null ? List.of() : List.copyOf(unless);
            correction = correction == null ? "" : correction;
            devices = devices == null ? List.of() : devices.stream().map(List::copyOf).toList();
        }

        public boolean applies() {
            return !names.isEmpty() && !correction.isBlank();
        }
    }
}
