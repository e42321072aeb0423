package jp.infracareer.interview;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.infracareer.kernel.Lang;
import jp.infracareer.recognition.JapaneseWords;

/**
 * An answer split into sentences, each kept as written (to quote back) and folded (to match): NFKC,
 * lower case. Japanese words match anywhere in a sentence, or word by word in any inflection or spelling
 * ({@link WordForms}); English ones at the start of a word, so "monitor" finds "monitoring" but "once" does
 * not find "concern".
 */
final class AnswerText {
    private final String whole;
    private final List<String> sentences;
    private final List<String> folded;
    /** Japanese only: each sentence's words, to match a phrase however it is inflected or spelt. */
    private final List<List<WordForms.Form>> forms;
    /** Japanese only: each sentence's words as the tokenizer read them (folded as first read), read once per answer. */
    private final List<List<JapaneseWords.Word>> words;
    private final boolean english;
    /** How this language marks negation, disowning and asking back (content/{lang}/feedback.yml `reading`). */
    private final SentenceRules rules;
    /** The bank's phrasings, when the answer is read against a whole bank; null to read phrasing by phrasing. */
    private final PhraseTable table;
    /** Per sentence, the bank's phrases it holds as written and affirms, worked out at its first use. */
    private final PhraseTable.Seen[] seen;
    /** Per sentence, the bank's phrasings it makes, worked out at its first use (see {@link PhraseTable#made}). */
    private final long[][] made;
    /** Per sentence, whether any part of it disclaims what it says; read once, when first asked. */
    private final Boolean[] disclaiming;
    /** Per sentence, whether it disowns what it says (see {@link #disowns}), read at its first use. */
    private final Boolean[] disowned;
    /** Per sentence, whether it sets out a bad example and whether it turns back from one: read once each. */
    private final Boolean[] badExample;
    private final Boolean[] turnsBack;
    /** The bank's phrases held in any sentence (the union of {@link #seen}'s), worked out at its first use. */
    private long[] heldAnywhere;
    /** The bank's phrasings made in any sentence (the union of {@link #made}'s), worked out at its first use. */
    private long[] madeAnywhere;
    /** Whether a clause negates what it says, by clause: every rule of a bank asks it of the same clauses. */
    private final Map<String, Boolean> negates = new HashMap<>();

    /** An answer read phrasing by phrasing, with the language's {@code rules} for sentences. */
    AnswerText(String text, Lang lang, SentenceRules rules) {
        this(text, lang, null, rules);
    }

    /** An answer read against {@code table}'s bank: every sentence is matched once against all its phrasings. */
    AnswerText(String text, Lang lang, PhraseTable table) {
        this(text, lang, table, table.sentenceRules());
    }

    private AnswerText(String text, Lang lang, PhraseTable table, SentenceRules rules) {
        this.rules = rules;
        this.whole = text == null ? "" : text;
        this.english = lang == Lang.EN;
        this.sentences = split(whole, english);
        this.folded = sentences.stream().map(AnswerText::fold).toList();
        this.words = english ? List.of() : folded.stream().map(f -> List.copyOf(JapaneseWords.of(f))).toList();
        this.forms = english ? List.of() : words.stream().map(w -> List.copyOf(WordForms.of(w))).toList();
        this.table = table;
        this.seen = new PhraseTable.Seen[sentences.size()];
        this.made = new long[sentences.size()][];
        this.disclaiming = new Boolean[sentences.size()];
        this.disowned = new Boolean[sentences.size()];
        this.badExample = new Boolean[sentences.size()];
        this.turnsBack = new Boolean[sentences.size()];
    }

    private AnswerText(AnswerText from, List<String> folded, List<List<WordForms.Form>> forms, java.util.Set<Integer> skip) {
        this.whole = from.whole;
        this.english = from.english;
        this.rules = from.rules;
        this.sentences = from.sentences;
        this.folded = folded;
        this.forms = forms;
        this.words = from.words;
        this.table = from.table;
        // a sentence read as saying nothing makes nothing; the others make what they made
        this.seen = from.seen.clone();
        this.made = from.made.clone();
        skip.forEach(i -> {
            seen[i] = null; // read afresh from its now empty text
            made[i] = null;
        });
        this.disowned = new Boolean[sentences.size()]; // a skipped sentence reads as "" here, so read afresh
        this.disclaiming = new Boolean[sentences.size()];
        this.badExample = new Boolean[sentences.size()];
        this.turnsBack = new Boolean[sentences.size()];
    }

