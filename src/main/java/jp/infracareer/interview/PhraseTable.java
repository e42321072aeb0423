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
 * Every phrase of a question bank, folded once and indexed by how it can begin: by its letters for matching as
 * written ({@link PhraseStarts}), and, for a concept's phrasings, by its first word's spelling, dictionary
 * form and reading for matching word by word. Two kinds of phrase share the table: concept phrasings, read loosely
 * ({@link #made}), and the word lists read only as written (mistakes, weak motives, markers, key terms:
 * {@link #seen}). An answer's sentence is read once against the whole bank instead of once per phrase, with the
 * same result: a phrase that is not a candidate here could not have matched (see {@link AnswerText#makes},
 * {@link AnswerText#has} and {@link AnswerText#affirms}).
 */
final class PhraseTable {
    /** Every phrase of the bank, folded. */
    private final String[] folded;
    /** Concept phrasings split into words (to match word by word); null for a phrase read only as written. */
    private final AnswerText.Phrasing[] phrasings;
    private final boolean[] ascii;
    /** Phrases that end in a negation themselves (書き込まない): a negation after them does not unsay them. */
    private final boolean[] negates;
    /** Phrases of a word list (not only a concept's): only they are ever asked whether a sentence affirms them. */
    private final boolean[] listed;
    /** Each concept's synonyms list (by identity: the catalog's own lists), as phrase ids. */
    private final IdentityHashMap<List<String>, int[]> ids = new IdentityHashMap<>();
    /** A concept's synonyms that make its point alone, as one list (looked up by identity, as {@link #ids}). */
    private final IdentityHashMap<Rubric.Concept, List<String>> strongOf = new IdentityHashMap<>();
    /** Each word list read as written (by identity), as phrase ids. */
    private final IdentityHashMap<List<String>, int[]> wordIds = new IdentityHashMap<>();
    /** Rubrics (by identity) of self-introduction questions, which an answer is never said to be meant for. */
    private final IdentityHashMap<Rubric, Boolean> selfIntro = new IdentityHashMap<>();
    /** The bank's lists of misconception rules (by identity), each indexed by its rules' first groups. */
    private final IdentityHashMap<List<Rubric.Misconception>, RuleIndex> ruleIndexes = new IdentityHashMap<>();
    private final PhraseStarts starts;
    private final Map<String, int[]> byFirstWord = new HashMap<>();
    /** Every concept phrasing folded: the job's vocabulary (every synonym of every rubric of the bank). */
    private final java.util.Set<String> vocabulary;
    private final SentenceRules sentenceRules;
    private final Catalog catalog;
    /**
     * The four models learnt from the tuning sets, together: in the background when an interview starts ({@link
     * #prepareJudgement}), else at the first answer read (a reply to the question of the week in the advisor channel;
     * after the ack, on a work thread). Null until then.
     */
    private volatile Models models;

    /** The four models of a language, reading by one shared feature index (learnt, or shipped by the build). */
    record Models(JudgementModel judgement, JudgementModel thinness, JudgementModel strength, QuestionModel questions) {}

    /** The synonyms of {@code concept} that make its point on their own (all of them unless some are weak). */
    List<String> strong(Rubric.Concept concept) {
        return strongOf.getOrDefault(concept, concept.synonyms());
    }

    private PhraseTable(Catalog catalog) {
        sentenceRules = SentenceRules.of(catalog.feedback().reading());
        this.catalog = catalog;
        Map<String, Integer> idOf = new LinkedHashMap<>();
        for (Rubric r : catalog.rubrics()) {
            for (Rubric.Concept c : r.concepts()) {
                ids.put(c.synonyms(), idsOf(c.synonyms(), idOf));
                if (!c.weak().isEmpty()) {
                    // a topic's words credit the point only beside what is said of it: both looked up by the table
                    List<String> strong = c.strong();
                    strongOf.put(c, strong);
                    for (List<String> part : List.of(strong, c.weak(), c.with())) {
                        ids.put(part, idsOf(part, idOf));
                    }
                }
            }
            selfIntro.put(r, catalog.question(r.question()).map(AnswerAnalyzer::neverMeantFor).orElse(false));
        }
        int concepts = idOf.size();
        for (List<String> words : wordLists(catalog)) {
            wordIds.put(words, idsOf(words, idOf));
        }
        List<String> raw = List.copyOf(idOf.keySet());
        folded = new String[raw.size()];
        phrasings = new AnswerText.Phrasing[raw.size()];
        ascii = new boolean[raw.size()];
        negates = new boolean[raw.size()];
        listed = new boolean[raw.size()];
        wordIds.values().forEach(ps -> java.util.Arrays.stream(ps).forEach(p -> listed[p] = true));
        Map<String, List<Integer>> words = new HashMap<>();
        for (int p = 0; p < folded.length; p++) {
            // only a concept's phrasings are read word by word; the rest need no words (and no tokenizer at start)
            AnswerText.Phrasing ph = p < concepts ? AnswerText.Phrasing.of(raw.get(p)) : null;
            String f = ph != null ? ph.folded() : AnswerText.fold(raw.get(p));
            folded[p] = f;
            phrasings[p] = ph;
            ascii[p] = f.chars().allMatch(c -> c < 0x80);
            negates[p] = AnswerText.endsInNegation(f);
            if (f.isEmpty()) {
                continue; // an empty phrase matches nothing
            }
            if (ph != null && !ph.words().isEmpty()) {
                WordForms.Form first = ph.words().get(0);
                for (String k : new java.util.LinkedHashSet<>(List.of(first.surface(), first.base(), first.reading()))) {
                    words.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
                }
            }
        }
        vocabulary = java.util.Set.copyOf(java.util.Arrays.asList(folded).subList(0, concepts));
        ruleIndexes.put(catalog.feedback().judgement().mistakes(),
                RuleIndex.of(catalog.feedback().judgement().mistakes(), wordIds, folded.length));
        for (Rubric r : catalog.rubrics()) {
            ruleIndexes.put(r.misconceptions(), RuleIndex.of(r.misconceptions(), wordIds, folded.length));
        }
        starts = PhraseStarts.of(folded);
        words.forEach((k, v) -> byFirstWord.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    }

    private static int[] idsOf(List<String> phrases, Map<String, Integer> idOf) {
        int[] own = new int[phrases.size()];
        for (int k = 0; k < own.length; k++) {
            own[k] = idOf.computeIfAbsent(phrases.get(k), w -> idOf.size());
        }
        return own;
    }

    /**
     * The bank's word lists that are read per sentence as written: each question's mistakes and key terms, the
     * shared judgement, the weak motives and the markers. A list left out here is still read right, only slower
     * (phrase by phrase).
     */
    private static List<List<String>> wordLists(Catalog catalog) {
        List<List<String>> out = new ArrayList<>();
        List<Rubric.Misconception> mistakes = new ArrayList<>(catalog.feedback().judgement().mistakes());
        for (Rubric r : catalog.rubrics()) {
            mistakes.addAll(r.misconceptions());
            out.add(r.anchors());
            out.add(r.situation());
        }
        for (Rubric.Misconception m : mistakes) {
            out.addAll(m.when());
            out.add(m.unless());
        }
        catalog.questions().forEach(q -> out.add(q.keyTerms()));
        catalog.feedback().weakMotives().forEach(w -> out.add(w.patterns()));
        out.addAll(catalog.feedback().markers().values());
        return out;
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

    /** The judgement model of the bank's language (see {@link JudgementModel}), learnt here if not learnt yet. */
    JudgementModel judgement() {
        return learnt().judgement();
    }

    /** The thinness model of the bank's language (see {@link JudgementModel#thinExamples}), learnt here if not learnt yet. */
    JudgementModel thinness() {
        return learnt().thinness();
    }

    /** The strength model of the bank's language (see {@link JudgementModel#strengthExamples}), learnt here if not learnt yet. */
    JudgementModel strength() {
        return learnt().strength();
    }

    /** Which of two questions an answer reads more like (see {@link QuestionModel}), learnt here if not learnt yet. */
    QuestionModel questions() {
        return learnt().questions();
    }

    private Models learnt() {
        Models m = models;
        return m != null ? m : learn();
    }

    /**
     * The four models, once: as the build shipped them for this bank ({@link ShippedModels}), else learnt here from
     * one reading of the training sets.
     */
    private synchronized Models learn() {
        if (models == null) {
            models = ShippedModels.read(catalog).orElseGet(() -> learnModels(catalog));
        }
        return models;
    }

    /** Learns the four models of the catalog's language from one reading of the training sets. */
    static Models learnModels(Catalog catalog) {
        List<com.fasterxml.jackson.databind.JsonNode> training = JudgementModel.readTraining();
        boolean english = catalog.lang() == jp.infracareer.kernel.Lang.EN;
        JudgementModel judgement = JudgementModel.train(JudgementModel.examples(catalog, training), english);
        JudgementModel thinness = JudgementModel.train(JudgementModel.thinExamples(catalog, training), english);
        JudgementModel strength = JudgementModel.train(JudgementModel.strengthExamples(catalog, training), english);
        QuestionModel questions = QuestionModel.learn(catalog, training);
        // one index for the four: an answer's features are numbered once, not looked up by each model
        FeatureIndex shared = FeatureIndex.of(List.of(judgement.vocabulary(), thinness.vocabulary(),
                strength.vocabulary(), questions.vocabulary()));
        return new Models(judgement.on(shared), thinness.on(shared), strength.on(shared), questions.on(shared));
    }

    /**
     * Starts reading (or, without a shipped file for this bank, learning) the four models in the background, once:
     * called when an interview starts, so that they are ready long before the first answer (reading 20-75 ms, learning
     * about 0.7-1 s cold, measured 2026-12-05), and never at start-up, where learning took a core from the first requests.
     */
    void prepareJudgement() {
        if (models == null && preparing.compareAndSet(false, true)) {
            java.util.concurrent.CompletableFuture.runAsync(this::learn);
        }
    }

    private final java.util.concurrent.atomic.AtomicBoolean preparing = new java.util.concurrent.atomic.AtomicBoolean();

    /** The bank's language's rules for reading sentences. */
    SentenceRules sentenceRules() {
        return sentenceRules;
    }

    /** How many phrases the bank has. */
    int size() {
        return folded.length;
    }

    /** Every synonym of every rubric of the bank, folded. */
    java.util.Set<String> vocabulary() {
        return vocabulary;
    }

    /** The ids of a concept's synonyms, or null for a list that is not one of this bank's. */
    int[] ids(List<String> synonyms) {
        return ids.get(synonyms);
    }

    /** The ids of a word list read as written, or null for a list that is not one of this bank's. */
    int[] wordIds(List<String> words) {
        return wordIds.get(words);
    }

    /** The index of one of this bank's lists of misconception rules, or null for a list that is not one of them. */
    RuleIndex ruleIndex(List<Rubric.Misconception> rules) {
        return ruleIndexes.get(rules);
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
     * The phrases of the bank a folded sentence holds as written (in English at the start of a word, as
     * {@link AnswerText#contains} reads them), and of those the ones it affirms: in Japanese, found at least once
     * with no negation right after (see {@link AnswerText#affirms}); in English, the same set.
     */
    Seen seen(String sentence, boolean english) {
        long[] held = new long[(folded.length + 63) / 64];
        long[] affirmed = english ? held : new long[held.length];
        // a negation after a phrase is looked for once per place a phrase ends: many phrases end at the same place
        Boolean[] negatedAt = english ? null : new Boolean[sentence.length() + 1];
        starts.scan(sentence, (ps, at, end) -> {
            for (int p : ps) {
                if (has(affirmed, p) || (english && ascii[p] && !AnswerText.startsWordAt(sentence, at, folded[p]))) {
                    continue;
                }
                set(held, p);
                if (!english && listed[p]) {
                    if (negatedAt[end] == null) {
                        negatedAt[end] = AnswerText.negatedAt(sentence, end);
                    }
                    if (negates[p] || !negatedAt[end]) {
                        set(affirmed, p);
                    }
                }
            }
        });
        return new Seen(held, affirmed);
    }

    /** A sentence's phrases as written ({@code held}) and, of those, the ones it affirms. */
    record Seen(long[] held, long[] affirmed) {}

    /**
     * Every concept phrasing of the bank that a sentence makes, exactly as {@link AnswerText#makes} reads one
     * phrasing: held as written ({@code seen}), or in Japanese word by word in its {@code words}.
     */
    long[] made(Seen seen, List<WordForms.Form> words, boolean english) {
        long[] out = seen.held().clone();
        if (!english) {
            // a phrasing can only start at a word that has its first word's spelling, dictionary form or reading
            for (int i = 0; i < words.size(); i++) {
                WordForms.Form w = words.get(i);
                startingAt(out, words, i, byFirstWord.get(w.surface()));
                if (!w.base().equals(w.surface())) {
                    startingAt(out, words, i, byFirstWord.get(w.base()));
                }
                if (!w.reading().equals(w.surface()) && !w.reading().equals(w.base())) {
                    startingAt(out, words, i, byFirstWord.get(w.reading()));
                }
            }
        }
        return out;
    }

    private void startingAt(long[] out, List<WordForms.Form> words, int at, int[] ps) {
        if (ps == null) {
            return;
        }
        for (int p : ps) {
            if (!has(out, p) && WordForms.containsAt(words, phrasings[p].words(), at)) {
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
