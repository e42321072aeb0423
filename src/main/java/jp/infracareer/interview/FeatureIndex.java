package jp.infracareer.interview;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features the models of one language know ({@link JudgementModel#features}), each by a number: an answer's
 * features are looked up here once, and every model then reads them from arrays by that number instead of looking
 * each feature up in a map of its own (on JDK 25 those look-ups were a fifth of an answer's analysis).
 */
final class FeatureIndex {
    private final Map<String, Integer> ids;

    private FeatureIndex(Map<String, Integer> ids) {
        this.ids = ids;
    }

    /** Every feature of {@code vocabularies}, numbered in the order first met. */
    static FeatureIndex of(Collection<? extends Collection<String>> vocabularies) {
        Map<String, Integer> ids = new HashMap<>();
        for (Collection<String> vocabulary : vocabularies) {
            for (String feature : vocabulary) {
                ids.putIfAbsent(feature, ids.size());
            }
        }
        return new FeatureIndex(ids);
    }

    int size() {
        return ids.size();
    }

    /** The number of {@code feature}, or -1 when no model knows it. */
    int id(String feature) {
        Integer id = ids.get(feature);
        return id == null ? -1 : id;
    }

    /** The numbers of the known ones of {@code features}, in their order; the unknown ones weigh nothing anywhere. */
    int[] ids(Set<String> features) {
        int[] out = new int[features.size()];
        int n = 0;
        for (String feature : features) {
            Integer id = ids.get(feature);
            if (id != null) {
                out[n++] = id;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The features it numbers. */
    Set<String> features() {
        return ids.keySet();
    }

    /** The features by their numbers: the i-th is feature number i (what a shipped model is written with). */
    String[] inOrder() {
        String[] out = new String[ids.size()];
        ids.forEach((feature, id) -> out[id] = feature);
        return out;
    }

    /** The index that numbers {@code features} in their order (read back from {@link #inOrder}). */
    static FeatureIndex ofOrdered(String[] features) {
        FeatureIndex index = of(List.of(Arrays.asList(features)));
        if (index.size() != features.length) {
            throw new IllegalArgumentException("a feature listed twice");
        }
        return index;
    }

    /** Each feature with its number, to carry a model's weights over to another index. */
    Set<Map.Entry<String, Integer>> entries() {
        return ids.entrySet();
    }
}
