package jp.infracareer.content;

import java.util.Map;

/**
 * The numbers of answer scoring, kept in content/scoring.yml so they can be tuned without touching code:
 * how many of 100 points each part earns, the caps that judgement findings impose, and the penalties.
 */
public record Scoring(Map<String, Integer> weights, Map<String, Integer> caps, Map<String, Integer> penalties,
        Map<String, Double> thresholds) {

    public Scoring {
        weights = Map.copyOf(weights);
        caps = Map.copyOf(caps);
        penalties = Map.copyOf(penalties);
        thresholds = Map.copyOf(thresholds);
    }

    public int weight(String name) {
        return require(weights, "weights", name);
    }

    public int cap(String name) {
        return require(caps, "caps", name);
    }

    public int penalty(String name) {
        return require(penalties, "penalties", name);
    }

    public double threshold(String name) {
        return require(thresholds, "thresholds", name);
    }

    /**
     * A threshold as set for one qualifier ({@code name.qualifier}: a question's category, or a language's code where a
     * reading differs by language), else as set for all.
     */
    public double thresholdIn(String name, String qualifier) {
        Double own = thresholds.get(name + "." + qualifier);
        return own != null ? own : threshold(name);
    }

    private static <T> T require(Map<String, T> map, String section, String name) {
        T value = map.get(name);
        if (value == null) {
            throw new IllegalArgumentException("scoring.yml has no " + section + "." + name);
        }
        return value;
    }
}
