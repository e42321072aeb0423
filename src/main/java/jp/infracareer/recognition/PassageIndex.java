package jp.infracareer.recognition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import jp.infracareer.content.Aliases;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.Guide;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.content.Passage;
import jp.infracareer.content.Passages;
import jp.infracareer.content.Role;
import jp.infracareer.content.Stage;
import jp.infracareer.kernel.Lang;

/**
 * The sections of every page (content/Passages) in a Lucene index, one analysed field per language
 * (Kuromoji's base forms for Japanese, English stems), ranked by BM25. A question is searched with its
 * specific words only: what is left once the words that merely ask ("何", "tell me") and the page's own
 * names ("監視", "cloud engineer") are taken out. A question with no specific word is about the page.
 * Beside its own words, each passage is found by the words of the questions it answers (asked.yml), so that
 * "給料" finds a section that says "年収".
 */
public final class PassageIndex {
    /**
     * The best passage for a question: its BM25 score, the share of the question's specific words it
     * contains (a synonym counts), how many specific words there were, and the share of them that the
     * knowledge base uses at all (low for a question about something it does not cover).
     */
    public record Hit(String topic, String section, float score, double coverage, int specificWords, double known) {
        public String id() {
            return topic + "#" + section;
        }
    }

    /** The field of the questions a passage answers (asked.yml), beside the field of its own words. */
    private static String askedField(Lang lang) {
        return "asked_" + lang.code();
    }

    /** A synonym counts for less than the word itself. */
    private static final float SYNONYM_BOOST = 0.5f;
    /** A guide's short answer is chosen over its best section only when it scores higher even weighted by this. */
    static final float ANSWER_WEIGHT = 0.6f;
    private static final String TOPIC = "topic";
    private static final String SECTION = "section";

    private final Map<Lang, Analyzer> analyzers = Map.of(Lang.JA, new JapaneseAnalyzer(), Lang.EN, new EnglishAnalyzer());
    private final IndexSearcher searcher;
    /** Per language, a passage's id → its analysed words (to tell which specific words it has). */
    private final Map<Lang, Map<String, Set<String>>> words = new HashMap<>();
    /** Per language, a passage's id → the analysed words of the questions it answers (asked.yml). */
    private final Map<Lang, Map<String, Set<String>>> askedWords = new HashMap<>();
    /**
     * Per language, a word → how many passages say it; only what the pages say tells whether the knowledge base
     * covers a question at all (the asked questions hold words such as "アプリ" in "アプリ開発もやる？").
     */
    private final Map<Lang, Map<String, Integer>> saidIn = new HashMap<>();
    /** Per language, a passage's id → its words and those of its questions (what coverage counts). */
    private final Map<Lang, Map<String, Set<String>>> has = new HashMap<>();
    /** Per language, a word → how many passages contain it or are asked with it (for weighting words by rarity). */
    private final Map<Lang, Map<String, Integer>> passagesWith = new HashMap<>();
    /** Per language, a topic id → the analysed words of its names. */
    private final Map<Lang, Map<String, Set<String>>> names = new HashMap<>();
    private final Map<Lang, Set<String>> generic = new HashMap<>();
    private final Map<Lang, List<Set<String>>> synonyms = new HashMap<>();
    /** Per language, a passage's id → the analysed words of the terms it defines (DefinedTerms). */
    private final Map<Lang, Map<String, Set<String>>> defines = new HashMap<>();
    /** The index's files, kept so that the whole index can be written (the build step ships it). */
    private final ByteBuffersDirectory directory;

