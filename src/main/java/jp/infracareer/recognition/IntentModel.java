package jp.infracareer.recognition;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.classification.ClassificationResult;
import org.apache.lucene.classification.Classifier;
import org.apache.lucene.classification.KNearestNeighborClassifier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The intent of a free-text message, learned from labelled examples (content/intents.tsv) by Lucene's
 * k-nearest-neighbour classifier: the message is compared with every example through two views of the text,
 * Kuromoji's words (Japanese and English) and character 2-3-grams of the normalised text (which forgive
 * typos, kana variants and words Kuromoji splits oddly). The answer carries a confidence, so the caller can
 * answer, ask "did you mean…", or admit it did not understand.
 */
public final class IntentModel {
    /** One labelled example: its intent (a topic family such as "role" or "guide/salary") and its text. */
    public record Example(String intent, String lang, String text) {}

    /**
     * The most likely intent with its share of the neighbours' weight (0..1), the runner-up, and whether
     * the message resembled any example at all.
     */
    public record Prediction(String intent, double confidence, String runnerUp, double runnerUpConfidence, double coverage) {
        public static final Prediction UNKNOWN = new Prediction("", 0, "", 0, 0);

        public boolean known() {
            return !intent.isEmpty();
        }

        public double margin() {
            return confidence - runnerUpConfidence;
        }
    }

    static final String WORDS = "words";
    static final String GRAMS = "grams";
    /** English words reduced to their stems (salaries → salari), for English questions. */
    static final String STEMS = "stems";
    static final String INTENT = "intent";
    /** Longer messages are cut before classifying: the intent is in the first few sentences. */
    private static final int MAX_TEXT = 400;

    /** Intents ranked for a text, each with a score (higher is likelier). */
    private interface Ranker {
        List<Map.Entry<String, Double>> rank(String text) throws IOException;
    }

    private final Ranker ranker;
    private final DirectoryReader reader;
    private final Analyzer analyzer;

    private IntentModel(Ranker ranker, DirectoryReader reader, Analyzer analyzer) {
        this.ranker = ranker;
        this.reader = reader;
        this.analyzer = analyzer;
    }

    /**
     * Logistic regression (Tribuo) over the words, stems and grams, the model in use; or Lucene's
     * k-nearest-neighbour classifier over the same index, the first model tried, kept as the baseline the
     * cross-validation report compares against.
     */
    public enum Kind { KNN, LOGISTIC }

    public static IntentModel train(List<Example> examples) {
        return train(examples, Kind.LOGISTIC, 0, WORDS, GRAMS, STEMS);
    }

    /** A model of another kind, for comparing them on the corpus. */
    public static IntentModel train(List<Example> examples, Kind kind, int neighbours, String... fields) {
        Analyzer analyzer = analyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Example e : examples) {
                Document doc = new Document();
                doc.add(new TextField(WORDS, e.text(), Field.Store.NO));
                doc.add(new TextField(GRAMS, e.text(), Field.Store.NO));
                doc.add(new TextField(STEMS, e.text(), Field.Store.NO));
                // indexed as well as stored: the classifier only looks at documents that have a class
                doc.add(new StringField(INTENT, e.intent(), Field.Store.YES));
                writer.addDocument(doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not index the intent examples", e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(directory);
            Ranker ranker = switch (kind) {
                case KNN -> lucene(new KNearestNeighborClassifier(reader, new BM25Similarity(), analyzer, null, neighbours, 1, 1,
                        INTENT, fields));
                case LOGISTIC -> LogisticIntents.train(examples, text -> features(analyzer, text, fields))::rank;
            };
            return new IntentModel(ranker, reader, analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the intent index", e);
        }
    }

    public Prediction predict(String text) {
        if (text == null || text.isBlank()) {
            return Prediction.UNKNOWN;
        }
        String input = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        List<Map.Entry<String, Double>> classes;
        try {
            classes = new ArrayList<>(ranker.rank(input));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (classes.isEmpty()) {
            return Prediction.UNKNOWN;
        }
        classes.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        double total = classes.stream().mapToDouble(c -> Math.max(0, c.getValue())).sum();
        if (!(total > 0)) {
            total = 1;
        }
        var top = classes.get(0);
        var second = classes.size() > 1 ? classes.get(1) : null;
        return new Prediction(top.getKey(), top.getValue() / total, second == null ? "" : second.getKey(),
                second == null ? 0 : second.getValue() / total, coverage(input));
    }

    private static Ranker lucene(Classifier<BytesRef> classifier) {
        return text -> classifier.getClasses(text).stream()
                .map(c -> Map.entry(c.getAssignedClass().utf8ToString(), c.getScore())).toList();
    }

    /** The words, stems and grams of a text, as features named by their view ("words:監視"). */
    static Map<String, Double> features(Analyzer analyzer, String text, String... fields) {
        Map<String, Double> features = new java.util.HashMap<>();
        for (String field : fields) {
            try (TokenStream stream = analyzer.tokenStream(field, text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    features.merge(field + ":" + term, 1.0, Double::sum);
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // length-normalised, so a long rambling question weighs like a short one
        double norm = Math.sqrt(features.values().stream().mapToDouble(v -> v * v).sum());
        if (norm > 0) {
            features.replaceAll((k, v) -> v / norm);
        }
        return features;
    }

    /**
     * The share of the message's words that occur anywhere in the examples: low for a question about
     * something else entirely ("今日の天気は？"), whatever the nearest neighbours are.
     */
    double coverage(String text) {
        int words = 0;
        int known = 0;
        try (TokenStream stream = analyzer.tokenStream(WORDS, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words++;
                if (reader.docFreq(new Term(WORDS, term.toString())) > 0) {
                    known++;
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words == 0 ? 0 : (double) known / words;
    }

    /** Words through Kuromoji; character grams of the normalised text. */
    static Analyzer analyzer() {
        Analyzer grams = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new NGramTokenizer(2, 3);
                return new TokenStreamComponents(tokenizer);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new StringReader(TextNormalizer.normalize(readAll(reader)).replaceAll("[\\s\\p{Punct}、。？！「」]+", " "));
            }
        };
        return new PerFieldAnalyzerWrapper(new JapaneseAnalyzer(), Map.of(GRAMS, grams, STEMS, new EnglishAnalyzer()));
    }

    private static String readAll(Reader reader) {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[512];
        try {
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                out.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
