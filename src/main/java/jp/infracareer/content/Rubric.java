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
 */
public record Rubric(String question, List<String> structure, List<Concept> concepts, int need,
        List<Misconception> misconceptions, List<String> weakMotives, String example, Roles roles,
        HostCount hostCount) {

    public Rubric {
        roles = roles == null ? Roles.NONE : roles;
        hostCount = hostCount == null ? HostCount.NONE : hostCount;
        structure = List.copyOf(structure);
        concepts = List.copyOf(concepts);
        misconceptions = misconceptions == null ? List.of() : List.copyOf(misconceptions);
        weakMotives = weakMotives == null ? List.of() : List.copyOf(weakMotives);
        example = example == null ? "" : example;
    }

    /** A point a good answer makes, and the words that say it. */
    public record Concept(String id, String label, List<String> synonyms) {
        public Concept {
            synonyms = List.copyOf(synonyms);
        }
    }

    /**
     * A wrong statement, found in one sentence when every group of {@code when} has a word in it and no word
     * of {@code unless} is there (or in a sentence that refers back to the one before, "NAT… It hands out…",
     * the two read together); {@code correction} states the right fact. When {@code without} names concepts
     * of this rubric, the statement is wrong only in an answer that makes none of them anywhere ("I restart
     * it" is acting alone when the answer never escalates).
     */
    public record Misconception(String id, List<List<String>> when, List<String> unless, List<String> without,
            String correction) {
        public Misconception {
            when = when.stream().map(List::copyOf).toList();
            unless = unless == null ? List.of() : List.copyOf(unless);
            without = without == null ? List.of() : List.copyOf(without);
        }
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
     * is read against it), the words that make a number a count of devices ("台", "hosts"), the words of a
     * clause that counts on purpose ("256個のうち", "minus the two") and the right fact with {prefix},
     * {usable} and {total} filled in. A prefix of 0 means the question has no such check.
     */
    public record HostCount(int prefix, List<String> units, List<String> unless, String correction) {
        public static final HostCount NONE = new HostCount(0, List.of(), List.of(), "");

        public HostCount {
            units = units == null ? List.of() : List.copyOf(units);
            unless = unless == null ? List.of() : List.copyOf(unless);
            correction = correction == null ? "" : correction;
        }

        public boolean applies() {
            return prefix > 0 && !units.isEmpty();
        }
    }
}
