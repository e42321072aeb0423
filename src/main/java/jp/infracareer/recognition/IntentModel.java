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
    /** Whether a word (as the WORDS view analyses it) occurs in any example. */
    private final java.util.function.Predicate<String> knownWord;
    private final Analyzer analyzer;
    /** The logistic model's weights, when this is one (what is written to a file). */
    private final LinearIntents linear;
    private final java.util.Set<String> vocabulary;

    private IntentModel(Ranker ranker, java.util.function.Predicate<String> knownWord, Analyzer analyzer) {
        this.ranker = ranker;
        this.knownWord = knownWord;
        this.analyzer = analyzer;
        this.linear = null;
        this.vocabulary = null;
    }

    private IntentModel(LinearIntents linear, java.util.Set<String> vocabulary, Analyzer analyzer) {
        this.ranker = text -> linear.rank(features(analyzer, text, WORDS, GRAMS, STEMS));
        this.knownWord = vocabulary::contains;
        this.analyzer = analyzer;
        this.linear = linear;
        this.vocabulary = vocabulary;
    }

    /**
     * Names what a written model was trained with besides its corpus (views, trainer, file layout): change it
     * whenever one of them changes, so that a model written before is not taken for a current one.
     */
    public static final String FORMAT = "intents/logistic words+grams+stems sgd-adagrad(0.5,0.1) 15 epochs seed 42/v1";
    private static final int MAGIC = 0x1A7E_0001;

    /**
     * Logistic regression (Tribuo) over the words, stems and grams, the model in use; or Lucene's
     * k-nearest-neighbour classifier over the same index, the first model tried, kept as the baseline the
     * cross-validation report compares against.
     */
    public enum Kind { KNN, LOGISTIC }

    /** The model in use: logistic regression over words, grams and stems (seconds of CPU; done at build time). */
    public static IntentModel train(List<Example> examples) {
        Analyzer analyzer = analyzer();
        LinearIntents linear = LogisticIntents.train(examples, text -> features(analyzer, text, WORDS, GRAMS, STEMS));
        java.util.Set<String> vocabulary = new java.util.HashSet<>();
        for (Example e : examples) {
            vocabulary.addAll(terms(analyzer, WORDS, e.text()));
        }
        return new IntentModel(linear, vocabulary, analyzer);
    }

    /**
     * A fingerprint of what a model is trained from: {@link #FORMAT} and the corpus's bytes (SHA-256, hex).
     * A written model records it; a model whose record differs from the corpus shipped beside it is stale.
     */
    public static String fingerprint(byte[] corpus) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(FORMAT.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return java.util.HexFormat.of().formatHex(sha.digest(corpus));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a trained logistic model with the fingerprint of what it was trained from. */
    public void write(java.io.OutputStream out, String fingerprint) throws IOException {
        if (linear == null) {
            throw new IllegalStateException("only the logistic model is written");
        }
        java.util.zip.DeflaterOutputStream deflated = new java.util.zip.DeflaterOutputStream(out);
        java.io.DataOutputStream data = new java.io.DataOutputStream(new java.io.BufferedOutputStream(deflated, 1 << 16));
        data.writeInt(MAGIC);
        data.writeUTF(fingerprint);
        linear.write(data);
        data.writeInt(vocabulary.size());
        for (String w : new java.util.TreeSet<>(vocabulary)) {
            data.writeUTF(w);
        }
        data.flush();
        deflated.finish(); // the caller closes out
    }

    /** The fingerprint a written model records (without reading the rest). */
    public static String recordedFingerprint(java.io.InputStream in) throws IOException {
        java.io.DataInputStream data = new java.io.DataInputStream(new java.util.zip.InflaterInputStream(in));
        if (data.readInt() != MAGIC) {
            throw new IOException("not an intent model");
        }
        return data.readUTF();
    }

    /**
     * A written model, if it was trained from what {@code fingerprint} names; empty when it is stale. Reading
     * takes milliseconds; the analyzer is built here (Kuromoji's dictionary loads on first use).
     */
    public static java.util.Optional<IntentModel> read(java.io.InputStream in, String fingerprint) throws IOException {
        java.io.DataInputStream data = new java.io.DataInputStream(new java.io.BufferedInputStream(
                new java.util.zip.InflaterInputStream(in), 1 << 16));
        if (data.readInt() != MAGIC) {
            throw new IOException("not an intent model");
        }
        if (!data.readUTF().equals(fingerprint)) {
            return java.util.Optional.empty();
        }
        LinearIntents linear = LinearIntents.read(data);
        int n = data.readInt();
        java.util.Set<String> vocabulary = new java.util.HashSet<>(n * 2);
        for (int i = 0; i < n; i++) {
            vocabulary.add(data.readUTF());
        }
        return java.util.Optional.of(new IntentModel(linear, vocabulary, analyzer()));
    }

    /** Ranks a text with this model (the raw scores, for comparing models in tests). */
    List<Map.Entry<String, Double>> rank(String text) throws IOException {
        return ranker.rank(text);
    }

    private static List<String> terms(Analyzer analyzer, String field, String text) {
        return AnalyzedTerms.of(analyzer, field, text);
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
                case LOGISTIC -> {
                    LinearIntents linear = LogisticIntents.train(examples, text -> features(analyzer, text, fields));
                    yield text -> linear.rank(features(analyzer, text, fields));
                }
            };
            return new IntentModel(ranker, word -> docFreq(reader, word) > 0, analyzer);
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
        for (String term : terms(analyzer, WORDS, text)) {
            words++;
            if (knownWord.test(term)) {
                known++;
            }
        }
        return words == 0 ? 0 : (double) known / words;
    }

    private static int docFreq(DirectoryReader reader, String word) {
        try {
            return reader.docFreq(new Term(WORDS, word));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
