package jp.infracareer.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Multinomial logistic regression over the words, stems and character grams of the examples (Tribuo's
 * linear SGD trainer), giving a probability for every intent. Trained with a fixed seed, so the same
 * corpus always gives the same model.
 */
final class LogisticIntents {
    private static final int EPOCHS = 15;
    private static final long SEED = 42L;

    /** Tribuo reports training progress through java.util.logging; the console must stay quiet. */
    private static final java.util.logging.Logger TRIBUO = java.util.logging.Logger.getLogger("org.tribuo");

    static {
        TRIBUO.setLevel(java.util.logging.Level.WARNING);
    }

    private LogisticIntents() {}

    /** Trains on the examples and keeps the weights as plain arrays (see {@link LinearIntents}). */
    static LinearIntents train(List<IntentModel.Example> examples, Function<String, Map<String, Double>> featurize) {
        return LinearIntents.of(trainTribuo(examples, featurize));
    }

    /** Tribuo's own model, for comparing its predictions with {@link LinearIntents}'. */
    static Model<Label> trainTribuo(List<IntentModel.Example> examples, Function<String, Map<String, Double>> featurize) {
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("intents", labels), labels);
        for (IntentModel.Example e : examples) {
            Example<Label> example = example(new Label(e.intent()), featurize.apply(e.text()));
            if (example.size() > 0) {
                data.add(example);
            }
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), EPOCHS, Integer.MAX_VALUE, 1, SEED);
        return trainer.train(data);
    }

    /** Tribuo's prediction for a text, as intents with scores; empty when no feature is known. */
    static List<Map.Entry<String, Double>> rankWithTribuo(Model<Label> model, Map<String, Double> features) {
        Example<Label> example = example(LabelFactory.UNKNOWN_LABEL, features);
        if (example.size() == 0) {
            return List.of();
        }
        Prediction<Label> p;
        try {
            p = model.predict(example);
        } catch (IllegalArgumentException noKnownFeature) {
            return List.of();
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>();
        p.getOutputScores().forEach((label, score) -> ranked.add(Map.entry(label, score.getScore())));
        return ranked;
    }

    private static Example<Label> example(Label label, Map<String, Double> features) {
        String[] names = features.keySet().toArray(new String[0]);
        double[] values = new double[names.length];
        for (int i = 0; i < names.length; i++) {
            values[i] = features.get(names[i]);
        }
        return new ArrayExample<>(label, names, values);
    }
}
