package jp.infracareer.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One role in the catalogue (ids in DESIGN.md), in one language. */
public record Role(
        String id,
        String name,
        @JsonProperty("short") String shortName,
        String summary,
        String scope,
        List<String> tasks,
        List<String> skills,
        List<String> tools,
        List<String> suits,
        String entry,
        List<String> nextSteps,
        List<String> certifications,
        Axes axes,
        List<String> related) {

    /** The five axes on which any two roles are compared (from the seed article). */
    public record Axes(String breadth, String domain, String skills, String career, String viewpoint) {
        public String get(Axis axis) {
            return switch (axis) {
                case BREADTH -> breadth;
                case DOMAIN -> domain;
                case SKILLS -> skills;
                case CAREER -> career;
                case VIEWPOINT -> viewpoint;
            };
        }
    }
}
