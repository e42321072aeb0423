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
    /** Per language, a word → how many passages contain it (for weighting words by how rare they are). */
    private final Map<Lang, Map<String, Integer>> passagesWith = new HashMap<>();
    /** Per language, a topic id → the analysed words of its names. */
    private final Map<Lang, Map<String, Set<String>>> names = new HashMap<>();
    private final Map<Lang, Set<String>> generic = new HashMap<>();
    private final Map<Lang, List<Set<String>>> synonyms = new HashMap<>();

    private PassageIndex(KnowledgeBase kb) {
        Aliases aliases = kb.aliases();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Map<String, Analyzer> perField = new HashMap<>();
        analyzers.forEach((lang, a) -> perField.put(lang.code(), a));
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new PerFieldAnalyzerWrapper(
                analyzers.get(Lang.EN), perField)))) {
            for (Lang lang : Lang.values()) {
                Catalog c = kb.catalog(lang);
                Map<String, Set<String>> byId = new HashMap<>();
                for (Passage p : Passages.of(c)) {
                    Document doc = new Document();
                    doc.add(new StringField(TOPIC, p.topic(), Field.Store.YES));
                    doc.add(new StringField(SECTION, p.section(), Field.Store.YES));
                    doc.add(new TextField(lang.code(), p.body(), Field.Store.NO));
                    writer.addDocument(doc);
                    byId.put(p.id(), new LinkedHashSet<>(analyze(lang, p.body())));
                }
                words.put(lang, byId);
                Map<String, Integer> df = new HashMap<>();
                byId.values().forEach(set -> set.forEach(w -> df.merge(w, 1, Integer::sum)));
                passagesWith.put(lang, df);
                names.put(lang, names(lang, c, aliases));
                Set<String> g = new LinkedHashSet<>();
                aliases.retrieval().generic().forEach(w -> g.addAll(analyze(lang, w)));
                generic.put(lang, g);
                List<Set<String>> groups = new ArrayList<>();
                for (List<String> group : aliases.retrieval().synonyms()) {
                    Set<String> s = new LinkedHashSet<>();
                    group.forEach(w -> s.addAll(analyze(lang, w)));
                    groups.add(s);
                }
                synonyms.put(lang, groups);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PassageIndex build(KnowledgeBase kb) {
        return new PassageIndex(kb);
    }

    /** The words that name each page: a role's names and aliases, a stage's, a guide's title. */
    private Map<String, Set<String>> names(Lang lang, Catalog c, Aliases aliases) {
        Map<String, Set<String>> byTopic = new HashMap<>();
        for (Role r : c.roles()) {
            Set<String> s = new LinkedHashSet<>(analyze(lang, r.name() + " " + r.shortName()));
            Aliases.Words w = aliases.roles().get(r.id());
            if (w != null) {
                w.strong().forEach(x -> s.addAll(analyze(lang, x)));
                w.weak().forEach(x -> s.addAll(analyze(lang, x)));
            }
            byTopic.put("role/" + r.id(), s);
        }
        for (Stage st : c.stages().stages()) {
            Set<String> s = new LinkedHashSet<>(analyze(lang, st.name()));
            Aliases.Words w = aliases.stages().get(st.id());
            if (w != null) {
                w.strong().forEach(x -> s.addAll(analyze(lang, x)));
                w.weak().forEach(x -> s.addAll(analyze(lang, x)));
            }
            byTopic.put("stage/" + st.id(), s);
        }
        for (Guide g : c.guides()) {
            // what comes after a colon lists what the guide covers ("…：応募数、期間、エージェント"), not its name
            String name = g.title().split("[：:]", 2)[0];
            byTopic.put("guide/" + g.id(), new LinkedHashSet<>(analyze(lang, name)));
        }
        byTopic.put(Passages.STAGES_TOPIC, new LinkedHashSet<>(analyze(lang, c.ui().text("stages.title"))));
        return byTopic;
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
        String field = lang.code();
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String w : specific) {
            q.add(new TermQuery(new Term(field, w)), BooleanClause.Occur.SHOULD);
            for (String s : synonymsOf(lang, w)) {
                q.add(new BoostQuery(new TermQuery(new Term(field, s)), SYNONYM_BOOST), BooleanClause.Occur.SHOULD);
            }
        }
        q.setMinimumNumberShouldMatch(1);
        BooleanQuery.Builder outer = new BooleanQuery.Builder().add(q.build(), BooleanClause.Occur.MUST);
        if (topic != null) {
            outer.add(new TermQuery(new Term(TOPIC, topic)), BooleanClause.Occur.FILTER);
        }
        try {
            TopDocs top = searcher.search(outer.build(), 3);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            // a guide's short answer touches every section, so a section that answers about as well is closer
            ScoreDoc answer = null;
            ScoreDoc best = null;
            for (ScoreDoc d : top.scoreDocs) {
                boolean isAnswer = Passages.GUIDE_ANSWER.equals(searcher.storedFields().document(d.doc).get(SECTION));
                if (isAnswer && answer == null) {
                    answer = d;
                } else if (!isAnswer && best == null) {
                    best = d;
                }
            }
            ScoreDoc chosen = best == null || (answer != null && answer.score * ANSWER_WEIGHT > best.score) ? answer : best;
            Document doc = searcher.storedFields().document(chosen.doc);
            String t = doc.get(TOPIC);
            String section = doc.get(SECTION);
            Map<String, Integer> df = passagesWith.get(lang);
            long known = specific.stream().filter(w -> df.containsKey(w) || synonymsOf(lang, w).stream().anyMatch(df::containsKey)).count();
            return Optional.of(new Hit(t, section, chosen.score, coverage(lang, specific, t + "#" + section), specific.size(),
                    (double) known / specific.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The share of the question's specific words a passage contains (itself or a synonym), each word
     * weighted by how rare it is in the knowledge base (idf): "ダメ" or "how" say less than "還元率". Words no
     * passage contains are left out: the knowledge base cannot answer them either way.
     */
    private double coverage(Lang lang, List<String> specific, String passageId) {
        Set<String> has = words.get(lang).getOrDefault(passageId, Set.of());
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