    /**
     * What the index is built from, as text, per language: every passage, the names of every page, the
     * generic words and the synonym groups. Its fingerprint says whether a shipped index is current.
     */
    private record Source(Map<Lang, List<Passage>> passages, Map<Lang, Map<String, List<String>>> asked,
            Map<Lang, Map<String, List<String>>> names, List<String> generic, List<List<String>> synonyms) {
        static Source of(KnowledgeBase kb) {
            Aliases aliases = kb.aliases();
            Map<Lang, List<Passage>> passages = new java.util.EnumMap<>(Lang.class);
            Map<Lang, Map<String, List<String>>> asked = new java.util.EnumMap<>(Lang.class);
            Map<Lang, Map<String, List<String>>> names = new java.util.EnumMap<>(Lang.class);
            for (Lang lang : Lang.values()) {
                Catalog c = kb.catalog(lang);
                passages.put(lang, List.copyOf(Passages.of(c)));
                asked.put(lang, c.asked());
                names.put(lang, nameTexts(c, aliases));
            }
            return new Source(passages, asked, names, List.copyOf(aliases.retrieval().generic()),
                    aliases.retrieval().synonyms().stream().map(List::copyOf).toList());
        }

        /** SHA-256 (hex) of the format, Lucene's version and every text above, each ended by a separator. */
        String fingerprint() {
            try {
                java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
                java.util.function.Consumer<String> add = t -> {
                    sha.update(t.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                };
                add.accept(FORMAT);
                add.accept(org.apache.lucene.util.Version.LATEST.toString());
                for (Lang lang : Lang.values()) {
                    add.accept(lang.code());
                    for (Passage p : passages.get(lang)) {
                        add.accept(p.topic());
                        add.accept(p.section());
                        add.accept(p.body());
                        asked.get(lang).getOrDefault(p.id(), List.of()).forEach(add);
                        add.accept("");
                    }
                    add.accept("names");
                    new java.util.TreeMap<>(names.get(lang)).forEach((topic, texts) -> {
                        add.accept(topic);
                        texts.forEach(add);
                        add.accept("");
                    });
                }
                add.accept("generic");
                generic.forEach(add);
                add.accept("synonyms");
                synonyms.forEach(group -> {
                    group.forEach(add);
                    add.accept("");
                });
                return java.util.HexFormat.of().formatHex(sha.digest());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The index built from {@code source}: Lucene documents per passage and the analysed words beside them. */
    private PassageIndex(Source source) {
        directory = new ByteBuffersDirectory();
        Map<String, Analyzer> perField = new HashMap<>();
        analyzers.forEach((lang, a) -> {
            perField.put(lang.code(), a);
            perField.put(askedField(lang), a);
        });
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new PerFieldAnalyzerWrapper(
                analyzers.get(Lang.EN), perField)))) {
            for (Lang lang : Lang.values()) {
                Map<String, Set<String>> byId = new HashMap<>();
                Map<String, Set<String>> askedById = new HashMap<>();
                Map<String, Set<String>> defined = new HashMap<>();
                for (Passage p : source.passages().get(lang)) {
                    Document doc = new Document();
                    doc.add(new StringField(TOPIC, p.topic(), Field.Store.YES));
                    doc.add(new StringField(SECTION, p.section(), Field.Store.YES));
                    doc.add(new TextField(lang.code(), p.body(), Field.Store.NO));
                    String asked = String.join("\n", source.asked().get(lang).getOrDefault(p.id(), List.of()));
                    doc.add(new TextField(askedField(lang), asked, Field.Store.NO));
                    writer.addDocument(doc);
                    byId.put(p.id(), new LinkedHashSet<>(analyze(lang, p.body())));
                    askedById.put(p.id(), new LinkedHashSet<>(analyze(lang, asked)));
                    Set<String> terms = new LinkedHashSet<>();
                    DefinedTerms.of(p, lang).forEach(t -> terms.addAll(analyze(lang, t)));
                    if (!terms.isEmpty()) {
                        defined.put(p.id(), terms);
                    }
                }
                words.put(lang, byId);
                askedWords.put(lang, askedById);
                defines.put(lang, defined);
                Map<String, Set<String>> byTopic = new HashMap<>();
                source.names().get(lang).forEach((topic, texts) -> {
                    Set<String> s = new LinkedHashSet<>();
                    texts.forEach(t -> s.addAll(analyze(lang, t)));
                    byTopic.put(topic, s);
                });
                names.put(lang, byTopic);
                Set<String> g = new LinkedHashSet<>();
                source.generic().forEach(w -> g.addAll(analyze(lang, w)));
                generic.put(lang, g);
                List<Set<String>> groups = new ArrayList<>();
                for (List<String> group : source.synonyms()) {
                    Set<String> s = new LinkedHashSet<>();
                    group.forEach(w -> s.addAll(analyze(lang, w)));
                    groups.add(s);
                }
                synonyms.put(lang, groups);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        frequencies();
        searcher = searcherOf(directory);
    }

    /** Document frequencies, and per passage the union of its words and its questions' (computed once). */
    private void frequencies() {
        saidIn.putAll(documentFrequencies(words));
        words.forEach((lang, byId) -> {
            Map<String, Set<String>> union = new HashMap<>();
            byId.forEach((id, said) -> {
                Set<String> all = new java.util.HashSet<>(said);
                all.addAll(askedWords.get(lang).getOrDefault(id, Set.of()));
                union.put(id, Set.copyOf(all)); // one array each: kept for the process's life
            });
            has.put(lang, union);
        });
        passagesWith.putAll(documentFrequencies(has));
    }

    /** The words a passage has for coverage: its own and those of the questions it answers. */
    private Set<String> has(Lang lang, String passageId) {
        return has.get(lang).getOrDefault(passageId, Set.of());
    }

    /** An index as written by {@link #write}: its files and its analysed words, nothing analysed again. */
    private PassageIndex(ByteBuffersDirectory directory, Map<Lang, Map<String, Set<String>>> words,
            Map<Lang, Map<String, Set<String>>> names, Map<Lang, Set<String>> generic, Map<Lang, List<Set<String>>> synonyms,
            Map<Lang, Map<String, Set<String>>> defines, Map<Lang, Map<String, Set<String>>> askedWords) {
        this.directory = directory;
        this.defines.putAll(defines);
        this.words.putAll(words);
        this.askedWords.putAll(askedWords);
        this.names.putAll(names);
        this.generic.putAll(generic);
        this.synonyms.putAll(synonyms);
        frequencies();
        searcher = searcherOf(directory);
    }

    private static Map<Lang, Map<String, Integer>> documentFrequencies(Map<Lang, Map<String, Set<String>>> words) {
        Map<Lang, Map<String, Integer>> out = new HashMap<>();
        words.forEach((lang, byId) -> {
            Map<String, Integer> df = new HashMap<>();
            byId.values().forEach(set -> set.forEach(w -> df.merge(w, 1, Integer::sum)));
            out.put(lang, df);
        });
        return out;
    }

    private static IndexSearcher searcherOf(ByteBuffersDirectory directory) {
        try {
            return new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the index (analysing every passage: about a second of CPU on a cold JVM). */
    public static PassageIndex build(KnowledgeBase kb) {
        return new PassageIndex(Source.of(kb));
    }

    /**
     * What an index of {@code kb} must have been built from: {@link #FORMAT}, Lucene's version and every
     * text the index analyses (SHA-256, hex). A written index records it; one whose record differs is stale.
     */
    public static String fingerprint(KnowledgeBase kb) {
        return Source.of(kb).fingerprint();
    }

    /** The written form; a change to it, to the analysis or to what is indexed must change this. */
    static final String FORMAT = "passages/lucene-bm25 ja-kuromoji en-english asked+names+generic+synonyms+defined-terms/v4";
    private static final int MAGIC = 0x1A7E_0002;

    /** Writes the index (its Lucene files and analysed words) with the fingerprint of what it was built from. */
    public void write(java.io.OutputStream out, String fingerprint) throws IOException {
        java.util.zip.DeflaterOutputStream deflated = new java.util.zip.DeflaterOutputStream(out);
        java.io.DataOutputStream data = new java.io.DataOutputStream(new java.io.BufferedOutputStream(deflated, 1 << 16));
        data.writeInt(MAGIC);
        data.writeUTF(fingerprint);
        String[] files = directory.listAll();
        data.writeInt(files.length);
        for (String file : files) {
            try (org.apache.lucene.store.IndexInput in = directory.openInput(file, org.apache.lucene.store.IOContext.READONCE)) {
                byte[] bytes = new byte[Math.toIntExact(in.length())];
                in.readBytes(bytes, 0, bytes.length);
                data.writeUTF(file);
                data.writeInt(bytes.length);
                data.write(bytes);
            }
        }
        for (Lang lang : Lang.values()) {
            writeGroups(data, words.get(lang));
            writeGroups(data, names.get(lang));
            writeWords(data, generic.get(lang));
            data.writeInt(synonyms.get(lang).size());
            for (Set<String> group : synonyms.get(lang)) {
                writeWords(data, group);
            }
            writeGroups(data, defines.get(lang));
            writeGroups(data, askedWords.get(lang));
        }
        data.flush();
        deflated.finish();
        out.flush();
    }

    /** The fingerprint a written index records (without reading the rest). */
    public static String recordedFingerprint(java.io.InputStream in) throws IOException {
        java.io.DataInputStream data = new java.io.DataInputStream(new java.util.zip.InflaterInputStream(in));
        if (data.readInt() != MAGIC) {
            throw new IOException("not a passage index");
        }
        return data.readUTF();
    }

    /** A written index, if it was built from what {@code fingerprint} names; empty when it is stale. */
    public static Optional<PassageIndex> read(java.io.InputStream in, String fingerprint) throws IOException {
        java.io.DataInputStream data = new java.io.DataInputStream(new java.io.BufferedInputStream(
                new java.util.zip.InflaterInputStream(in), 1 << 16));
        if (data.readInt() != MAGIC) {
            throw new IOException("not a passage index");
        }
        if (!data.readUTF().equals(fingerprint)) {
            return Optional.empty();
        }
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        int files = data.readInt();
        for (int i = 0; i < files; i++) {
            String name = data.readUTF();
            byte[] bytes = new byte[data.readInt()];
            data.readFully(bytes);
            try (org.apache.lucene.store.IndexOutput out = directory.createOutput(name, org.apache.lucene.store.IOContext.DEFAULT)) {
                out.writeBytes(bytes, bytes.length);
            }
        }
        Map<Lang, Map<String, Set<String>>> words = new HashMap<>();
        Map<Lang, Map<String, Set<String>>> names = new HashMap<>();
        Map<Lang, Set<String>> generic = new HashMap<>();
        Map<Lang, List<Set<String>>> synonyms = new HashMap<>();
        Map<Lang, Map<String, Set<String>>> defines = new HashMap<>();
        Map<Lang, Map<String, Set<String>>> askedWords = new HashMap<>();
        Map<String, String> pool = new HashMap<>();
        for (Lang lang : Lang.values()) {
            words.put(lang, readGroups(data, pool));
            names.put(lang, readGroups(data, pool));
            generic.put(lang, readWords(data, pool));
            int groups = data.readInt();
            List<Set<String>> list = new ArrayList<>(groups);
            for (int i = 0; i < groups; i++) {
                list.add(readWords(data, pool));
            }
            synonyms.put(lang, list);
            defines.put(lang, readGroups(data, pool));
            askedWords.put(lang, readGroups(data, pool));
        }
        return Optional.of(new PassageIndex(directory, words, names, generic, synonyms, defines, askedWords));
    }

    private static void writeGroups(java.io.DataOutputStream data, Map<String, Set<String>> groups) throws IOException {
        data.writeInt(groups.size());
        for (Map.Entry<String, Set<String>> e : new java.util.TreeMap<>(groups).entrySet()) {
            data.writeUTF(e.getKey());
            writeWords(data, new java.util.TreeSet<>(e.getValue())); // read back unordered: written in one order
        }
    }

    private static void writeWords(java.io.DataOutputStream data, Set<String> words) throws IOException {
        data.writeInt(words.size());
        for (String w : words) {
            data.writeUTF(w);
        }
    }

    /*
     * Read compactly: one String per distinct word or id (the pool), and each group's words as an immutable set
     * (one array) where their order does not matter. The index stays live for the whole process, so the first
     * young collection after start copies all of it; as LinkedHashSets of repeated strings it was about 160,000
     * small objects, half of what that collection copied (bench/README.md).
     */
    private static Map<String, Set<String>> readGroups(java.io.DataInputStream data, Map<String, String> pool) throws IOException {
        int n = data.readInt();
        Map<String, Set<String>> out = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            out.put(pooled(data, pool), Set.copyOf(readWords(data, pool)));
        }
        return out;
    }

    /** Words in their written order (a synonym group's order is the order its synonyms are queried in). */
    private static Set<String> readWords(java.io.DataInputStream data, Map<String, String> pool) throws IOException {
        int n = data.readInt();
        Set<String> out = new LinkedHashSet<>(n * 2);
        for (int i = 0; i < n; i++) {
            out.add(pooled(data, pool));
        }
        return out;
    }

    private static String pooled(java.io.DataInputStream data, Map<String, String> pool) throws IOException {
        String s = data.readUTF();
        return pool.computeIfAbsent(s, k -> k);
    }

    /** The texts that name each page: a role's names and aliases, a stage's, a guide's title. */
    private static Map<String, List<String>> nameTexts(Catalog c, Aliases aliases) {
        Map<String, List<String>> byTopic = new HashMap<>();
        for (Role r : c.roles()) {
            List<String> s = new ArrayList<>(List.of(r.name() + " " + r.shortName()));
            Aliases.Words w = aliases.roles().get(r.id());
            if (w != null) {
                s.addAll(w.strong());
                s.addAll(w.weak());
            }
            byTopic.put("role/" + r.id(), s);
        }
        for (Stage st : c.stages().stages()) {
            List<String> s = new ArrayList<>(List.of(st.name()));
            Aliases.Words w = aliases.stages().get(st.id());
            if (w != null) {
                s.addAll(w.strong());
                s.addAll(w.weak());
            }
            byTopic.put("stage/" + st.id(), s);
        }
        for (Guide g : c.guides()) {
            // what comes after a colon lists what the guide covers ("…：応募数、期間、エージェント"), not its name
            byTopic.put("guide/" + g.id(), List.of(g.title().split("[：:]", 2)[0]));
        }
        byTopic.put(Passages.STAGES_TOPIC, List.of(c.ui().text("stages.title")));
        return byTopic;
    }

    /** Two indexes answer alike when their analysed words are the same (their Lucene files are compared by searching). */
    boolean sameWords(PassageIndex other) {
        return words.equals(other.words) && askedWords.equals(other.askedWords) && names.equals(other.names) && generic.equals(other.generic)
                && synonyms.equals(other.synonyms) && defines.equals(other.defines);
    }

    /**
     * The best passage on {@code topic}'s page (any page when null) for a question in {@code lang}, or
     * empty when the question has no specific word or no passage has any of them. The names of the pages in
     * {@code about} (those the question seems to be about) are not specific words.
     */
    public Optional<Hit> best(String question, Lang lang, String topic, java.util.Collection<String> about) {
        List<String> specific = specificWords(question, lang, about);
        if (specific.isEmpty()) {
            return Optional.empty();
        }
        List<Hit> hits = hits(specific, lang, topic, CANDIDATES);
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        // of the best-scoring sections, the one that holds most of what is asked: BM25 favours a section that
        // repeats one word ("3年目、5年目" for "1年目の給料")
        Hit section = hits.stream().filter(h -> !h.section().equals(Passages.GUIDE_ANSWER))
                .max(java.util.Comparator.comparingDouble(Hit::coverage).thenComparingDouble(Hit::score)).orElse(null);
        Hit answer = hits.stream().filter(h -> h.section().equals(Passages.GUIDE_ANSWER)).findFirst().orElse(null);
        QuestionForm form = QuestionForm.of(question, lang);
        if (form == QuestionForm.DEFINITION) {
            // 「Xってなに？」: the passage that defines X, when one of the candidates does
            Optional<Hit> defining = hits.stream().filter(h -> definedWeight(lang, specific, h.id()) > 0)
                    .max(java.util.Comparator.comparingDouble((Hit h) -> definedWeight(lang, specific, h.id()))
                            .thenComparingDouble(Hit::score));
            if (defining.isPresent()) {
                return defining;
            }
        }
        if (specific.size() >= 2 && QuestionForm.weighsTwo(question, lang)) {
            // 「LinuCとLPICってどっちがいい？」: the section about two of the things it weighs, not the page's short answer
            // that mentions them (an eleventh newcomer trial got the certifications' order)
            Optional<Hit> exactly = hits.stream().filter(h -> definesTwo(lang, specific, h.id())).findFirst();
            if (exactly.isPresent()) {
                return exactly;
            }
        }
        if (answer == null && section != null && form == QuestionForm.GIST && section.topic().startsWith("guide/")) {
            // the short answer need not share a word to be what a yes/no question wants
            String id = section.topic() + "#" + Passages.GUIDE_ANSWER;
            answer = new Hit(section.topic(), Passages.GUIDE_ANSWER, 0, coverage(lang, specific, id), specific.size(), section.known());
        }
        if (section == null || answer == null) {
            return Optional.of(section == null ? answer : section);
        }
        boolean answerWins = form == QuestionForm.GIST && answer.topic().equals(section.topic())
                // a yes/no, "which first" or "what is it like" question wants the page's short answer, unless a
                // section holds clearly more of what it asks (「給付金は在職中でも使える？」)
                ? answer.coverage() + GIST_MARGIN >= section.coverage()
                // a guide's short answer touches every section, so a section that answers about as well is closer
                : answer.score() * ANSWER_WEIGHT > section.score();
        return Optional.of(answerWins ? answer : section);
    }

    /** How many of the best-scoring passages are weighed against each other. */
    private static final int CANDIDATES = 10;
    /** How much more of a yes/no question a section must hold than the short answer to be chosen over it. */
    static final double GIST_MARGIN = 0.3;

    /** The {@code n} passages on {@code topic}'s page (any page when null) that score highest, best first. */
    private List<Hit> hits(List<String> specific, Lang lang, String topic, int n) {
        List<Hit> out = new ArrayList<>();
        try {
            Map<String, Integer> said = saidIn.get(lang);
            long known = specific.stream().filter(w -> said.containsKey(w) || synonymsOf(lang, w).stream().anyMatch(said::containsKey)).count();
            for (ScoreDoc d : searcher.search(query(specific, lang, topic), n).scoreDocs) {
                Document doc = searcher.storedFields().document(d.doc);
                String id = doc.get(TOPIC) + "#" + doc.get(SECTION);
                out.add(new Hit(doc.get(TOPIC), doc.get(SECTION), d.score, coverage(lang, specific, id), specific.size(),
                        (double) known / specific.size()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private org.apache.lucene.search.Query query(List<String> specific, Lang lang, String topic) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        // a word counts as much in the questions a passage answers as in the passage itself (a boost of 0.5 or 2
        // on them moved one tuning question of 222)
        for (String field : List.of(lang.code(), askedField(lang))) {
            for (String w : specific) {
                q.add(new TermQuery(new Term(field, w)), BooleanClause.Occur.SHOULD);
                for (String s : synonymsOf(lang, w)) {
                    q.add(new BoostQuery(new TermQuery(new Term(field, s)), SYNONYM_BOOST), BooleanClause.Occur.SHOULD);
                }
            }
        }
        q.setMinimumNumberShouldMatch(1);
        BooleanQuery.Builder outer = new BooleanQuery.Builder().add(q.build(), BooleanClause.Occur.MUST);
        if (topic != null) {
            outer.add(new TermQuery(new Term(TOPIC, topic)), BooleanClause.Occur.FILTER);
        }
        return outer.build();
    }

    /** Whether a passage defines two or more of the question's specific words: it is about what they name together. */
    private boolean definesTwo(Lang lang, List<String> specific, String passageId) {
        Set<String> terms = defines.get(lang).getOrDefault(passageId, Set.of());
        return specific.stream().filter(terms::contains).count() >= 2;
    }

    /** The rarity-weighted (idf) sum of the question's specific words that a passage defines. */
    private double definedWeight(Lang lang, List<String> specific, String passageId) {
        Set<String> terms = defines.get(lang).getOrDefault(passageId, Set.of());
        Map<String, Integer> df = passagesWith.get(lang);
        int n = words.get(lang).size();
        return specific.stream().filter(terms::contains).mapToDouble(w -> Math.log(1 + (double) n / Math.max(1, df.getOrDefault(w, 1)))).sum();
    }

    /**
     * The share of the question's specific words a passage contains (itself or a synonym), each word
     * weighted by how rare it is in the knowledge base (idf): "ダメ" or "how" say less than "還元率". Words no
     * passage contains are left out: the knowledge base cannot answer them either way.
     */
    private double coverage(Lang lang, List<String> specific, String passageId) {
        Set<String> has = has(lang, passageId);
        Map<String, Integer> df = passagesWith.get(lang);
        int n = words.get(lang).size();
        double all = 0;
        double found = 0;
        for (String w : specific) {
            Set<String> forms = new LinkedHashSet<>(synonymsOf(lang, w));
            forms.add(w);
            int d = forms.stream().mapToInt(f -> df.getOrDefault(f, 0)).max().orElse(0);
            if (d == 0) {
                continue;
            }
            double idf = Math.log(1 + (double) n / d);
            all += idf;
            if (forms.stream().anyMatch(has::contains)) {
                found += idf;
            }
        }
        return all == 0 ? 0 : found / all;
    }

    /**
     * Whether a passage names every one of {@code pages} (by a word of each page's names): a question comparing two
     * stages (「要件定義と設計の違いは？」) is answered only by a section about both.
     */
    public boolean namesAll(Lang lang, String passageId, java.util.Collection<String> pages) {
        Set<String> said = words.get(lang).getOrDefault(passageId, Set.of());
        return pages.stream().allMatch(page -> names.get(lang).getOrDefault(page, Set.of()).stream().anyMatch(said::contains));
    }

    /** The question's analysed words less the generic ones and the names of the pages it is {@code about}. */
    public List<String> specificWords(String question, Lang lang, java.util.Collection<String> about) {
        Set<String> drop = new LinkedHashSet<>(generic.get(lang));
        for (String topic : about) {
            drop.addAll(names.get(lang).getOrDefault(topic, Set.of()));
        }
        return analyze(lang, question).stream().distinct().filter(w -> !drop.contains(w)).toList();
    }

    private Set<String> synonymsOf(Lang lang, String word) {
        Set<String> out = new LinkedHashSet<>();
        for (Set<String> group : synonyms.get(lang)) {
            if (group.contains(word)) {
                out.addAll(group);
            }
        }
        out.remove(word);
        return out;
    }

    private List<String> analyze(Lang lang, String text) {
        return AnalyzedTerms.of(analyzers.get(lang), lang.code(), text);
    }
}
