package jp.infracareer.interview;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.infracareer.content.Rubric;

/**
 * A layer's number and its name stated together, checked against the model's order: "layer 2, the network
 * layer" and "第3層のデータリンク層" put a layer under another's number whatever the words around them. A device that
 * works at one layer (a router, a switch, a repeater: the rule's {@code devices}) said to work at another layer,
 * by number or by name ("ルーターが第2層", "routers work at the data link layer"), is caught the same way. A clause
 * is read part by part where it turns to another device (「ルーターは…第2層の機器で、スイッチは…」), and a part with
 * several numbers item by item ("ハブが第1層、ルーターが第2層"); only a part stated as fact is read (not negated,
 * not contrasting, no word of the rule's {@code unless}, such as "L3スイッチ" or "layer 2 switch").
 */
final class LayerNumberCheck {
    /** "layer 3", "layer-3", "l3", "第3層", "レイヤー3", "レイヤ3", "3層目", 「2層の機器」, in folded text. */
    private static final Pattern NUMBER = Pattern.compile(
            "\\blayer[\\s-]?([1-7])(?!\\d)|(?<![a-z0-9])l([1-7])(?![\\d])|第([1-7])層|レイヤー?([1-7])(?!\\d)|(?<![\\d.])([1-7])層目"
            // 「ルーターは2層の機器」「2層がネットワーク層」: a bare number said of a device or a layer, not a count (「OSIは7層で」
            // 「7層に分けた」「全7層」) nor a three-tier design
            + "|(?<![\\d.第全])([1-7])層(?=の機器|の装置|で動|で働|に属|に位置|が|の(?:プロトコル|技術)|です|[。、]|\\s*$)"
            // 「TCPやUDPは4層で、…」: a layer said of something before a comma, not the model's count of seven (「OSIは7層で」)
            // (not a design's tiers: 「Web・AP・DBの3層で」)
            + "|(?<![\\d.第全の])([1-6])層(?=で[、,]|で\\s*$)");

    /** A part that puts a layer or a device under another layer: where, the layer stated, the right one and the name as said. */
    record Hit(int sentence, int stated, int named, String name) {}

    /** A number set right after a layer's name as an aside, not an item of a list: "…layer, layer 5," 「…層（第5層）」. */
    private static final Pattern ASIDE = Pattern.compile("^\\s*(?:,\\s*(?:" + NUMBER.pattern() + ")\\s*,(?!\\s*(?:"
            + NUMBER.pattern() + "))|[(（]\\s*(?:" + NUMBER.pattern() + ")\\s*[)）])");

