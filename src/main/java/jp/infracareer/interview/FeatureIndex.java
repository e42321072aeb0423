package jp.infracareer.interview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.infracareer.recognition.NameIds;

/**
 * The features the models of one language know ({@link JudgementModel#features}), each by a number: an answer's
 * features are looked up here once, and every model then reads them from arrays by that number instead of looking
 * each feature up in a map of its own (on JDK 25 those look-ups were a fifth of an answer's analysis). The names are
 * held compactly ({@link NameIds}).
 */
final class FeatureIndex {
    private final NameIds ids;

    private FeatureIndex(NameIds ids) {
        this.ids = ids;
    }

    /** Every feature of {@code vocabularies}, numbered in the order first met. */
    static FeatureIndex of(Collection<? extends Collection<String>> vocabularies) {
        NameIds ids = new NameIds();
        for (Collection<String> vocabulary : vocabularies) {
            vocabulary.forEach(ids::add); // a feature met before keeps its number
        }
        return new FeatureIndex(ids);
    }

    int size() {
        return ids.size();
    }

    /** The number of {@code feature}, or -1 when no model knows it. */
    int id(String feature) {
        return ids.id(feature);
    }

    /** The numbers of the known ones of {@code features}, in their order; the unknown ones weigh nothing anywhere. */
    int[] ids(Set<String> features) {
        int[] out = new int[features.size()];
        int n = 0;
        for (String feature : features) {
            int id = id(feature);
            if (id >= 0) {
                out[n++] = id;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The features it numbers, in the order of their numbers. */
    Set<String> features() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(inOrder())));
    }

    /** The features by their numbers: the i-th is feature number i (what a shipped model is written with). */
    String[] inOrder() {
        return ids.inOrder();
    }

    /** The index that numbers {@code features} in their order (read back from {@link #inOrder}). */
    static FeatureIndex ofOrdered(String[] features) {
        FeatureIndex index = of(List.of(Arrays.asList(features)));
        if (index.size() != features.length) {
            throw new IllegalArgumentException("a feature listed twice");
        }
        return index;
    }

    /** Each feature with its number, in the order of their numbers, to carry a model's weights over to another index. */
    List<Map.Entry<String, Integer>> entries() {
        String[] names = inOrder();
        List<Map.Entry<String, Integer>> out = new ArrayList<>(names.length);
        for (int id = 0; id < names.length; id++) {
            out.add(Map.entry(names[id], id));
        }
        return out;
    }
}
