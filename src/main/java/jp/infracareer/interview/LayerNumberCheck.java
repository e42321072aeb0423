package jp.infracareer.interview;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.infracareer.content.Rubric;

/**
 * A layer's number and its name (or a device that works at one layer only, such as a router) stated together,
 * checked against the model's order: "layer 2, the network layer", "第3層のデータリンク層" and "ルーターが第2層" put a
 * layer under another's number whatever the words around them. Only a clause, or an item of a list in it
 * ("ハブが第1層、ルーターが第2層"), that states one number and one name is read, and only a clause stated as fact (not negated, not contrasting, no word of the rule's {@code unless},
 * such as "L3スイッチ" or "layer 2 switch", which name devices rather than layers).
 */
final class LayerNumberCheck {
    /** "layer 3", "layer-3", "l3", "第3層", "レイヤー3", "レイヤ3", "3層目", in folded text. */
    private static final Pattern NUMBER = Pattern.compile(
            "\\blayer[\\s-]?([1-7])(?!\\d)|(?<![a-z0-9])l([1-7])(?![\\d])|第([1-7])層|レイヤー?([1-7])(?!\\d)|(?<![\\d.])([1-7])層目");

    /** A clause that puts a layer's name under another number: where, the number stated, the name's own number and the name as said. */
    record Hit(int sentence, int stated, int named, String name) {}

    /** Where a list of items ("ハブが第1層、ルーターが第2層", "hubs at layer 1, routers at layer 2") splits. */
    private static final Pattern ITEM = Pattern.compile("、|,\\s+|;\\s*");

    private LayerNumberCheck() {}

    static Optional<Hit> wrongNumber(AnswerText text, Rubric.LayerNumbers rule, List<String> contrast) {
        if (!rule.applies()) {
            return Optional.empty();
        }
        for (AnswerText.Clause said : text.statedClauses(contrast, rule.unless())) {
            // a clause with one number is read whole; one with several, item by item (a list of layers or devices)
            List<String> items = numbers(said.text()).size() == 1 ? List.of(said.text()) : List.of(ITEM.split(said.text()));
            for (String item : items) {
                TreeSet<Integer> numbers = numbers(item);
                if (numbers.size() != 1) {
                    continue;
                }
                TreeSet<Integer> named = new TreeSet<>();
                String name = "";
                for (int layer = 0; layer < rule.names().size(); layer++) {
                    for (String word : rule.names().get(layer)) {
                        if (text.clauseHas(item, List.of(word))) {
                            named.add(layer + 1);
                            name = name.isEmpty() ? word : name;
                        }
                    }
                }
                if (named.size() == 1 && !named.first().equals(numbers.first())) {
                    return Optional.of(new Hit(said.sentence(), numbers.first(), named.first(), name));
                }
            }
        }
        return Optional.empty();
    }

    private static TreeSet<Integer> numbers(String text) {
        TreeSet<Integer> numbers = new TreeSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    numbers.add(Integer.parseInt(m.group(g)));
                }
            }
        }
        return numbers;
    }

    /** The right fact: {name} is the layer or device as named, {right} its number, {stated} the number given it. */
    static String correction(Rubric.LayerNumbers rule, Hit hit) {
        return rule.correction().replace("{name}", hit.name()).replace("{right}", String.valueOf(hit.named()))
                .replace("{stated}", String.valueOf(hit.stated()));
    }
}
