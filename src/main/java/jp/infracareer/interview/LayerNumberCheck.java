package jp.infracareer.interview;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.infracareer.content.Rubric;

/**
 * A layer's number and its name stated together, checked against the model's order: "layer 2, the network
 * layer" and "第3層のデータリンク層" put a layer under another's number whatever the words around them. Only a
 * clause that states one number and one name is read (more is a walk through the layers, which the other rules
 * read), and only a clause stated as fact (not negated, not contrasting, no word of the rule's {@code unless},
 * such as "L3スイッチ" or "layer 2 switch", which name devices rather than layers).
 */
final class LayerNumberCheck {
    /** "layer 3", "layer-3", "l3", "第3層", "レイヤー3", "レイヤ3", "3層目", in folded text. */
    private static final Pattern NUMBER = Pattern.compile(
            "\\blayer[\\s-]?([1-7])(?!\\d)|(?<![a-z0-9])l([1-7])(?![\\d])|第([1-7])層|レイヤー?([1-7])(?!\\d)|(?<![\\d.])([1-7])層目");

    /** A clause that puts a layer's name under another number: where, the number stated, and the name's own number. */
    record Hit(int sentence, int stated, int named) {}

    private LayerNumberCheck() {}

    static Optional<Hit> wrongNumber(AnswerText text, Rubric.LayerNumbers rule, List<String> contrast) {
        if (!rule.applies()) {
            return Optional.empty();
        }
        for (AnswerText.Clause said : text.statedClauses(contrast, rule.unless())) {
            TreeSet<Integer> numbers = new TreeSet<>();
            Matcher m = NUMBER.matcher(said.text());
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null) {
                        numbers.add(Integer.parseInt(m.group(g)));
                    }
                }
            }
            if (numbers.size() != 1) {
                continue;
            }
            TreeSet<Integer> named = new TreeSet<>();
            for (int layer = 0; layer < rule.names().size(); layer++) {
                if (text.clauseHas(said.text(), rule.names().get(layer))) {
                    named.add(layer + 1);
                }
            }
            if (named.size() == 1 && !named.first().equals(numbers.first())) {
                return Optional.of(new Hit(said.sentence(), numbers.first(), named.first()));
            }
        }
        return Optional.empty();
    }

    /** The right fact: {name} is the layer named, {right} its number, {stated} the number given it. */
    static String correction(Rubric.LayerNumbers rule, Hit hit) {
        String name = rule.names().get(hit.named() - 1).get(0);
        return rule.correction().replace("{name}", name).replace("{right}", String.valueOf(hit.named()))
                .replace("{stated}", String.valueOf(hit.stated()));
    }
}
