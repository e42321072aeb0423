package jp.infracareer.interview;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.infracareer.content.Catalog;

/**
 * Which of two questions of the bank an answer reads more like, learnt from the labelled tuning answers to each
 * (every label but off-topic; an answer labelled as another question's counts for the question it answers). The
 * rules find an answer to another question by the points it makes, so an answer whose points are told in words no
 * synonym list holds can look like another question's; this model reads the whole answer against what people
 * actually wrote to each of the two, as naive Bayes log-odds over the same features as {@link JudgementModel}:
 * above 0 the answer reads more like the other question's answers.
 * <p>
 * One table of counts serves every pair: per feature, how many answers to each question hold it. A feature held by
 * a single answer in the whole bank is dropped once counted: no pair could use it ({@code MIN_ANSWERS}).
 */
final class QuestionModel {
    private static final String OFF_TOPIC = "off-topic";
    private static final String OTHER_QUESTION = "other-question";
    /** As in {@link JudgementModel}: a feature of fewer answers (of the two questions) says more about one writer. */
    private static final int MIN_ANSWERS = JudgementModel.MIN_ANSWERS;

    private final boolean english;
    private final Map<String, Integer> questionIndex;
    /** Answers learnt per question (by index). */
    private final int[] answers;
    /** Questions (by index) no answer is ever said to be meant for ({@link AnswerAnalyzer#neverMeantFor}). */
    private final boolean[] neverOther;
    /** The features it reads by, numbered; shared by the models of a language once learnt. */
    private final FeatureIndex index;
    /**
     * Per feature (by its number in {@link #index}), the answers holding it question by question: its pairs are
     * numbers {@code start[f]} to {@code start[f + 1] - 1} of {@link #pairs} and {@link #logShares}; none for a
     * feature no two answers hold, or one only the other models of the index know. Three flat arrays instead of two
     * small ones per feature: the models stay live, and every young collection copies what they are made of.
     */
    private final int[] start;
    /** Pair by pair: the question's index, then how many of its answers hold the feature. */
    private final int[] pairs;
    /** Pair by pair, its smoothed log share ({@link JudgementModel#logShare}), worked out once. */
    private final double[] logShares;
    /** Per question, the smoothed log share of a feature none of its answers holds. */
    private final double[] absent;

    /** Question {@code q}'s pair among feature {@code f}'s, -1 when none of its answers holds the feature. */
    private int pairOf(int f, int q) {
        for (int i = start[f]; i < start[f + 1]; i++) {
            if (pairs[2 * i] == q) {
                return i;
            }
        }
        return -1;
    }

    /** Feature by feature, its pairs of (question index, answers to it holding the feature); an empty array for none. */
    private QuestionModel(boolean english, Map<String, Integer> questionIndex, int[] answers, boolean[] neverOther,
            FeatureIndex index, int[][] byFeature) {
        this.english = english;
        this.questionIndex = questionIndex;
        this.answers = answers;
        this.neverOther = neverOther;
        this.index = index;
        this.absent = new double[answers.length];
        for (int q = 0; q < answers.length; q++) {
            absent[q] = JudgementModel.logShare(0, answers[q]);
        }
        this.start = new int[byFeature.length + 1];
        for (int f = 0; f < byFeature.length; f++) {
            start[f + 1] = start[f] + byFeature[f].length / 2;
        }
        this.pairs = new int[2 * start[byFeature.length]];
        this.logShares = new double[start[byFeature.length]];
        for (int f = 0; f < byFeature.length; f++) {
            int[] held = byFeature[f];
            System.arraycopy(held, 0, pairs, 2 * start[f], held.length);
            for (int i = 0; i < held.length; i += 2) {
                logShares[start[f] + i / 2] = JudgementModel.logShare(held[i + 1], answers[held[i]]);
            }
        }
    }

    /** Feature {@code f}'s pairs as one array (how it is written, and carried to another index). */
    private int[] pairsOf(int f) {
        return Arrays.copyOfRange(pairs, 2 * start[f], 2 * start[f + 1]);
    }

