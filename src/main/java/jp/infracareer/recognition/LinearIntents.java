package jp.infracareer.recognition;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.common.sgd.AbstractLinearSGDModel;
import org.tribuo.math.la.DenseMatrix;

/**
 * A trained linear intent model as plain arrays: for each feature its weight per intent, a bias per intent,
 * and softmax over the sums, exactly as Tribuo's linear SGD model predicts (a test compares the two on the
 * whole corpus). Written once at build time and read at start in milliseconds, instead of training for
 * seconds of CPU in every starting process. Its 29,000 feature names are held compactly ({@link NameIds}).
 */
final class LinearIntents {
    private final String[] labels;
    /** Feature name → its id, the order the features were added in. */
    private final NameIds featureIndex;
    /** weights[feature * labels + label]. */
    private final double[] weights;
    private final double[] bias;

    private LinearIntents(String[] labels, NameIds featureIndex, double[] weights, double[] bias) {
        this.labels = labels;
        this.featureIndex = featureIndex;
        this.weights = weights;
        this.bias = bias;
    }

    /** The weights of a model Tribuo's {@code LinearSGDTrainer} trained (bias is the matrix's last column). */
    static LinearIntents of(Model<Label> model) {
        AbstractLinearSGDModel<Label> linear = (AbstractLinearSGDModel<Label>) model;
        DenseMatrix w = linear.getWeightsCopy();
        int nLabels = w.getDimension1Size();
        int nFeatures = model.getFeatureIDMap().size();
        String[] labels = new String[nLabels];
        for (int l = 0; l < nLabels; l++) {
            labels[l] = model.getOutputIDInfo().getOutput(l).getLabel();
        }
        String[] byId = new String[nFeatures];
        for (var info : model.getFeatureIDMap()) {
            byId[model.getFeatureIDMap().getID(info.getName())] = info.getName();
        }
        NameIds index = indexOf(byId);
        double[] weights = new double[nFeatures * nLabels];
        for (int id = 0; id < nFeatures; id++) {
            for (int l = 0; l < nLabels; l++) {
                weights[id * nLabels + l] = w.get(l, id);
            }
        }
        double[] bias = new double[nLabels];
        for (int l = 0; l < nLabels; l++) {
            bias[l] = w.get(l, nFeatures);
        }
        return new LinearIntents(labels, index, weights, bias);
    }

    /**
     * Every intent with its probability, or empty when none of the features was seen in training (Tribuo
     * refuses such an example).
     */
    List<Map.Entry<String, Double>> rank(Map<String, Double> features) {
        int n = labels.length;
        double[] z = bias.clone();
        boolean any = false;
        for (var f : features.entrySet()) {
            int id = featureIndex.id(f.getKey());
            if (id < 0) {
                continue;
            }
            any = true;
            double x = f.getValue();
            int base = id * n;
            for (int l = 0; l < n; l++) {
                z[l] += weights[base + l] * x;
            }
        }
        if (!any) {
            return List.of();
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int l = 0; l < n; l++) {
            z[l] = Math.exp(z[l] - max);
            sum += z[l];
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(n);
        for (int l = 0; l < n; l++) {
            ranked.add(Map.entry(labels[l], z[l] / sum));
        }
        return ranked;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(labels.length);
        for (String l : labels) {
            out.writeUTF(l);
        }
        for (double b : bias) {
            out.writeDouble(b);
        }
        String[] byId = featureIndex.inOrder();
        out.writeInt(byId.length);
        for (String name : byId) {
            out.writeUTF(name);
        }
        for (double w : weights) {
            out.writeDouble(w);
        }
    }

    static LinearIntents read(DataInputStream in) throws IOException {
        int nLabels = in.readInt();
        String[] labels = new String[nLabels];
        for (int l = 0; l < nLabels; l++) {
            labels[l] = in.readUTF();
        }
        double[] bias = new double[nLabels];
        for (int l = 0; l < nLabels; l++) {
            bias[l] = in.readDouble();
        }
        int nFeatures = in.readInt();
        String[] byId = new String[nFeatures];
        for (int f = 0; f < nFeatures; f++) {
            byId[f] = in.readUTF();
        }
        NameIds index;
        try {
            index = indexOf(byId);
        } catch (IllegalArgumentException e) {
            throw new IOException("not an intent model: " + e.getMessage(), e);
        }
        double[] weights = new double[nFeatures * nLabels];
        BinaryArrays.readDoubles(in, weights);
        return new LinearIntents(labels, index, weights, bias);
    }

    /** The names at their ids: each must be new, so that the hash gives it the id it has in the weights. */
    private static NameIds indexOf(String[] byId) {
        NameIds index = new NameIds();
        for (int id = 0; id < byId.length; id++) {
            if (byId[id] == null || index.add(byId[id]) != id) {
                throw new IllegalArgumentException("feature " + id + " is a duplicate or missing");
            }
        }
        return index;
    }

    int features() {
        return featureIndex.size();
    }

    int intents() {
        return labels.length;
    }
}
