package jp.infracareer.recognition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Regular expressions read in order over the same text, each with a value, screened together: the texts each one
 * requires ({@link RequiredTexts}) are found in one walk of a letter tree from every place in the text, and only the
 * patterns whose texts are there run. With a hundred patterns of several verbs each, testing every verb with
 * {@code contains} cost more than the regexes it spared. Finds what the patterns find, in their order.
 */
public final class ScreenedPatterns<V> {
    private final List<Pattern> patterns;
    private final List<V> values;
    /** Patterns with no known required text: always run. */
    private final boolean[] always;
    private final Node root;

    private ScreenedPatterns(List<Pattern> patterns, List<V> values, boolean[] always, Node root) {
        this.patterns = patterns;
        this.values = values;
        this.always = always;
        this.root = root;
    }

    /** The patterns in the map's order (a map that keeps its order), each with its value. */
    public static <V> ScreenedPatterns<V> of(Map<Pattern, V> patterns) {
        List<Pattern> list = List.copyOf(patterns.keySet());
        List<V> values = List.copyOf(patterns.values());
        boolean[] always = new boolean[list.size()];
        Builder tree = new Builder();
        for (int i = 0; i < list.size(); i++) {
            List<String> required = RequiredTexts.anyOf(list.get(i));
            always[i] = required.isEmpty();
            for (String text : required) {
                tree.add(text, i);
            }
        }
        return new ScreenedPatterns<>(list, values, always, tree.freeze());
    }

    /** The value of the first pattern found in {@code text}. */
    public Optional<V> first(String text) {
        boolean[] present = present(text);
        for (int i = 0; i < patterns.size(); i++) {
            if ((always[i] || present[i]) && patterns.get(i).matcher(text).find()) {
                return Optional.of(values.get(i));
            }
        }
        return Optional.empty();
    }

    public boolean any(String text) {
        return first(text).isPresent();
    }

    /** The patterns one of whose required texts {@code text} holds. */
    private boolean[] present(String text) {
        boolean[] present = new boolean[patterns.size()];
        for (int start = 0; start < text.length(); start++) {
            Node node = root;
            for (int at = start; at < text.length() && node != null; at++) {
                node = node.next(text.charAt(at));
                if (node != null) {
                    for (int p : node.ends) {
                        present[p] = true;
                    }
                }
            }
        }
        return present;
    }

    /** A letter tree frozen into sorted arrays: a lookup is a binary search with no boxing. */
    private static final class Node {
        private final char[] letters;
        private final Node[] children;
        private final int[] ends;

        Node(char[] letters, Node[] children, int[] ends) {
            this.letters = letters;
            this.children = children;
            this.ends = ends;
        }

        Node next(char c) {
            int i = Arrays.binarySearch(letters, c);
            return i < 0 ? null : children[i];
        }
    }

    private static final class Builder {
        private final TreeMap<Character, Builder> children = new TreeMap<>();
        private final List<Integer> ends = new ArrayList<>();

        void add(String text, int pattern) {
            Builder node = this;
            for (int i = 0; i < text.length(); i++) {
                node = node.children.computeIfAbsent(text.charAt(i), c -> new Builder());
            }
            if (!node.ends.contains(pattern)) {
                node.ends.add(pattern);
            }
        }

        Node freeze() {
            char[] letters = new char[children.size()];
            Node[] frozen = new Node[children.size()];
            int i = 0;
            for (var e : children.entrySet()) {
                letters[i] = e.getKey();
                frozen[i++] = e.getValue().freeze();
            }
            return new Node(letters, frozen, ends.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}
