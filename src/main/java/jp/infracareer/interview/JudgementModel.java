package jp.infracareer.interview;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.InterviewQuestion;
import jp.infracareer.kernel.Lang;

/**
 * How much an answer to a situational question reads like the labelled answers whose course of action a real
 * team would not want (acting alone, hiding, waiting, skipping the procedure), against the good, fair and
 * unconventional answers to the same kind of question: naive Bayes log-odds over which letter pairs and triples
 * (Japanese) or words and word pairs (English) the answer holds. The phrase rules of feedback.yml catch the
 * wordings they were written for; this catches other wordings of the same decisions, which is where they fail
 * on answers written blind (README: "Where it still fails"). Learnt once per language from the labelled tuning
 * sets listed in {@code interview/judgement-training.txt}; the held-out sets are never read here.
 * <p>
 * Hand-written because it is counting: the measurement that chose it was made with this presence model, and
 * Tribuo's naive Bayes is multinomial and another artifact.
 * <p>
 * A second model is learnt the same way over every question ({@link #thinExamples}): how much an answer reads like
 * the labelled poor ones (vague, guessed, or about what the speaker gets rather than the work) against the good,
 * fair and unconventional answers to the same bank.
 */
final class JudgementModel {
    static final String BAD = "bad-judgement";
    static final String POOR = "poor";
    static final String FAIR = "fair";
    private static final Set<String> FINE = Set.of("good", "fair", "unconventional");
    /** A feature seen in fewer labelled answers than this says more about one writer than about judgement. */
    static final int MIN_ANSWERS = 2;
    static final double SMOOTHING = 0.5;
    /** Compiled once: every situational answer is read with them. */
    private static final java.util.regex.Pattern NOT_A_WORD = java.util.regex.Pattern.compile("[^a-z']+");
    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("\\s");

    /**
     * One labelled answer: its text, whether it is of the kind the model looks for (wrong judgement; poor), and its
     * label as written (for reading the model's figures by label).
     */
    record Labelled(String text, boolean bad, String label) {}

    private final boolean english;
    private final double prior;
    /** The features this model reads by, numbered; the index is shared by the models of a language once learnt. */
    private final FeatureIndex index;
    /** Each feature's weight by its number in {@link #index}; NaN for one this model does not know. */
    private final double[] weights;

    private JudgementModel(boolean english, double prior, FeatureIndex index, double[] weights) {
        this.english = english;
        this.prior = prior;
        this.index = index;
        this.weights = weights;
    }

    /** The same model, reading by {@code shared}, which holds every feature it knows. */
    JudgementModel on(FeatureIndex shared) {
        double[] moved = new double[shared.size()];
        Arrays.fill(moved, Double.NaN);
        for (var e : index.entries()) {
            int to = shared.id(e.getKey());
            if (to >= 0) {
                moved[to] = weights[e.getValue()];
            }
        }
        return new JudgementModel(english, prior, shared, moved);
    }

    /** Writes what it weighs by the index it reads by (see {@link ShippedModels}); the index is written apart. */
    void write(java.io.DataOutput out) throws java.io.IOException {
        out.writeBoolean(english);
        out.writeDouble(prior);
        out.writeInt(weights.length);
        for (double w : weights) {
            out.writeDouble(w);
        }
    }

    /** A model written by {@link #write}, reading by {@code index}, the one it was written with. */
    static JudgementModel read(java.io.DataInput in, FeatureIndex index) throws java.io.IOException {
        boolean english = in.readBoolean();
        double prior = in.readDouble();
        int length = ShippedModels.length(in);
        if (length != index.size()) {
            throw new java.io.IOException("a model of " + length + " features for an index of " + index.size());
        }
        double[] weights = new double[length];
        jp.infracareer.recognition.BinaryArrays.readDoubles(in, weights);
        return new JudgementModel(english, prior, index, weights);
    }

    /** The index it reads by. */
    FeatureIndex index() {
        return index;
    }

    /** The features of the index it reads by: as learnt, exactly the ones it weighs. */
    Set<String> vocabulary() {
        return index.features();
    }

