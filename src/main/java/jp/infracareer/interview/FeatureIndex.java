package jp.infracareer.interview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;

/**
 * The features the models of one language know ({@link JudgementModel#features}), each by a number: an answer's
 * features are looked up here once, and every model then reads them from arrays by that number instead of looking
 * each feature up in a map of its own (on JDK 25 those look-ups were a fifth of an answer's analysis).
 * <p>
 * The names sit in Lucene's {@link BytesRefHash} (a few large byte blocks, numbered in the order added) rather than a
 * map: a language's tens of thousands of features as strings, map entries and boxed numbers were several hundred
 * thousand small objects that every young collection copies while the models are live (bench/README.md). Its
 * {@code find} is safe from many threads once nothing is added.
 */
final class FeatureIndex {
    private final BytesRefHash ids;

    private FeatureIndex(BytesRefHash ids) {
        this.ids = ids;
    }

    /** Every feature of {@code vocabularies}, numbered in the order first met. */
    static FeatureIndex of(Collection<? extends Collection<String>> vocabularies) {
        BytesRefHash ids = new BytesRefHash();
        for (Collection<String> vocabulary : vocabularies) {
            for (String feature : vocabulary) {
                ids.add(key(feature)); // a feature met before keeps its number
            }
        }
        return new FeatureIndex(ids);
    }

    int size() {
        return ids.size();
    }

    /** The number of {@code feature}, or -1 when no model knows it. */
    int id(String feature) {
        return ids.find(key(feature));
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
        String[] out = new String[ids.size()];
        BytesRef name = new BytesRef();
        for (int id = 0; id < out.length; id++) {
            ids.get(id, name);
            char[] chars = new char[name.length / 2];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) (((name.bytes[name.offset + 2 * i] & 0xFF) << 8) | (name.bytes[name.offset + 2 * i + 1] & 0xFF));
            }
            out[id] = new String(chars);
        }
        return out;
    }

    /**
     * A feature's name as bytes, two per UTF-16 unit: the Japanese features are cuts of two or three units, which can
     * split a surrogate pair, and UTF-8 would turn each half into the same replacement character and merge them.
     */
    private static BytesRef key(String feature) {
        byte[] bytes = new byte[2 * feature.length()];
        for (int i = 0; i < feature.length(); i++) {
            char c = feature.charAt(i);
            bytes[2 * i] = (byte) (c >>> 8);
            bytes[2 * i + 1] = (byte) c;
        }
        return new BytesRef(bytes);
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
