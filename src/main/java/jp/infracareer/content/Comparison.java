package jp.infracareer.content;

import java.util.List;
import java.util.Map;

/** A hand-written comparison of two roles; other pairs are compared from the roles' own axes. */
public record Comparison(
        List<String> pair,
        String intro,
        Map<String, Map<String, String>> axes,
        Map<String, String> suits,
        List<String> shared,
        List<PostingTip> jobPosting) {

    public record PostingTip(String aspect, String tip) {}

    public boolean covers(String a, String b) {
        return pair.size() == 2 && pair.contains(a) && pair.contains(b) && !a.equals(b);
    }

    /** One side of one axis; the map is keyed by axis key, then role id. */
    public String side(Axis axis, String roleId) {
        Map<String, String> sides = axes.get(axis.key());
        return sides == null ? null : sides.get(roleId);
    }
}