    /** Learns from {@code training} (YAML documents of the tuning sets): the answers in the catalog's language. */
    static QuestionModel learn(Catalog catalog, List<JsonNode> training) {
        boolean english = catalog.lang() == jp.infracareer.kernel.Lang.EN;
        Map<String, Integer> index = new HashMap<>();
        catalog.questions().forEach(q -> index.putIfAbsent(q.id(), index.size()));
        int[] answers = new int[index.size()];
        boolean[] neverOther = new boolean[index.size()];
        catalog.questions().forEach(q -> neverOther[index.get(q.id())] |= AnswerAnalyzer.neverMeantFor(q));
        List<List<String>> texts = new ArrayList<>();
        index.forEach((id, q) -> texts.add(new ArrayList<>()));
        for (JsonNode a : training) {
            Integer q = index.get(answered(a));
            if (q != null && catalog.lang().code().equals(a.path("lang").asText())) {
                texts.get(q).add(a.path("text").asText());
            }
        }
        // question by question, so that a feature's pairs grow at their end only: (question, answers), (question, answers)...
        Map<String, int[]> grown = new HashMap<>();
        for (int q = 0; q < texts.size(); q++) {
            answers[q] = texts.get(q).size();
            for (String text : texts.get(q)) {
                for (String f : JudgementModel.features(text, english)) {
                    int[] pairs = grown.get(f);
                    if (pairs != null && pairs[pairs.length - 2] == q) {
                        pairs[pairs.length - 1]++;
                    } else {
                        int[] more = pairs == null ? new int[2] : Arrays.copyOf(pairs, pairs.length + 2);
                        more[more.length - 2] = q;
                        more[more.length - 1] = 1;
                        grown.put(f, more);
                    }
                }
            }
        }
        Map<String, int[]> counts = new HashMap<>();
        grown.forEach((f, pairs) -> {
            int total = 0;
            for (int i = 0; i < pairs.length; i += 2) {
                total += pairs[i + 1];
            }
            if (total >= MIN_ANSWERS) {
                counts.put(f, pairs);
            }
        });
        FeatureIndex features = FeatureIndex.of(List.of(counts.keySet()));
        int[][] byId = new int[features.size()][];
        counts.forEach((f, pairs) -> byId[features.id(f)] = pairs);
        return new QuestionModel(english, Map.copyOf(index), answers, neverOther, features, byId);
    }

    /** The same model, reading by {@code shared}, which holds every feature it knows. */
    QuestionModel on(FeatureIndex shared) {
        int[][] moved = new int[shared.size()][];
        Arrays.fill(moved, new int[0]);
        for (var e : index.entries()) {
            int to = shared.id(e.getKey());
            if (to >= 0) {
                moved[to] = pairsOf(e.getValue());
            }
        }
        return new QuestionModel(english, questionIndex, answers, neverOther, shared, moved);
    }

    /**
     * Writes what it learnt, by the index it reads by (see {@link ShippedModels}); the index is written apart, and
     * each pair's log share is worked out again when read, by the same sum as when learning.
     */
    void write(java.io.DataOutput out) throws java.io.IOException {
        out.writeBoolean(english);
        String[] byIndex = new String[answers.length];
        questionIndex.forEach((id, q) -> byIndex[q] = id);
        out.writeInt(answers.length);
        for (int q = 0; q < answers.length; q++) {
            out.writeUTF(byIndex[q]);
            out.writeInt(answers[q]);
            out.writeBoolean(neverOther[q]);
        }
        out.writeInt(start.length - 1);
        for (int f = 0; f + 1 < start.length; f++) {
            int[] held = pairsOf(f);
            out.writeInt(held.length);
            for (int v : held) {
                out.writeInt(v);
            }
        }
    }

    /** A model written by {@link #write}, reading by {@code index}, the one it was written with. */
    static QuestionModel read(java.io.DataInput in, FeatureIndex index) throws java.io.IOException {
        boolean english = in.readBoolean();
        int questions = ShippedModels.length(in);
        Map<String, Integer> questionIndex = new HashMap<>();
        int[] answers = new int[questions];
        boolean[] neverOther = new boolean[questions];
        for (int q = 0; q < questions; q++) {
            questionIndex.put(in.readUTF(), q);
            answers[q] = in.readInt();
            neverOther[q] = in.readBoolean();
        }
        int length = ShippedModels.length(in);
        if (length != index.size()) {
            throw new java.io.IOException("a model of " + length + " features for an index of " + index.size());
        }
        int[][] counts = new int[length][];
        for (int f = 0; f < counts.length; f++) {
            int pairsLength = ShippedModels.length(in);
            if (pairsLength % 2 != 0 || pairsLength > 2 * questions) {
                throw new java.io.IOException("a feature held by " + pairsLength + " numbers: not a models file");
            }
            int[] pairs = new int[pairsLength];
            for (int i = 0; i < pairs.length; i++) {
                pairs[i] = in.readInt();
                if (i % 2 == 0 && (pairs[i] < 0 || pairs[i] >= questions)) {
                    throw new java.io.IOException("question " + pairs[i] + " of " + questions + ": not a models file");
                }
            }
            counts[f] = pairs;
        }
        return new QuestionModel(english, Map.copyOf(questionIndex), answers, neverOther, index, counts);
    }

    /** The features of the index it reads by: as learnt, exactly the ones two answers or more hold. */
    Set<String> vocabulary() {
        return index.features();
    }

