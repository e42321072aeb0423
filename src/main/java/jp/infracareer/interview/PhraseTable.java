package jp.infracareer.interview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.Rubric;

/**
 * Every concept phrasing of a question bank, folded and split into words once, and indexed by how it can
 * begin: by its first two letters (or its only letter) for matching as written, by its first word's
 * spelling, dictionary form and reading for matching word by word. Every answer is matched against every
 * question's phrasings (to tell an answer to another question); with this table a sentence is read once
 * against the whole bank ({@link #made}) instead of once per phrasing, and the result is the same: a
 * phrasing that is not a candidate here could not have matched (see {@link AnswerText#makes}).
 */
final class PhraseTable {
    private final List<String> raw;
    private final AnswerText.Phrasing[] phrasings;
    private final boolean[] ascii;
    /** Each concept's synonyms list (by identity: the catalog's own lists), as phrasing ids. */
    private final IdentityHashMap<List<String>, int[]> ids = new IdentityHashMap<>();
    /** Rubrics (by identity) of self-introduction questions, which an answer is never said to be meant for. */
    private final IdentityHashMap<Rubric, Boolean> selfIntro = new IdentityHashMap<>();
    private final Map<Integer, int[]> byFirstLetters = new HashMap<>();
    private final Map<String, int[]> byFirstWord = new HashMap<>();
    /** Every phrasing folded: the job's vocabulary (every synonym of every rubric of the bank). */
    private final java.util.Set<String> vocabulary;
    private final SentenceRules sentenceRules;

    private PhraseTable(Catalog catalog) {
        sentenceRules = SentenceRules.of(catalog.feedback().reading());
        Map<String, Integer> idOf = new LinkedHashMap<>();
        for (Rubric r : catalog.rubrics()) {
            for (Rubric.Concept c : r.concepts()) {
                int[] own = new int[c.synonyms().size()];
                for (int k = 0; k < own.length; k++) {
                    own[k] = idOf.computeIfAbsent(c.synonyms().get(k), w -> idOf.size());
                }
                ids.put(c.synonyms(), own);
            }
            selfIntro.put(r, catalog.question(r.question()).map(q -> q.category().equals(AnswerAnalyzer.SELF_INTRO)).orElse(false));
        }
        raw = List.copyOf(idOf.keySet());
        phrasings = new AnswerText.Phrasing[raw.size()];
        ascii = new boolean[raw.size()];
        Map<Integer, List<Integer>> letters = new HashMap<>();
        Map<String, List<Integer>> words = new HashMap<>();
        for (int p = 0; p < phrasings.length; p++) {
            AnswerText.Phrasing ph = AnswerText.Phrasing.of(raw.get(p));
            phrasings[p] = ph;
            String f = ph.folded();
            ascii[p] = f.chars().allMatch(c -> c < 0x80);
            if (f.isEmpty()) {
                continue; // an empty phrasing matches nothing
            }
            letters.computeIfAbsent(key(f, 0), k -> new ArrayList<>()).add(p);
            if (!ph.words().isEmpty()) {
                WordForms.Form first = ph.words().get(0);
                for (String k : new java.util.LinkedHashSet<>(List.of(first.surface(), first.base(), first.reading()))) {
                    words.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
                }
            }
        }
        vocabulary = java.util.Set.copyOf(java.util.Arrays.stream(phrasings).map(AnswerText.Phrasing::folded).toList());
        letters.forEach((k, v) -> byFirstLetters.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        words.forEach((k, v) -> byFirstWord.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** A phrasing's first two letters (or its only one) as one key; a text's at {@code at}, the same way. */
    private static int key(String s, int at) {
        return at + 1 < s.length() ? key(s.charAt(at), s.charAt(at + 1)) : key(s.charAt(at), 0xFFFF);
    }

    /**
     * Two letters as one key, mixed (one to one) so that letters of one script, which differ only in their low
     * bits, do not crowd a few of the map's buckets.
     */
    private static int key(int first, int second) {
        int h = ((first << 16) | second) * 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    /** Only a few banks ever exist (one per language, and what tests build): a small cache, oldest out. */
    private static final int CACHED = 8;
    private static final Object[][] TABLES = new Object[CACHED][];
    private static int next;

    /** The table of this catalog's bank, built at its first use. */
    static PhraseTable of(Catalog catalog) {
        synchronized (TABLES) {
            for (Object[] t : TABLES) {
                if (t != null && t[0] == catalog && t[1] == catalog.rubrics()) {
                    return (PhraseTable) t[2];
                }
            }
        }
        PhraseTable built = new PhraseTable(catalog);
        synchronized (TABLES) {
            TABLES[next] = new Object[] {catalog, catalog.rubrics(), built};
            next = (next + 1) % CACHED;
        }
        return built;
    }

    /** The bank's language's rules for reading sentences. */
    SentenceRules sentenceRules() {
        return sentenceRules;
    }

    /** How many phrasings the bank has. */
    int size() {
        return phrasings.length;
    }

    /** Every synonym of every rubric of the bank, folded. */
    java.util.Set<String> vocabulary() {
        return vocabulary;
    }

    /** The ids of a concept's synonyms, or null for a list that is not one of this bank's. */
    int[] ids(List<String> synonyms) {
        return ids.get(synonyms);
    }

    /** True when the rubric belongs to a self-introduction question of this bank. */
    boolean selfIntro(Rubric r) {
        Boolean known = selfIntro.get(r);
        return known != null && known;
    }

    /** True when this rubric is one of this bank's (by identity). */
    boolean knows(Rubric r) {
        return selfIntro.containsKey(r);
    }

    /**
     * Every phrasing of the bank that a sentence (folded, and its words in Japanese) makes, exactly as
     * {@link AnswerText#makes} reads one phrasing: contained as written (in English at the start of a word),
     * or in Japanese word by word.
     */
    long[] made(String folded, WordForms.Sentence forms, boolean english) {
        long[] out = new long[(phrasings.length + 63) / 64];
        for (int at = 0; at < folded.length(); at++) {
            candidates(out, folded, at, byFirstLetters.get(key(folded, at)), english);
            if (at + 1 < folded.length()) {
                candidates(out, folded, at, byFirstLetters.get(key(folded.charAt(at), 0xFFFF)), english);
            }
        }
        if (!english && !forms.words().isEmpty()) {
            for (String k : forms.keys()) {
                int[] ps = byFirstWord.get(k);
                if (ps == null) {
                    continue;
                }
                for (int p : ps) {
                    if (!has(out, p) && WordForms.contains(forms, phrasings[p].words())) {
                        set(out, p);
                    }
                }
            }
        }
        return out;
    }

    private void candidates(long[] out, String folded, int at, int[] ps, boolean english) {
        if (ps == null) {
            return;
        }
        for (int p : ps) {
            String f = phrasings[p].folded();
            if (!has(out, p) && folded.startsWith(f, at) && (!english || !ascii[p] || AnswerText.startsWordAt(folded, at, f))) {
                set(out, p);
            }
        }
    }

    /** True when any of {@code ids} is set. */
    static boolean any(long[] made, int[] ids) {
        for (int p : ids) {
            if (has(made, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(long[] bits, int p) {
        return (bits[p >>> 6] & (1L << p)) != 0;
    }

    private static void set(long[] bits, int p) {
        bits[p >>> 6] |= 1L << p;
    }
}
