package jp.infracareer.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.infracareer.content.FeedbackRules;

/**
 * Steps of a known sequence listed out of order (feedback.yml {@code sequences}): the OSI layers, the four messages
 * of DHCP, the servers a DNS lookup asks. A sentence is cut into items at commas, arrows and "and"; an item that
 * names exactly one step of a sequence stands for that step, and when at least three steps stand so in one sentence
 * their order must run forwards (or backwards, for a list that may be read from the top, like the layers). Unlike a
 * phrase rule this reads any wording of the mistake, "physical, data link, network, transport, presentation,
 * session" as much as 「Discover、Request、Offer」, because the order itself is the fact.
 */
final class SequenceCheck {
    /** Where a sentence's list splits: 「、」, commas, semicolons, arrows, and words that join the last item. */
    private static final Pattern ITEM = Pattern.compile("、|，|,|;|→|⇒|->|=>|\\band then\\b|\\bthen\\b|\\band\\b|\\bfinally\\b|次に|最後に|そして|それから");
    private static final Pattern COLON = Pattern.compile("[:：]");
    /** The fewest steps that make a list whose order can be read. */
    private static final int MIN_STEPS = 3;

    /** A sentence that lists the steps of {@code sequence} out of order. */
    record Hit(int sentence, FeedbackRules.Sequence sequence) {}

    private SequenceCheck() {}

    static Optional<Hit> outOfOrder(AnswerText text, FeedbackRules.Sequences rules) {
        List<FeedbackRules.Sequence> sequences = rules.known();
        for (int i = 0; i < text.size(); i++) {
            if (text.disowns(i)) {
                continue;
            }
            String sentence = text.clauses(i, List.of()).get(0);
            // a colon ends an introduction ("from the physical layer up to the application layer: …"): each part
            // is read on its own; cut once, read against every sequence
            List<String[]> parts = new ArrayList<>();
            for (String part : COLON.split(sentence)) {
                parts.add(ITEM.split(part));
            }
            for (FeedbackRules.Sequence sequence : sequences) {
                if (text.clauseHas(sentence, sequence.unless())) {
                    continue;
                }
                if (!sequence.reversible() && pairReversed(text, sequence, sentence, rules)) {
                    return Optional.of(new Hit(i, sequence));
                }
                for (String[] items : parts) {
                    List<Integer> order = steps(text, sequence, items);
                    // a list names each step once; a part that comes back to a step describes rather than lists
                    long distinct = order.stream().distinct().count();
                    if (distinct == order.size() && distinct >= MIN_STEPS && !inOrder(order, sequence.reversible())) {
                        return Optional.of(new Hit(i, sequence));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * True when the sentence names exactly two steps of the sequence, each once, and a word between them puts them
     * the wrong way round: a {@code then} word says the first named comes first, an {@code after} word the second.
     */
    private static boolean pairReversed(AnswerText text, FeedbackRules.Sequence sequence, String sentence,
            FeedbackRules.Sequences rules) {
        if (!text.clauseHas(sentence, rules.then()) && !text.clauseHas(sentence, rules.after())) {
            return false; // no word that orders: most sentences
        }
        int[] at = new int[sequence.steps().size()];
        int[] end = new int[at.length];
        int named = 0;
        for (int step = 0; step < at.length; step++) {
            at[step] = -1;
            for (String w : sequence.steps().get(step)) {
                int length = AnswerText.fold(w).length();
                for (int place : text.placesOf(sentence, w)) {
                    if (at[step] < 0 || place <= at[step] && place + length >= end[step]) {
                        at[step] = place; // the step's name, or a longer one around it ("basic design" around "design")
                        end[step] = place + length;
                    } else if (place < at[step] || place >= end[step]) {
                        return false; // a step named twice: the sentence describes, it does not order
                    }
                }
            }
            named += at[step] >= 0 ? 1 : 0;
        }
        if (named != 2 || text.clauseNegates(sentence)) {
            return false; // "you cannot design before the requirements are fixed" is right
        }
        int first = -1;
        int second = -1;
        for (int step = 0; step < at.length; step++) {
            if (at[step] >= 0 && (first < 0 || at[step] < at[first])) {
                second = first;
                first = step;
            } else if (at[step] >= 0) {
                second = step;
            }
        }
        if (end[first] > at[second]) {
            return false; // one name inside the other ("basic design" and "design")
        }
        String between = sentence.substring(end[first], at[second]);
        boolean saysFirstFirst = text.clauseHas(between, rules.then());
        boolean saysSecondFirst = text.clauseHas(between, rules.after());
        if (saysFirstFirst == saysSecondFirst) {
            return false;
        }
        return saysFirstFirst ? first > second : second > first;
    }

    /** The step each item names, in the items' order; an item naming none or several stands for nothing. */
    private static List<Integer> steps(AnswerText text, FeedbackRules.Sequence sequence, String[] items) {
        List<Integer> order = new ArrayList<>();
        for (String item : items) {
            if (sequence.itemMax() > 0 && length(text, item) > sequence.itemMax()) {
                continue;
            }
            int found = -1;
            String foundWord = "";
            boolean several = false;
            for (int step = 0; step < sequence.steps().size(); step++) {
                String word = heldWord(text, item, sequence.steps().get(step));
                if (word.isEmpty()) {
                    continue;
                }
                if (found < 0 || word.contains(foundWord)) {
                    // the longer name is the step named: "SYN/ACK" holds "SYN" and "ACK" and is neither
                    found = step;
                    foundWord = word;
                } else if (!foundWord.contains(word)) {
                    several = true;
                }
            }
            if (several) {
                found = -1;
            }
            if (found >= 0 && (order.isEmpty() || order.get(order.size() - 1) != found)) {
                order.add(found);
            }
        }
        return order;
    }

    /** The first of {@code words} that {@code item} holds, folded, or "" for none. */
    private static String heldWord(AnswerText text, String item, List<String> words) {
        for (String w : words) {
            if (text.clauseHas(item, List.of(w))) {
                return AnswerText.fold(w);
            }
        }
        return "";
    }

    /** An item's length: words in English, letters in Japanese. */
    private static int length(AnswerText text, String item) {
        String trimmed = item.strip();
        return text.english() ? AnswerText.words(trimmed) : (int) trimmed.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }

    /** True when the steps run strictly forwards, or (when the sequence may be read from its end) strictly backwards. */
    private static boolean inOrder(List<Integer> order, boolean reversible) {
        boolean up = true;
        boolean down = true;
        for (int k = 1; k < order.size(); k++) {
            up &= order.get(k) > order.get(k - 1);
            down &= order.get(k) < order.get(k - 1);
        }
        return up || (reversible && down);
    }
}
