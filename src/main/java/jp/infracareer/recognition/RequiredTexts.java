package jp.infracareer.recognition;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The plain texts that any match of a regular expression must contain (one of them at least), read from its source:
 * a text that holds none of them cannot match, and is passed over without running the regex
 * ({@link ScreenedPatterns}). The interview's control patterns are read over every answer and most answers hold none
 * of their verbs.
 */
public final class RequiredTexts {
    private RequiredTexts() {}

    /** The texts of which every match holds one; empty when none is known (then every text must go to the regex). */
    public static List<String> anyOf(Pattern pattern) {
        return required(pattern).map(List::copyOf).orElse(List.of());
    }

    /**
     * A screen for one pattern, read from the pattern itself: false only when {@code text} holds none of the texts every
     * match needs (always true when none is known), so the screen cannot drift from the pattern it stands before.
     */
    public static java.util.function.Predicate<String> screen(Pattern pattern) {
        List<String> texts = anyOf(pattern);
        return texts.isEmpty() ? text -> true : text -> texts.stream().anyMatch(text::contains);
    }

    /** Texts of which every match holds one; empty when unknown (flags, escapes not read here, or nothing required). */
    static Optional<Set<String>> required(Pattern pattern) {
        if (pattern.flags() != 0) {
            return Optional.empty();
        }
        try {
            Parser parser = new Parser(pattern.pattern());
            Set<String> texts = parser.alternation();
            return parser.at == parser.source.length() && texts != null && texts.stream().noneMatch(String::isEmpty)
                    ? Optional.of(texts) : Optional.empty();
        } catch (Unread e) {
            return Optional.empty();
        }
    }

    /** A construct this reader does not follow: the pattern is then read over every text. */
    private static final class Unread extends RuntimeException {
        Unread() {
            super(null, null, false, false);
        }
    }

    /**
     * A recursive reader of the regex grammar that computes, for each part, a set of texts one of which is in every match
     * of it (null: none known). A sequence keeps its best part's set (runs of literal characters joined), an alternation
     * the union of its branches' sets, an optional part none.
     */
    private static final class Parser {
        final String source;
        int at;

        Parser(String source) {
            this.source = source;
        }

        Set<String> alternation() {
            Set<String> union = new LinkedHashSet<>();
            boolean known = true;
            while (true) {
                Set<String> branch = sequence();
                if (branch == null) {
                    known = false;
                } else {
                    union.addAll(branch);
                }
                if (at < source.length() && source.charAt(at) == '|') {
                    at++;
                    continue;
                }
                return known ? union : null;
            }
        }

        private Set<String> sequence() {
            Set<String> best = null;
            StringBuilder run = new StringBuilder();
            while (at < source.length() && source.charAt(at) != '|' && source.charAt(at) != ')') {
                Atom atom = atom();
                int[] times = quantifier();
                boolean once = times[0] == 1 && times[1] == 1;
                if (atom.literal != null && once) {
                    run.append(atom.literal);
                    continue;
                }
                best = better(best, run);
                run.setLength(0);
                if (times[0] >= 1) {
                    best = better(best, atom.required);
                    if (atom.literal != null) {
                        best = better(best, Set.of(String.valueOf(atom.literal)));
                    }
                }
            }
            return better(best, run);
        }

        private static Set<String> better(Set<String> best, StringBuilder run) {
            return run.length() == 0 ? best : better(best, Set.of(run.toString()));
        }

        /** The set whose shortest text is longest (a rarer text passes over more inputs); the first on a tie. */
        private static Set<String> better(Set<String> best, Set<String> candidate) {
            if (candidate == null || candidate.isEmpty()) {
                return best;
            }
            return best == null || shortest(candidate) > shortest(best) ? candidate : best;
        }

        private static int shortest(Set<String> texts) {
            return texts.stream().mapToInt(String::length).min().orElse(0);
        }

        private record Atom(Character literal, Set<String> required) {
        }

