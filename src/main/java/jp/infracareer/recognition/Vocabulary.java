package jp.infracareer.recognition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.infracareer.content.Aliases;
import jp.infracareer.recognition.Term.Kind;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * All recognisable words, compiled once from {@code aliases.yml}, and the search for them in a text.
 * Japanese words match anywhere; ASCII words match whole words only, and long ones tolerate a typo or two.
 */
final class Vocabulary {
    private static final Pattern ASCII_WORD = Pattern.compile("[a-z0-9]+");
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(2);
    /** Readings this short (サ for 差) would match inside too many other words. */
    private static final int MIN_READING_LENGTH = 3;
    private static final int MIN_FUZZY_LENGTH = 5;

    private final List<Term> japanese = new ArrayList<>();
    private final List<Term> readings = new ArrayList<>();
    private final Map<Term, Pattern> ascii = new LinkedHashMap<>();
    private final List<Term> fuzzy = new ArrayList<>();
    /** Role id to everyday phrases that use its word for something else (ネットワークビジネス). */
    private final Map<String, List<String>> exclusions = new LinkedHashMap<>();

    Vocabulary(Aliases aliases) {
        aliases.roles().forEach((id, words) -> {
            words.strong().forEach(w -> add(Kind.ROLE, id, w, true));
            words.weak().forEach(w -> add(Kind.ROLE, id, w, false));
        });
        aliases.stages().forEach((id, words) -> {
            words.strong().forEach(w -> add(Kind.STAGE, id, w, true));
            words.weak().forEach(w -> add(Kind.STAGE, id, w, false));
        });
        aliases.intents().forEach((id, words) -> words.forEach(w -> add(Kind.INTENT, id, w, true)));
        aliases.exclusions().forEach((id, phrases) ->
                exclusions.put(id, phrases.stream().map(TextNormalizer::normalize).toList()));
    }

    private void add(Kind kind, String id, String word, boolean strong) {
        Term term = new Term(kind, id, TextNormalizer.normalize(word), strong);
        if (term.text().isEmpty()) {
            return;
        }
        if (TextNormalizer.isAscii(term.text())) {
            String words = Pattern.quote(term.text()).replace(" ", "\\E\\s*\\Q");
            ascii.put(term, Pattern.compile("(?<![a-z0-9])" + words + "(?![a-z0-9])"));
            if (term.kind() != Kind.INTENT && term.text().length() >= MIN_FUZZY_LENGTH
                    && ASCII_WORD.matcher(term.text()).matches()) {
                fuzzy.add(term);
            }
            return;
        }
        japanese.add(term);
        if (hasKanji(term.text())) {
            // read the word as written (使い方), not as normalised (使イ方), which the dictionary does not know
            String reading = TextNormalizer.normalize(Readings.of(word));
            if (reading.length() >= MIN_READING_LENGTH && !reading.equals(term.text()) && !hasKanji(reading)) {
                readings.add(new Term(term.kind(), term.id(), reading, term.strong()));
            }
        }
    }

    /** Every term found in a normalised text, overlaps resolved in favour of the longer word. */
    List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        for (Term term : japanese) {
            addOccurrences(found, term, text);
        }
        for (Term term : readings) {
            for (int at = text.indexOf(term.text()); at >= 0; at = text.indexOf(term.text(), at + 1)) {
                if (!continuesWord(text, at + term.text().length())) {
                    found.add(new Mention(term, at, at + term.text().length()));
                }
            }
        }
        ascii.forEach((term, pattern) -> {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                found.add(new Mention(term, m.start(), m.end()));
            }
        });
        addTypos(found, text);
        found.removeIf(m -> (m.term().kind() == Kind.ROLE && !m.term().strong() || m.term().kind() == Kind.INTENT)
                && excluded(m.term().id(), text));
        return withoutOverlaps(found);
    }

    private boolean excluded(String id, String text) {
        return exclusions.getOrDefault(id, List.of()).stream().anyMatch(text::contains);
    }

    private static void addOccurrences(List<Mention> found, Term term, String text) {
        for (int at = text.indexOf(term.text()); at >= 0; at = text.indexOf(term.text(), at + 1)) {
            found.add(new Mention(term, at, at + term.text().length()));
        }
    }

    /** ASCII words not matched exactly, within one typo (two for longer words) of a role or stage word. */
    private void addTypos(List<Mention> found, String text) {
        Matcher word = ASCII_WORD.matcher(text);
        while (word.find()) {
            String w = word.group();
            if (w.length() < MIN_FUZZY_LENGTH - 1) {
                continue;
            }
            int start = word.start();
            boolean exact = found.stream().anyMatch(m -> m.start() <= start && start < m.end());
            if (exact) {
                continue;
            }
            for (Term term : fuzzy) {
                int allowed = term.text().length() >= 7 && w.length() >= 6 ? 2 : 1;
                int d = DISTANCE.apply(w, term.text());
                if (d >= 0 && d <= allowed && !w.equals(term.text())) {
                    found.add(new Mention(term, start, word.end()));
                    break;
                }
            }
        }
    }

    private static List<Mention> withoutOverlaps(List<Mention> found) {
        // Intents are separate from what they are about ("違い" next to "サーバー"), so only roles and
        // stages compete with each other; intents compete among themselves.
        List<Mention> kept = new ArrayList<>();
        found.sort(Comparator.comparingInt(Mention::length).reversed().thenComparingInt(Mention::start));
        for (Mention m : found) {
            boolean subjects = m.term().kind() != Kind.INTENT;
            boolean clash = kept.stream()
                    .filter(k -> (k.term().kind() != Kind.INTENT) == subjects)
                    .anyMatch(k -> k.overlaps(m));
            if (!clash) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }

    /** A small ャ/ュ/ョ right after a reading means a different word (カンシャ is not カンシ). */
    private static boolean continuesWord(String text, int end) {
        if (end >= text.length()) {
            return false;
        }
        char next = text.charAt(end);
        return "ャュョァィゥェォ".indexOf(next) >= 0;
    }

    private static boolean hasKanji(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