    /** Learns from {@code examples}, all in one language. */
    static JudgementModel train(List<Labelled> examples, boolean english) {
        Map<String, int[]> counts = new HashMap<>(); // feature -> [answers bad, answers fine]
        int bad = 0;
        int fine = 0;
        for (Labelled l : examples) {
            if (l.bad()) {
                bad++;
            } else {
                fine++;
            }
            for (String f : features(l.text(), english)) {
                counts.computeIfAbsent(f, k -> new int[2])[l.bad() ? 0 : 1]++;
            }
        }
        Map<String, Double> weights = new HashMap<>();
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            if (c[0] + c[1] >= MIN_ANSWERS) {
                weights.put(e.getKey(), logShare(c[0], bad) - logShare(c[1], fine));
            }
        }
        FeatureIndex index = FeatureIndex.of(List.of(weights.keySet()));
        double[] byId = new double[index.size()];
        weights.forEach((f, w) -> byId[index.id(f)] = w);
        return new JudgementModel(english, Math.log((bad + 1.0) / (fine + 1.0)), index, byId);
    }

    /**
     * The smoothed log share of {@code answers} that hold a feature, {@code holding} of them: a feature's weight is the
     * difference of its shares on the two sides (the question model weighs its pairs the same way).
     */
    static double logShare(int holding, int answers) {
        return Math.log((holding + SMOOTHING) / (answers + 1.0));
    }

    /** The answer's log-odds of being of the kind learnt (wrong judgement; poor): above 0 it reads more like those. */
    double score(String text) {
        return score(features(text, english));
    }

    /** As {@link #score(String)}, from features already read. */
    double score(Set<String> features) {
        return score(index.ids(features));
    }

    /** As {@link #score(String)}, from the answer's features numbered once by this model's index. */
    double score(AnswerText text) {
        return score(text.featureIds(index));
    }

    private double score(int[] ids) {
        double s = prior;
        for (int id : ids) {
            double w = weights[id];
            if (!Double.isNaN(w)) {
                s += w;
            }
        }
        return s;
    }

    /**
     * The answer's reading per feature the model knows ({@link #score(Set)} less the prior, divided by how many of its
     * features carry a weight; 0 when none does): how strongly each part of it reads like the kind learnt, whatever its
     * length. A long answer's reading adds up many small weights, so its sum says more of its length than of its kind.
     */
    double perFeature(Set<String> features) {
        return perFeature(index.ids(features));
    }

    /** As {@link #perFeature(Set)}, from the answer's features numbered once by this model's index. */
    double perFeature(AnswerText text) {
        return perFeature(text.featureIds(index));
    }

    private double perFeature(int[] ids) {
        double s = 0;
        int known = 0;
        for (int id : ids) {
            double w = weights[id];
            if (!Double.isNaN(w)) {
                s += w;
                known++;
            }
        }
        return known == 0 ? 0 : s / known;
    }

    /** Letter pairs and triples of the folded text without spaces (Japanese); words and word pairs (English). */
    static Set<String> features(String text, boolean english) {
        String folded = AnswerText.fold(text);
        Set<String> out = new LinkedHashSet<>();
        if (english) {
            List<String> words = new ArrayList<>();
            for (String w : NOT_A_WORD.split(folded)) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
            for (int i = 0; i < words.size(); i++) {
                out.add(words.get(i));
                if (i + 1 < words.size()) {
                    out.add(words.get(i) + " " + words.get(i + 1));
                }
            }
            return out;
        }
        String t = SPACE.matcher(folded).replaceAll("");
        for (int i = 0; i + 1 < t.length(); i++) {
            out.add(t.substring(i, i + 2));
            if (i + 2 < t.length()) {
                out.add(t.substring(i, i + 3));
            }
        }
        return out;
    }

    /**
     * The labelled answers of {@code answers} (YAML documents of the tuning sets) in the catalog's language, to
     * questions of the categories its shared judgement applies to, labelled wrong judgement or fine.
     */
    static List<Labelled> examples(Catalog catalog, List<JsonNode> answers) {
        Set<String> categories = Set.copyOf(catalog.feedback().judgement().categories());
        return labelled(catalog, answers, BAD, question -> categories.contains(question.category()));
    }

    /**
     * The labelled answers of {@code answers} in the catalog's language, to any question of the bank, labelled
     * poor or fine (good, fair, unconventional): what the thinness model learns from.
     */
    static List<Labelled> thinExamples(Catalog catalog, List<JsonNode> answers) {
        return labelled(catalog, answers, POOR, question -> true);
    }

    /**
     * The labelled answers of {@code answers} in the catalog's language, to any question of the bank, labelled fair
     * or strong (good, unconventional): what the strength model learns from, to tell a complete answer whose points
     * use words no synonym list holds from a fair one, and a general answer from a concrete one.
     */
    static List<Labelled> strengthExamples(Catalog catalog, List<JsonNode> answers) {
        return labelled(catalog, answers, FAIR, question -> true);
    }

    private static List<Labelled> labelled(Catalog catalog, List<JsonNode> answers, String badLabel,
            java.util.function.Predicate<InterviewQuestion> asked) {
        List<Labelled> out = new ArrayList<>();
        for (JsonNode a : answers) {
            String label = a.path("label").asText();
            boolean counts = catalog.question(a.path("question").asText()).filter(asked).isPresent();
            if (counts && catalog.lang().code().equals(a.path("lang").asText()) && (label.equals(badLabel) || FINE.contains(label))) {
                out.add(new Labelled(a.path("text").asText(), label.equals(badLabel), label));
            }
        }
        return out;
    }

    /** Every answer of every training set (see {@link TrainingAnswers}). */
    static List<JsonNode> readTraining() {
        return TrainingAnswers.read();
    }
}