    /** A layer's name followed by another layer's number as an aside ("the transport layer, layer 5, is where …"). */
    private static Optional<Hit> aside(AnswerText text, Rubric.LayerNumbers rule, String part, int sentence) {
        for (int layer = 0; layer < rule.names().size(); layer++) {
            for (String name : rule.names().get(layer)) {
                int length = AnswerText.Phrasing.of(name).folded().length();
                for (int at : text.placesOf(part, name)) {
                    Matcher m = ASIDE.matcher(part.substring(at + length));
                    if (m.find()) {
                        TreeSet<Integer> stated = numbers(m.group());
                        if (stated.size() == 1 && stated.first() != layer + 1) {
                            return Optional.of(new Hit(sentence, stated.first(), layer + 1, name));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where a list of items ("ハブが第1層、ルーターが第2層", "hubs at layer 1, routers at layer 2", "the switch is layer 3
     * and the router is layer 2") splits: at a comma, at 「層で」 with no comma after it, or at "and" before an article
     * that opens the next item.
     */
    private static final Pattern ITEM = Pattern.compile("、|,\\s+|;\\s*|\\s+and\\s+(?=(?:the|a|an)\\s)"
            // 「IPは第4層のトランスポート層でTCPは第3層」: typed without a comma, the next item starts after 「層で」
            + "|(?<=層)で(?![、,\\s]|$)");

    private static final Pattern CLAUSE_BREAK = Pattern.compile(";\\s*|；");

    private LayerNumberCheck() {}

    static Optional<Hit> wrongNumber(AnswerText text, Rubric.LayerNumbers rule, List<String> contrast) {
        if (!rule.applies()) {
            return Optional.empty();
        }
        List<String> deviceWords = rule.devices().stream().flatMap(List::stream).toList();
        for (AnswerText.Clause said : text.statedParts(contrast, rule.unless())) {
            for (String part : text.topicParts(said.text(), deviceWords)) {
                // a part with one number is read whole; one with several, item by item (a list of layers or devices)
                // a semicolon parts clauses of their own ("the link light was on, so layer 1 was fine; the VM had an IP"):
                // a layer said in one is not said of a device in the next
                List<String> items = numbers(part).size() <= 1 ? List.of(CLAUSE_BREAK.split(part)) : List.of(ITEM.split(part));
                Named before = carried(text, rule, said.sentence());
                Optional<Hit> aside = aside(text, rule, part, said.sentence());
                if (aside.isPresent()) {
                    return aside;
                }
                for (String item : items) {
                    Optional<Hit> hit = read(text, rule, item, said.sentence(), before);
                    if (hit.isPresent()) {
                        return hit;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The device a sentence goes on about without naming it: one with no subject of its own that says where "it"
     * works (「OSI参照モデルの第3層で動きます」, "It works at layer 3") after a sentence that names devices of one layer
     * only (「VLANは…スイッチを…分ける仕組みです」). A sentence that moves on to the next layer (「第3層では…」) is not one.
     */
    private static Named carried(AnswerText text, Rubric.LayerNumbers rule, int sentence) {
        Named none = new Named(new TreeSet<>(), "");
        if (sentence == 0 || !text.rules().worksAt().matcher(text.folded(sentence)).find()
                || !named(text, rule.devices(), text.folded(sentence)).layers().isEmpty()
                || text.rules().ownSubject().matcher(text.folded(sentence)).find()) {
            return none;
        }
        Named before = named(text, rule.devices(), text.folded(sentence - 1));
        return before.layers().size() == 1 ? before : none;
    }

    private static Optional<Hit> read(AnswerText text, Rubric.LayerNumbers rule, String item, int sentence, Named carried) {
        TreeSet<Integer> numbers = numbers(item);
        Named layers = named(text, rule.names(), item);
        Named said = named(text, rule.devices(), item);
        Named devices = said.layers().isEmpty() ? carried : said;
        if (numbers.size() == 1 && layers.layers().size() == 1 && !layers.layers().first().equals(numbers.first())) {
            return Optional.of(new Hit(sentence, numbers.first(), layers.layers().first(), layers.first()));
        }
        // a device and the one layer it is said to work at, by number or by name
        TreeSet<Integer> stated = new TreeSet<>(numbers);
        stated.addAll(layers.layers());
        if (devices.layers().size() == 1 && stated.size() == 1 && !devices.layers().first().equals(stated.first())) {
            return Optional.of(new Hit(sentence, stated.first(), devices.layers().first(), devices.first()));
        }
        // devices of several layers: the layer goes with the device named just before it ("UDP works at layer 3 and
        // suits DNS lookups": UDP, not DNS)
        if (said.layers().size() > 1 && stated.size() == 1) {
            return nearestBefore(text, rule, item, stated.first()).filter(d -> d.layer() != stated.first())
                    .map(d -> new Hit(sentence, stated.first(), d.layer(), d.word()));
        }
        return Optional.empty();
    }

    /** How far after a device's name the layer said of it may stand, in characters (as {@link TransportCheck}'s). */
    private static final int JA_REACH = 20;
    private static final int EN_REACH = 40;
    /** Where one item of a list ends and the next begins; a relative clause (", which is written in …") goes on. */
    private static final Pattern LIST_BREAK = Pattern.compile("[、;；]|,\\s+(?!which\\b|that\\b)");

    /** A device as named in an item: its layer (from 1), the word and where it ends. */
    private record Mention(int layer, String word, int end) {}

    /**
     * The device named closest before the first place the item states {@code layer} (its number or its name); a
     * device word inside that place does not count. Empty when none comes before it, close by and in the same item
     * of a list.
     */
    private static Optional<Mention> nearestBefore(AnswerText text, Rubric.LayerNumbers rule, String item, int layer) {
        int statedAt = Integer.MAX_VALUE;
        Matcher m = NUMBER.matcher(item);
        while (m.find()) {
            statedAt = Math.min(statedAt, m.start());
        }
        for (String name : rule.names().get(layer - 1)) {
            for (int at : text.placesOf(item, name)) {
                statedAt = Math.min(statedAt, at);
            }
        }
        Mention nearest = null;
        for (int l = 0; l < rule.devices().size(); l++) {
            for (String word : rule.devices().get(l)) {
                int length = AnswerText.Phrasing.of(word).folded().length();
                for (int at : text.placesOf(item, word)) {
                    if (at + length <= statedAt && (nearest == null || at + length > nearest.end())) {
                        nearest = new Mention(l + 1, word, at + length);
                    }
                }
            }
        }
        if (nearest == null || statedAt - nearest.end() > (text.english() ? EN_REACH : JA_REACH)
                || LIST_BREAK.matcher(item.substring(nearest.end(), statedAt)).find()) {
            return Optional.empty(); // too far, or in another item of a list: not said of that device
        }
        return Optional.of(nearest);
    }

    /** The layers (numbered from 1) whose words an item names, and the first word named. */
    private record Named(TreeSet<Integer> layers, String first) {}

    private static Named named(AnswerText text, List<List<String>> byLayer, String item) {
        TreeSet<Integer> layers = new TreeSet<>();
        String first = "";
        for (int layer = 0; layer < byLayer.size(); layer++) {
            for (String word : byLayer.get(layer)) {
                if (text.clauseHas(item, List.of(word))) {
                    layers.add(layer + 1);
                    first = first.isEmpty() ? word : first;
                }
            }
        }
        return new Named(layers, first);
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
