package jp.infracareer.interview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The English verbs of {@value #RESOURCE}, in any of their plain forms: base, third person (-s, -es, -ies) or the
 * irregular pasts listed. Tells a sentence with a predicate from a list of terms ({@link AnswerShape}).
 */
final class EnglishVerbs {
    static final String RESOURCE = "language/en-verbs.txt";
    private static final Set<String> VERBS = read();

    private EnglishVerbs() {}

    /** Whether a lower-case word is one of the verbs, as written or in a third-person form. */
    static boolean isVerb(String w) {
        if (VERBS.contains(w)) {
            return true;
        }
        if (w.length() > 3 && w.endsWith("ies") && VERBS.contains(w.substring(0, w.length() - 3) + "y")) {
            return true;
        }
        if (w.length() > 3 && w.endsWith("es") && VERBS.contains(w.substring(0, w.length() - 2))) {
            return true;
        }
        return w.length() > 2 && w.endsWith("s") && !w.endsWith("ss") && VERBS.contains(w.substring(0, w.length() - 1));
    }

    /** The listed words (for the test of the file). */
    static Set<String> listed() {
        return VERBS;
    }

    private static Set<String> read() {
        try (InputStream in = EnglishVerbs.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            Set<String> out = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(out::add);
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
