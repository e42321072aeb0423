package jp.infracareer.content;

import java.util.List;

/**
 * A term a newcomer meets in postings and interviews (glossary.yml), the ways it is written in questions
 * ({@code names}), a short definition in our own words, and the topic where the reader learns more.
 */
public record GlossaryTerm(String id, List<String> names, String text, String related) {
    public GlossaryTerm {
        names = names == null ? List.of() : List.copyOf(names);
        related = related == null ? "" : related;
    }
}