    /** The question a labelled answer answers, null for an off-topic one (it answers none). */
    private static String answered(JsonNode a) {
        String label = a.path("label").asText();
        if (label.equals(OFF_TOPIC)) {
            return null;
        }
        return label.equals(OTHER_QUESTION) ? a.path("answers").asText(null) : a.path("question").asText(null);
    }

    /**
     * The log-odds that {@code text} answers {@code other} rather than {@code asked}; 0 (no telling) when either
     * question has no labelled answers in this language.
     */
    double leansTo(String text, String asked, String other) {
        return leansTo(JudgementModel.features(text, english), asked, other);
    }

    /** As {@link #leansTo(String, String, String)}, from the answer's features already read. */
    double leansTo(Set<String> features, String asked, String other) {
        return leansTo(index.ids(features), asked, other);
    }

    /** As {@link #leansTo(String, String, String)}, from the answer's features numbered once. */
    double leansTo(AnswerText text, String asked, String other) {
        return leansTo(text.featureIds(index), asked, other);
    }

    private double leansTo(int[] features, String asked, String other) {
        Integer a = questionIndex.get(asked);
        Integer o = questionIndex.get(other);
        if (a == null || o == null || answers[a] == 0 || answers[o] == 0) {
            return 0;
        }
        return leansTo(features, a, o);
    }

    /** The other question an answer reads most like, and by how much ({@link #leansTo} for it). */
    record Closest(String question, double leansTo) {}

    /**
     * Of every other question with labelled answers (never a self-introduction), the one {@code text} reads most like,
     * compared with {@code asked}; empty when {@code asked} has none. The same sums as {@link #leansTo} for each, taken in one pass over
     * the answer's features: a feature absent from a question's answers weighs the same for every such question but
     * for that question's size, so it is summed once and spread at the end.
     */
    java.util.Optional<Closest> closestOther(String text, String asked) {
        return closestOther(JudgementModel.features(text, english), asked);
    }

    /** As {@link #closestOther(String, String)}, from the answer's features already read. */
    java.util.Optional<Closest> closestOther(Set<String> features, String asked) {
        return closestOther(index.ids(features), asked);
    }

    /** As {@link #closestOther(String, String)}, from the answer's features numbered once. */
    java.util.Optional<Closest> closestOther(AnswerText text, String asked) {
        return closestOther(text.featureIds(index), asked);
    }

    private java.util.Optional<Closest> closestOther(int[] features, String asked) {
        Integer boxed = questionIndex.get(asked);
        if (boxed == null || answers[boxed] == 0) {
            return java.util.Optional.empty();
        }
        int a = boxed;
        double[] sums = new double[answers.length];
        int absentEverywhere = 0; // features that count for every other question (the asked question's answers hold two or more)
        double askedSide = 0;
        for (int f : features) {
            if (start[f] == start[f + 1]) {
                continue;
            }
            int at = pairOf(f, a);
            int inAsked = at < 0 ? 0 : pairs[2 * at + 1];
            double asks = at < 0 ? absent[a] : logShares[at];
            boolean everywhere = inAsked >= MIN_ANSWERS;
            if (everywhere) {
                absentEverywhere++;
                askedSide += asks;
            }
            for (int i = start[f]; i < start[f + 1]; i++) {
                int o = pairs[2 * i];
                if (o == a) {
                    continue;
                }
                if (everywhere) {
                    sums[o] += logShares[i] - absent[o]; // the absent weight is added below
                } else if (inAsked + pairs[2 * i + 1] >= MIN_ANSWERS) {
                    sums[o] += logShares[i] - asks;
                }
            }
        }
        String best = null;
        double most = Double.NEGATIVE_INFINITY;
        for (var e : questionIndex.entrySet()) {
            int o = e.getValue();
            if (o == a || answers[o] == 0 || neverOther[o]) {
                continue;
            }
            double s = Math.log((answers[o] + 1.0) / (answers[a] + 1.0)) + sums[o] + absentEverywhere * absent[o] - askedSide;
            if (s > most || (s == most && e.getKey().compareTo(best) < 0)) {
                most = s;
                best = e.getKey();
            }
        }
        return best == null ? java.util.Optional.empty() : java.util.Optional.of(new Closest(best, most));
    }

    private double leansTo(int[] features, int a, int o) {
        double s = Math.log((answers[o] + 1.0) / (answers[a] + 1.0));
        for (int f : features) {
            int atAsked = pairOf(f, a);
            int atOther = pairOf(f, o);
            int inAsked = atAsked < 0 ? 0 : pairs[2 * atAsked + 1];
            int inOther = atOther < 0 ? 0 : pairs[2 * atOther + 1];
            if (inAsked + inOther >= MIN_ANSWERS) {
                s += (atOther < 0 ? absent[o] : logShares[atOther]) - (atAsked < 0 ? absent[a] : logShares[atAsked]);
            }
        }
        return s;
    }
}