    /**
     * The same answer with sentences {@code skip} read as saying nothing (they keep their place): a sentence
     * that states something wrong or a weak motive is no evidence of a structure point.
     */
    AnswerText without(java.util.Set<Integer> skip) {
        if (skip.isEmpty()) {
            return this;
        }
        List<String> kept = new ArrayList<>(folded);
        skip.forEach(i -> kept.set(i, ""));
        List<List<WordForms.Form>> keptForms = new ArrayList<>(forms);
        if (!english) {
            skip.forEach(i -> keptForms.set(i, List.of()));
        }
        return new AnswerText(this, List.copyOf(kept), List.copyOf(keptForms), skip);
    }

    List<String> sentences() {
        return sentences;
    }

    /** Sentence {@code i} folded (lower case, NFKC), as every check reads it. */
    String folded(int i) {
        return folded.get(i);
    }

    String whole() {
        return whole;
    }

    /**
     * The whole answer's features as the models read them ({@link JudgementModel#features}), numbered by {@code index}:
     * read once for the index the models of a language share.
     */
    int[] featureIds(FeatureIndex index) {
        if (featureIndex != index) {
            featureIds = index.ids(JudgementModel.features(whole, english));
            featureIndex = index;
        }
        return featureIds;
    }

    /** Read at the first use: an answer of one analysis, on one thread. */
    private FeatureIndex featureIndex;
    private int[] featureIds;

    /**
     * A model's reading of the whole answer, read once per model: several checks ask the judgement model the same
     * question of one answer (a rule overruled, a course of action, a sound answer, a situation told).
     */
    double reading(JudgementModel model) {
        return readings.computeIfAbsent(model, m -> m.score(this));
    }

    /** The readings taken so far, by model; an answer of one analysis, on one thread. */
    private final java.util.Map<JudgementModel, Double> readings = new java.util.IdentityHashMap<>(4);

    SentenceRules rules() {
        return rules;
    }

    boolean english() {
        return english;
    }

    int size() {
        return sentences.size();
    }

    String sentence(int i) {
        return sentences.get(i);
    }

    /** Japanese: the words of sentence {@code i} as first read (folded), even in a copy that skips it. */
    List<JapaneseWords.Word> words(int i) {
        return words.get(i);
    }