        private Atom atom() {
            char c = source.charAt(at++);
            switch (c) {
                case '(' -> {
                    return group();
                }
                case '[' -> {
                    skipClass();
                    return new Atom(null, null);
                }
                case '.', '^', '$' -> {
                    return new Atom(null, null);
                }
                case '\\' -> {
                    return escape();
                }
                case '*', '+', '?', '{' -> throw new Unread();
                default -> {
                    return new Atom(c, null);
                }
            }
        }

        private Atom group() {
            boolean lookaround = false;
            if (source.startsWith("?:", at)) {
                at += 2;
            } else if (source.startsWith("?=", at) || source.startsWith("?!", at)) {
                at += 2;
                lookaround = true;
            } else if (source.startsWith("?<=", at) || source.startsWith("?<!", at)) {
                at += 3;
                lookaround = true;
            } else if (source.startsWith("?<", at)) {
                int close = source.indexOf('>', at);
                if (close < 0) {
                    throw new Unread();
                }
                at = close + 1; // a named group
            } else if (at < source.length() && source.charAt(at) == '?') {
                throw new Unread(); // inline flags, atomic groups and the like
            }
            Set<String> inside = alternation();
            if (at >= source.length() || source.charAt(at) != ')') {
                throw new Unread();
            }
            at++;
            return new Atom(null, lookaround ? null : inside);
        }

        private void skipClass() {
            int depth = 1;
            if (at < source.length() && source.charAt(at) == '^') {
                at++;
            }
            if (at < source.length() && source.charAt(at) == ']') {
                at++; // a ] first is a literal
            }
            while (at < source.length() && depth > 0) {
                char c = source.charAt(at++);
                if (c == '\\') {
                    at++;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    depth--;
                }
            }
            if (depth > 0) {
                throw new Unread();
            }
        }

        private Atom escape() {
            if (at >= source.length()) {
                throw new Unread();
            }
            char c = source.charAt(at++);
            if ("bBAGzZ".indexOf(c) >= 0) {
                return new Atom(null, null); // boundaries match no character
            }
            if ("dDsSwWhHvVR".indexOf(c) >= 0) {
                return new Atom(null, null);
            }
            if (c == 'p' || c == 'P') {
                if (at < source.length() && source.charAt(at) == '{') {
                    int close = source.indexOf('}', at);
                    if (close < 0) {
                        throw new Unread();
                    }
                    at = close + 1;
                } else {
                    at++;
                }
                return new Atom(null, null);
            }
            if (Character.isLetterOrDigit(c)) {
                throw new Unread(); // quoting, hex and unicode escapes, back references, tabs and the like: not read here
            }
            return new Atom(c, null); // an escaped sign stands for itself
        }

        /** {min, max} of the quantifier after an atom ({1, 1} when there is none); max -1 for no bound. */
        private int[] quantifier() {
            int[] times = {1, 1};
            if (at >= source.length()) {
                return times;
            }
            char c = source.charAt(at);
            if (c == '*' || c == '?') {
                times = new int[] {0, c == '?' ? 1 : -1};
                at++;
            } else if (c == '+') {
                times = new int[] {1, -1};
                at++;
            } else if (c == '{') {
                int close = source.indexOf('}', at);
                if (close < 0) {
                    throw new Unread();
                }
                String[] bounds = source.substring(at + 1, close).split(",", -1);
                try {
                    int min = Integer.parseInt(bounds[0].strip());
                    times = new int[] {min, bounds.length == 1 ? min : bounds[1].isBlank() ? -1 : Integer.parseInt(bounds[1].strip())};
                } catch (NumberFormatException e) {
                    throw new Unread();
                }
                at = close + 1;
            } else {
                return times;
            }
            if (at < source.length() && (source.charAt(at) == '?' || source.charAt(at) == '+')) {
                at++; // lazy or possessive: the same characters
            }
            return times;
        }
    }
}
