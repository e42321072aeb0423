package jp.infracareer.interview;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import jp.infracareer.content.Rubric;

/**
 * One list of misconception rules, indexed by the phrases of each rule's first group: a rule can only be met where
 * every one of its groups is held, so the rules an answer may meet are looked up from the phrases it holds instead of
 * asking each of several hundred rules in turn. A rule whose first group is not the bank's is always asked.
 */
final class RuleIndex {
    /** Per phrase id, the positions of the rules whose first group holds it; null for none. */
    private final int[][] byPhrase;
    private final int[] always;
    private final int size;

    private RuleIndex(int[][] byPhrase, int[] always, int size) {
        this.byPhrase = byPhrase;
        this.always = always;
        this.size = size;
    }

    static RuleIndex of(List<Rubric.Misconception> rules, IdentityHashMap<List<String>, int[]> wordIds, int phrases) {
        List<List<Integer>> by = new ArrayList<>(phrases);
        for (int p = 0; p < phrases; p++) {
            by.add(null);
        }
        List<Integer> always = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            List<List<String>> when = rules.get(r).when();
            int[] ids = when.isEmpty() ? null : wordIds.get(when.get(0));
            if (ids == null) {
                always.add(r);
                continue;
            }
            for (int p : ids) {
                if (by.get(p) == null) {
                    by.set(p, new ArrayList<>());
                }
                if (!by.get(p).contains(r)) {
                    by.get(p).add(r);
                }
            }
        }
        int[][] byPhrase = new int[phrases][];
        for (int p = 0; p < phrases; p++) {
            byPhrase[p] = by.get(p) == null ? null : by.get(p).stream().mapToInt(Integer::intValue).toArray();
        }
        return new RuleIndex(byPhrase, always.stream().mapToInt(Integer::intValue).toArray(), rules.size());
    }

    /** By position, the rules that may be met in an answer holding the phrases {@code held} (a bit per phrase id). */
    boolean[] mayBeMet(long[] held) {
        boolean[] out = new boolean[size];
        for (int r : always) {
            out[r] = true;
        }
        for (int w = 0; w < held.length; w++) {
            for (long bits = held[w]; bits != 0; bits &= bits - 1) {
                int p = (w << 6) + Long.numberOfTrailingZeros(bits);
                if (p < byPhrase.length && byPhrase[p] != null) {
                    for (int r : byPhrase[p]) {
                        out[r] = true;
                    }
                }
            }
        }
        return out;
    }
}