    /**
     * Like {@link #has}, but in Japanese a word negated right after it does not count: 書き込まず and 使わない
     * state that something is not done, so they never match a mistake written as 書き込 or 使.
     */
    boolean affirms(int i, List<String> words) {
        if (english) {
            return has(i, words);
        }
        int[] ids = table == null ? null : table.wordIds(words);
        if (ids != null) {
            return PhraseTable.any(seen(i).affirmed(), ids);
        }
        String sentence = folded.get(i);
        for (String w : words) {
            String f = Phrasing.of(w).folded();
            if (f.isEmpty() || endsInNegation(f)) {
                if (contains(sentence, f)) {
                    return true;
                }
                continue;
            }
            for (int at = sentence.indexOf(f); at >= 0; at = sentence.indexOf(f, at + 1)) {
                if (!negatedAt(sentence, at + f.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a negation comes right after {@code end} in a folded Japanese sentence (see {@link #NEGATED}). */
    static boolean negatedAt(String sentence, int end) {
        return NEGATED.matcher(sentence).region(end, sentence.length()).lookingAt();
    }

    /** True when a folded phrase ends in a negation itself (書き込まない). */
    static boolean endsInNegation(String foldedPhrase) {
        return NEGATION_AT_END.matcher(foldedPhrase).find();
    }

    /** The bank's phrases sentence {@code i} holds, read at its first use. */
    private PhraseTable.Seen seen(int i) {
        if (seen[i] == null) {
            seen[i] = table.seen(folded.get(i), english);
        }
        return seen[i];
    }

    /**
     * The rest of a verb or adjective, then a negation: 書き込(まず), 使(わない), 共有(しません), 同じ(ではない), after a
     * word that lists it as one example (再起動(とかはしない), 変更(などせず): a fourteenth newcomer trial was warned against
     * restarting alone for 「勝手に再起動とかはしないで」). "つない" is never one (a verb in つ negates as たない):
     * 「テザリングでつないで」 connects; nor is しかない, "only" (「64ビットしかないので」 says 64 bits, a thirtieth trial's slip).
     */
    private static final java.util.regex.Pattern NEGATED =
            java.util.regex.Pattern.compile("(?:(?:とか|など|なんか)(?:は|も)?)?[ぁ-ゖ]{0,2}?(?<!つ)(?<!しか)(ない|なかっ|なく|ず|ぬ|ません)");
    private static final java.util.regex.Pattern NEGATION_AT_END = java.util.regex.Pattern.compile("(ない|ず|ません)$");

    /** True when sentence {@code i} contains any of {@code words}. */
    boolean has(int i, List<String> words) {
        int[] ids = table == null ? null : table.wordIds(words);
        if (ids != null) {
            return PhraseTable.any(seen(i).held(), ids);
        }
        for (String w : words) {
            if (contains(folded.get(i), Phrasing.of(w).folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * False only when no sentence holds any of {@code words} as written (so no sentence affirms them either): a rule
     * that needs them is passed over without reading sentence by sentence. True when the words are not the bank's.
     */
    boolean mayHave(List<String> words) {
        int[] ids = table == null ? null : table.wordIds(words);
        if (ids == null) {
            return true;
        }
        long[] held = heldAnywhere();
        return held.length > 0 && PhraseTable.any(held, ids);
    }

    /** The bank's phrases held in any sentence, a bit per phrase id (empty for an answer with no sentence). */
    long[] heldAnywhere() {
        if (heldAnywhere == null) {
            heldAnywhere = union(i -> seen(i).held());
        }
        return heldAnywhere;
    }

    /** The bits of every sentence OR-ed together (empty for an answer with no sentence). */
    private long[] union(java.util.function.IntFunction<long[]> bitsOf) {
        long[] union = new long[0];
        for (int i = 0; i < sentences.size(); i++) {
            long[] bits = bitsOf.apply(i);
            if (union.length == 0) {
                union = bits.clone();
            } else {
                for (int b = 0; b < union.length; b++) {
                    union[b] |= bits[b];
                }
            }
        }
        return union;
    }

    /** The table this answer is read against, or null when it is read phrasing by phrasing. */
    PhraseTable table() {
        return table;
    }

    /**
     * True when sentence {@code i} makes a point said by any of {@code phrasings}: as written, or in Japanese
     * word by word in another inflection or spelling. Only points are read this loosely; a mistake or a weak
     * motive is caught as it is phrased, so that a looser reading never caps an answer that is right.
     */
    boolean makes(int i, List<String> phrasings) {
        int[] ids = table == null ? null : table.ids(phrasings);
        if (ids != null) {
            return PhraseTable.any(madeBits(i), ids);
        }
        for (String w : phrasings) {
            if (matches(i, Phrasing.of(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A content phrasing folded and split into words once: every answer is matched against every question's
     * phrasings (to tell an answer to another question), so doing this per match was most of an answer's cost.
     */
    record Phrasing(String folded, List<WordForms.Form> words) {
        /** Phrasings come only from content files; the bound keeps a surprise from growing the cache for ever. */
        private static final int CACHE_MAX = 50_000;
        private static final java.util.Map<String, Phrasing> READ = new java.util.concurrent.ConcurrentHashMap<>();

        static Phrasing of(String raw) {
            Phrasing known = READ.get(raw);
            if (known != null) {
                return known;
            }
            String folded = fold(raw);
            Phrasing read = new Phrasing(folded, folded.isEmpty() ? List.of() : WordForms.phrase(folded));
            if (READ.size() < CACHE_MAX) {
                READ.put(raw, read);
            }
            return read;
        }
    }

    /** The first sentence that makes a point said by any of {@code phrasings} (see {@link #makes}). */
    Optional<Integer> firstMaking(List<String> phrasings) {
        for (int i = 0; i < sentences.size(); i++) {
            if (makes(i, phrasings)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private long[] madeBits(int i) {
        if (made[i] == null) {
            made[i] = table.made(seen(i), english ? List.of() : forms.get(i), english);
        }
        return made[i];
    }

    /** True when any sentence makes a point said by any of {@code phrasings}: {@link #firstMaking} is present. */
    boolean makesAnywhere(List<String> phrasings) {
        int[] ids = table == null ? null : table.ids(phrasings);
        if (ids == null) {
            return firstMaking(phrasings).isPresent();
        }
        if (madeAnywhere == null) {
            madeAnywhere = union(this::madeBits);
        }
        return madeAnywhere.length > 0 && PhraseTable.any(madeAnywhere, ids);
    }

    /**
     * Like {@link #firstMaking}, but a sentence that names the point only to deny it (「エスカレーションはせずに」,
     * "I wouldn't bother with the runbook") does not make it: every place its words stand as written is denied.
     */
    Optional<Integer> firstAffirming(List<String> phrasings) {
        return firstAffirming(phrasings, List.of());
    }

    /**
     * The first sentence that makes {@code concept}'s point: by a phrasing that says it alone, or by one that names
     * its topic beside what the concept says of it ({@link jp.infracareer.content.Rubric.Concept#weak}).
     */
    Optional<Integer> firstCrediting(jp.infracareer.content.Rubric.Concept concept) {
        Optional<Integer> strong = firstAffirming(table == null ? concept.strong() : table.strong(concept));
        return strong.isPresent() || concept.weak().isEmpty() ? strong : firstAffirming(concept.weak(), concept.with());
    }

    /** As {@link #firstAffirming(List)}, in a sentence that also says one of {@code with} (when any are given). */
    Optional<Integer> firstAffirming(List<String> phrasings, List<String> with) {
        for (int i = 0; i < sentences.size(); i++) {
            if (makes(i, phrasings) && (with.isEmpty() || makes(i, with)) && !deniesPoint(i, phrasings)
                    && !disclaimsPoint(i, phrasings)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * The first sentence where one of {@code words} stands in a clause that negates: in Japanese a negation after it
     * (「自分の判断で設定を変えることはしません」), in English one anywhere in its clause ("I never restart it on my own").
     */
    Optional<Integer> firstNegating(List<String> words) {
        for (int i = 0; !words.isEmpty() && i < sentences.size(); i++) {
            for (String w : words) {
                String f = Phrasing.of(w).folded();
                String s = folded.get(i);
                for (int at = f.isEmpty() ? -1 : s.indexOf(f); at >= 0; at = s.indexOf(f, at + 1)) {
                    if (english ? startsWordAt(s, at, f)
                            && CLAUSE_NEGATED.matcher(s).region(SentenceRules.clauseStart(s, at), SentenceRules.clauseEnd(s, at)).find()
                            : CLAUSE_NEGATED_AFTER.matcher(s).region(at + f.length(), s.length()).lookingAt()) {
                        return Optional.of(i);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern CLAUSE_NEGATED = java.util.regex.Pattern.compile("\\b(not|never|no)\\b|n't");
    /** Japanese: the rest of the clause ends in a negation (「…で設定を変えることはしません」「…では動かず」). */
    private static final java.util.regex.Pattern CLAUSE_NEGATED_AFTER =
            java.util.regex.Pattern.compile("[^、。]{0,20}?(ません|しない|せず|ない|控え|やめ)");

    /**
     * True when {@code phrasings} stand as written in sentence {@code i} and each time only to be denied. A point
     * said by a negation itself (「設定を変えない」, "never restart alone") is never denied here; a sentence that makes
     * the point only in another inflection is taken as making it.
     */
    private boolean deniesPoint(int i, List<String> phrasings) {
        String s = folded.get(i);
        List<int[]> spans = standing(s, phrasings,
                f -> english ? NEGATIVE_PHRASING.matcher(f).find() : endsInNegation(f));
        if (spans == null) {
            return false; // the point said by its own negation (「抱え込まず」) stands, whatever else is denied
        }
        boolean denied = false;
        for (int[] span : spans) {
            // a shorter phrasing inside a longer one found there ("エスカレ" in "エスカレーション") is read as the longer
            if (spans.stream().anyMatch(o -> o != span && o[0] <= span[0] && o[1] > span[1])) {
                continue;
            }
            if (!rules.deniesPoint(s, span[0], span[1], english)) {
                return false;
            }
            denied = true;
        }
        return denied;
    }

    /**
     * True when {@code phrasings} stand as written in sentence {@code i} only in parts where the speaker says they do
     * not know it or have not done it (「DNSとの関係はよく分かっていません」, "I haven't configured one myself"). A phrasing
     * that is itself such a disclaimer (「資格はまだ持っていません」) makes its point; one found only in another
     * inflection is taken as making it.
     */
    private boolean disclaimsPoint(int i, List<String> phrasings) {
        if (disclaiming[i] == null) {
            disclaiming[i] = rules.pointDisclaimed().matcher(folded.get(i)).find();
        }
        if (!disclaiming[i]) {
            return false;
        }
        String s = folded.get(i);
        List<int[]> spans = standing(s, phrasings, f -> rules.pointDisclaimed().matcher(f).find());
        return spans != null && !spans.isEmpty() && spans.stream().allMatch(span -> rules.disclaims(s, span[0], english));
    }

    /**
     * Where {@code phrasings} stand as written in folded sentence {@code s} (in English, at word starts), each as the
     * span of its word; null when one that says its point by itself ({@code saysItself}: its own negation or
     * disclaimer) stands there, since then nothing else said in the sentence can take the point back.
     */
    private List<int[]> standing(String s, List<String> phrasings, java.util.function.Predicate<String> saysItself) {
        List<int[]> spans = new ArrayList<>();
        for (String p : phrasings) {
            String f = Phrasing.of(p).folded();
            if (f.isEmpty()) {
                continue;
            }
            if (saysItself.test(f)) {
                if (contains(s, f)) {
                    return null;
                }
                continue;
            }
            for (int at = s.indexOf(f); at >= 0; at = s.indexOf(f, at + 1)) {
                if (!english || startsWordAt(s, at, f)) {
                    spans.add(new int[] {at, wordEnd(s, at + f.length())});
                }
            }
        }
        return spans;
    }

    /** An English phrasing that says its point by a negation itself ("not restart", "never on my own"). */
    private static final java.util.regex.Pattern NEGATIVE_PHRASING = java.util.regex.Pattern.compile("\\b(not|never|no|without)\\b|n't");

    /** Where the word found up to {@code end} ends: a katakana word goes on to its last letter (エスカレ|ーション). */
    private static int wordEnd(String s, int end) {
        if (end == 0 || !isKatakana(s.charAt(end - 1))) {
            return end;
        }
        while (end < s.length() && isKatakana(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isKatakana(char c) {
        return (c >= '\u30a1' && c <= '\u30fa') || c == '\u30fc';
    }

    private boolean matches(int i, Phrasing phrasing) {
        return contains(folded.get(i), phrasing.folded())
                || (!english && !phrasing.folded().isEmpty() && WordForms.contains(forms.get(i), phrasing.words()));
    }

    /** True when sentence {@code i} begins with any of {@code words} (after a bullet), as a whole word in English. */
    boolean startsWith(int i, List<String> words) {
        String s = BULLET.matcher(folded.get(i)).replaceFirst("");
        for (String w : words) {
            String f = Phrasing.of(w).folded();
            if (!f.isEmpty() && s.startsWith(f)
                    && (!english || s.length() == f.length() || !Character.isLetterOrDigit(s.charAt(f.length())))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern BULLET = java.util.regex.Pattern.compile("^[\\s\\p{Punct}・●■◆→「『（(]+");

    /** A clause of sentence {@code sentence}, folded. */
    record Clause(int sentence, String text) {}

    /**
     * The clauses that state something as a fact, in order: not in a sentence that disowns what it says, not
     * negating, comparing or contrasting anything, and with no word of {@code unless}. Where a fact given to the
     * wrong thing (a role, a port) is looked for, so that every such check reads a statement the same way.
     */
    List<Clause> statedClauses(List<String> contrast, List<String> unless) {
        return readClauses(contrast, unless).stream().filter(c -> !clauseNegates(c.text())).toList();
    }

    /**
     * The clauses of every sentence not disowned, without a word of {@code unless}, negating or not: for a check that
     * reads a negation only where it touches its claim ({@link ReservedAddressCheck}).
     */
    List<Clause> readClauses(List<String> contrast, List<String> unless) {
        List<Clause> out = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (disowns(i)) {
                continue;
            }
            for (String clause : clauses(i, contrast)) {
                if (!clauseHas(clause, unless)) {
                    out.add(new Clause(i, clause));
                }
            }
        }
        return out;
    }

    /** Where an English clause turns to a relative clause of its own (", which suits …", " where speed matters …"). */
    private static final java.util.regex.Pattern RELATIVE = java.util.regex.Pattern.compile(",\\s*(?:which|where)\\b|\\swhere\\b");

    /**
     * As {@link #statedClauses}, and besides the parts of a negating English clause that state something before its
     * negation moves into a relative clause: "udp works at layer 3 and sends datagrams, which suits calls where
     * speed matters more than a lost packet" states its first part, which "than" later on does not take back.
     */
    List<Clause> statedParts(List<String> contrast, List<String> unless) {
        List<Clause> read = readClauses(contrast, unless);
        List<Clause> out = new ArrayList<>(read.stream().filter(c -> !clauseNegates(c.text())).toList());
        if (!english) {
            return out;
        }
        for (Clause said : read) {
            java.util.regex.Matcher relative = RELATIVE.matcher(said.text());
            if (clauseNegates(said.text()) && relative.find() && !clauseNegates(said.text().substring(0, relative.start()))) {
                out.add(new Clause(said.sentence(), said.text().substring(0, relative.start())));
            }
        }
        return out;
    }

    /**
     * Sentence {@code i} cut at words of contrast ("…が、", "but"): its clauses, folded, each to be read on its
     * own. A sentence without one is a single clause.
     */
    List<String> clauses(int i, List<String> contrast) {
        List<String> out = new ArrayList<>();
        String rest = folded.get(i);
        while (true) {
            int cut = -1;
            int len = 0;
            for (String w : contrast) {
                String f = Phrasing.of(w).folded();
                int at = english ? wordAt(rest, f) : rest.indexOf(f);
                if (at > 0 && (cut < 0 || at < cut)) {
                    cut = at;
                    len = f.length();
                }
            }
            if (cut < 0) {
                out.add(rest);
                return out;
            }
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut + len);
        }
    }

    /**
     * A folded clause cut where it turns from one subject named by {@code names} to another ("natは…仕組みで、
     * dhcpは…" is two parts; "dhcpで割り当てた…を変換する" stays one, its subject not being dhcp). The words that
     * join the parts (", while") belong to neither.
     */
    List<String> topicParts(String clause, List<String> names) {
        java.util.TreeMap<Integer, Integer> cuts = new java.util.TreeMap<>(); // name's start -> end of the part before it
        for (String name : names) {
            String f = Phrasing.of(name).folded();
            for (int at = clause.indexOf(f); at > 0; at = clause.indexOf(f, at + 1)) {
                if (insideLongerWord(clause, at, f)) {
                    continue; // "nat" in "alternative"
                }
                java.util.regex.Matcher before = rules.topicBefore().matcher(clause.substring(0, at));
                if (before.find() && rules.topicAfter().matcher(clause.substring(at + f.length())).find()) {
                    cuts.merge(at, before.start(), Math::min);
                }
            }
        }
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (var cut : cuts.entrySet()) {
            // only a turn from one named subject to another: "iamの設定は、事業者が見る" keeps its topic with its subject
            if (cut.getValue() >= from && clauseHas(clause.substring(from, cut.getValue()), names)) {
                parts.add(clause.substring(from, cut.getValue()));
                from = cut.getKey();
            }
        }
        parts.add(clause.substring(from));
        return parts;
    }

    private static boolean insideLongerWord(String text, int at, String word) {
        int end = at + word.length();
        return isAsciiLetterOrDigit(word.charAt(0)) && at > 0 && isAsciiLetterOrDigit(text.charAt(at - 1))
                || isAsciiLetterOrDigit(word.charAt(word.length() - 1)) && end < text.length() && isAsciiLetterOrDigit(text.charAt(end));
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /**
     * True when a folded clause negates, compares or contrasts anything in it ("UDPは再送しない", "less reliable
     * than", "unlike TCP"): such a clause is not read as giving one thing another's job.
     */
    boolean clauseNegates(String clause) {
        return negates.computeIfAbsent(clause, c -> rules.clauseNegation().matcher(c).find());
    }


    /** True when the folded clause contains any of {@code words}. */
    boolean clauseHas(String clause, List<String> words) {
        for (String w : words) {
            if (contains(clause, Phrasing.of(w).folded())) {
                return true;
            }
        }
        return false;
    }

    /** Where {@code word} stands in {@code foldedClause}, found as {@link #clauseHas} finds it: each start, in order. */
    List<Integer> placesOf(String foldedClause, String word) {
        String f = Phrasing.of(word).folded();
        List<Integer> places = new ArrayList<>();
        boolean wordWise = english && !f.isEmpty() && f.chars().allMatch(c -> c < 0x80);
        for (int at = f.isEmpty() ? -1 : foldedClause.indexOf(f); at >= 0; at = foldedClause.indexOf(f, at + 1)) {
            if (!wordWise || startsWordAt(foldedClause, at, f)) {
                places.add(at);
            }
        }
        return places;
    }

    /** Where {@code word} first stands as a whole word in {@code text}, or -1. */
    static int wordAt(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }

    /** How many different words of {@code words} sentence {@code i} contains. */
    int countOf(int i, List<String> words) {
        return (int) words.stream().map(w -> Phrasing.of(w).folded()).distinct().filter(w -> contains(folded.get(i), w)).count();
    }

    /** The first sentence that contains any of {@code words}, by index. */
    Optional<Integer> first(List<String> words) {
        for (int i = 0; i < sentences.size(); i++) {
            if (has(i, words)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * True when sentence {@code i} says, as a whole, that what it describes is not done: 「夜中だから遠慮する、
     * ということはしません」「楽だから選んだわけではありません」, "What I won't do is restart anything on my own".
     * Whatever mistake or weak motive its words hold is then disowned, not stated.
     */
    /**
     * Whether sentence {@code i} tells what other people did or failed to do, the speaker not among them ("the workers
     * did not report, so the manager only knew next morning"): a wrong decision told there is theirs, often the problem
     * the speaker's story goes on to solve.
     */
    boolean tellsOfOthers(int i) {
        return rules.othersDid().matcher(folded.get(i)).find();
    }

    boolean disowns(int i) {
        // asked for every sentence by every mistake and weak motive: read once per sentence
        if (disowned[i] == null) {
            String s = folded.get(i).strip();
            disowned[i] = rules.disowned().matcher(s).find() || rules.commonMisreading().matcher(s).find()
                    || inBadExample(i);
        }
        return disowned[i];
    }

    /** How many sentences after one that sets out a bad example are read as part of it, at most. */
    private static final int BAD_EXAMPLE_SENTENCES = 4;

    /**
     * True when sentence {@code i} is the bad example a sentence before it set out to show ("let me start with the
     * worst way to use IAM"): from that sentence up to one that turns back to the right way, a few sentences at most.
     */
    private boolean inBadExample(int i) {
        for (int k = i; k >= Math.max(0, i - BAD_EXAMPLE_SENTENCES); k--) {
            if (k < i && turnsBack(k)) {
                return false;
            }
            if (setsOutBadExample(k)) {
                return k == i || !turnsBack(i);
            }
        }
        return false;
    }

    private boolean setsOutBadExample(int k) {
        if (badExample[k] == null) {
            badExample[k] = rules.badExample().matcher(folded.get(k).strip()).find();
        }
        return badExample[k];
    }

    private boolean turnsBack(int k) {
        if (turnsBack[k] == null) {
            turnsBack[k] = rules.turnsBack().matcher(folded.get(k).strip()).find();
        }
        return turnsBack[k];
    }

    /** The first sentence that contains any of {@code words} and does not disown them (see {@link #disowns}). */
    Optional<Integer> firstOwned(List<String> words) {
        for (int i = 0; i < sentences.size(); i++) {
            if (has(i, words) && !disowns(i)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * Like {@link #firstOwned}, but what the speaker sets aside as not their reason, or not the main one
     * ("不満があって辞めるのではなく", "it's not about the money", "…も魅力に感じています": {@code motive_negated} in the
     * reading rules), is not read: for weak motives.
     */
    Optional<Integer> firstAvowed(List<String> words) {
        for (int i = 0; i < sentences.size(); i++) {
            if (has(i, words) && !disowns(i)) {
                String kept = rules.motiveNegated().matcher(folded.get(i)).replaceAll(" ");
                if (words.stream().anyMatch(w -> heldUnnegated(kept, Phrasing.of(w).folded()))) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a folded sentence holds the word, in Japanese not negated right after it: 「勝手に再起動はしないで、やる場合は
     * 許可をもらってから」 says the very thing the solo-fix motive asks for (a twenty-first trial was warned against it).
     */
    private boolean heldUnnegated(String foldedText, String foldedWord) {
        if (english || foldedWord.isEmpty() || endsInNegation(foldedWord)) {
            return contains(foldedText, foldedWord);
        }
        for (int at = foldedText.indexOf(foldedWord); at >= 0; at = foldedText.indexOf(foldedWord, at + 1)) {
            java.util.regex.Matcher negation = NEGATED.matcher(foldedText).region(at + foldedWord.length(), foldedText.length());
            // 「自分で解決しないと気が済まない」: a negation that makes a condition (ないと) still says it
            if (!negation.lookingAt() || foldedText.startsWith("と", negation.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Like {@link #firstAvowed}, for a motive said in words of its own: a word of every group in one sentence ("my boss
     * at the hotel was really unfair" holds a boss and an unfairness, with no fixed phrase between them).
     */
    Optional<Integer> firstAvowedTogether(List<List<String>> groups) {
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < sentences.size(); i++) {
            int at = i;
            if (groups.stream().allMatch(g -> affirms(at, g)) && !disowns(i)) {
                String kept = rules.motiveNegated().matcher(folded.get(i)).replaceAll(" ");
                if (groups.stream().allMatch(g -> g.stream().anyMatch(w -> contains(kept, Phrasing.of(w).folded())))) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    /** The first sentence that contains any of {@code words} and none of {@code except}. */
    /** The first sentence holding one of {@code words} that does not say the speaker lacks or has not done something. */
    Optional<Integer> firstNotDisclaimed(List<String> words) {
        for (int i = 0; i < sentences.size(); i++) {
            if (has(i, words) && !rules.pointDisclaimed().matcher(folded.get(i)).find()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    Optional<Integer> first(List<String> words, List<String> except) {
        for (int i = 0; i < sentences.size(); i++) {
            if (has(i, words) && !has(i, except)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    boolean contains(String foldedText, String foldedWord) {
        if (foldedWord.isEmpty()) {
            return false;
        }
        if (!english || !foldedWord.chars().allMatch(c -> c < 0x80)) {
            return foldedText.contains(foldedWord);
        }
        for (int at = foldedText.indexOf(foldedWord); at >= 0; at = foldedText.indexOf(foldedWord, at + 1)) {
            if (startsWordAt(foldedText, at, foldedWord)) {
                return true;
            }
        }
        return false;
    }

    /** English: true when {@code foldedWord}, found at {@code at}, starts a word there and ends well (see {@link #endsWell}). */
    static boolean startsWordAt(String foldedText, int at, String foldedWord) {
        // "n't" is the end of a word ("don't", "isn't"): it never starts one, and an unless of "n't" was meant to excuse them
        return (at == 0 || foldedWord.startsWith("n'") || !Character.isLetterOrDigit(foldedText.charAt(at - 1)))
                && endsWell(foldedText, at + foldedWord.length(), foldedWord);
    }

    /**
     * A longer word may go on ("monitor" finds "monitoring", "escalat" finds "escalated"); a short one only
     * by an inflection, so "exam" does not find "example", nor "yes" "yesterday". A word that ends in a space or
     * a mark ("not ", "not,") has marked its own end.
     */
    private static boolean endsWell(String text, int end, String word) {
        if (word.length() >= PREFIX_MIN || end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))
                || !Character.isLetterOrDigit(word.charAt(word.length() - 1))) {
            return true;
        }
        for (String suffix : INFLECTIONS) {
            int after = end + suffix.length();
            if (text.startsWith(suffix, end) && (after >= text.length() || !Character.isLetterOrDigit(text.charAt(after)))) {
                return true;
            }
        }
        return false;
    }

    private static final int PREFIX_MIN = 5;
    private static final List<String> INFLECTIONS = List.of("s", "es", "ed", "d", "ing", "'s");

    static String fold(String text) {
        String folded = jp.infracareer.recognition.JapaneseNumbers.inDigits(
                Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('’', '\''));
        // "chmod はファイルの…" is typed as often as "chmodはファイルの…": one spelling, so one phrase finds both
        return hasSpace(folded) ? withoutSpacesBetweenScripts(folded) : folded;
    }

    /**
     * The text without each run of spaces that stands between a Latin letter or digit and a Japanese letter (either way
     * round). A loop, not a regex with look-arounds: folding runs for every sentence of every answer.
     */
    static String withoutSpacesBetweenScripts(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isRegexSpace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isRegexSpace(text.charAt(end))) {
                end++;
            }
            boolean between = i > 0 && end < text.length()
                    && (latinOrDigit(text.codePointBefore(i)) && japanese(text.codePointAt(end))
                            || japanese(text.codePointBefore(i)) && latinOrDigit(text.codePointAt(end)));
            if (!between) {
                out.append(text, i, end);
            }
            i = end;
        }
        return out.toString();
    }

    /** The characters of {@code \\s} (without the Unicode flag): space, tab, line breaks, form feed, vertical tab. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean latinOrDigit(int c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static boolean japanese(int c) {
        if (c == 'ー') {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HAN;
    }

    private static boolean hasSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern LINES = java.util.regex.Pattern.compile("\\R");


    static List<String> split(String text, boolean english) {
        List<String> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(english ? Locale.ENGLISH : Locale.JAPANESE);
        for (String line : LINES.split(text)) {
            it.setText(line);
            int start = it.first();
            for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                String sentence = line.substring(start, end).strip();
                if (!sentence.isEmpty() && !out.isEmpty() && quotationGoesOn(out.get(out.size() - 1), sentence)) {
                    // 「…もらえる？」と頼まれたら: a question mark inside a quotation does not end the sentence around it
                    out.set(out.size() - 1, out.get(out.size() - 1) + sentence);
                } else if (!sentence.isEmpty()) {
                    out.addAll(english ? lowerCaseStarts(sentence) : List.of(sentence));
                }
            }
        }
        return out;
    }

    /** A full stop, then a space and a lower-case letter: where a casual typist starts the next sentence. */
    private static final java.util.regex.Pattern LOWER_CASE_START = java.util.regex.Pattern.compile("(?<=[.!?])\\s+(?=[a-z])");
    /** Words a full stop ends without ending the sentence ("e.g. ping", "vs. udp"). */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("e.g.", "i.e.", "etc.", "vs.", "eg.", "ie.",
            "approx.", "no.", "mr.", "mrs.", "ms.", "dr.", "fig.", "cf.", "incl.", "esp.", "a.m.", "p.m.");

    /**
     * The sentence split where a casual typist starts a sentence in lower case ("…or everyone. if only them, …"):
     * the JDK's sentence rules read a full stop before a lower-case word as an abbreviation's, so a whole answer
     * typed that way was one sentence, and a rule's words from three different sentences met in it.
     */
    private static List<String> lowerCaseStarts(String sentence) {
        List<String> parts = new ArrayList<>();
        java.util.regex.Matcher m = LOWER_CASE_START.matcher(sentence);
        int start = 0;
        while (m.find()) {
            String before = sentence.substring(start, m.start());
            int lastSpace = before.lastIndexOf(' ');
            String lastWord = before.substring(lastSpace + 1).toLowerCase(Locale.ROOT);
            if (ABBREVIATIONS.contains(lastWord) || lastWord.length() <= 2 && lastWord.matches("[a-z]\\.")) {
                continue; // "e.g. ping" or an initial ("j. smith"): the sentence goes on
            }
            parts.add(before.strip());
            start = m.end();
        }
        parts.add(sentence.substring(start).strip());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    /** True when {@code before} closes a quotation and {@code next} starts with its quoting particle (と, という, って, など). */
    private static boolean quotationGoesOn(String before, String next) {
        return (before.endsWith("」") || before.endsWith("』"))
                && (next.startsWith("と") || next.startsWith("って") || next.startsWith("など"));
    }

    static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'';
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }
}
