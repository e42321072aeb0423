package jp.infracareer.content;

import java.util.List;

/**
 * A job seeker's practical question answered (pay, certifications, age, SES...): the answer first, in a few
 * lines, then sections, the dated facts it rests on with their sources, and related topics.
 *
 * @param id       the guide id; its topic id is {@code guide/<id>}
 * @param title    one line
 * @param answer   3-6 short lines that answer the question asked
 * @param sections the details
 * @param facts    facts that can age: what, the year it was true, where it comes from
 * @param related  topic ids offered as buttons
 * @param verdict  for a guide that weighs choices, its one pick for someone who asks to be told just one
 *                 (「で、結局どれ？」); empty for the others
 */
public record Guide(String id, String title, String answer, List<Section> sections, List<Fact> facts,
        List<String> related, String verdict) {

    public Guide {
        verdict = verdict == null ? "" : verdict.strip();
        sections = List.copyOf(sections);
        facts = facts == null ? List.of() : List.copyOf(facts);
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** A heading with a paragraph, a list, or both. */
    public record Section(String heading, String text, List<String> bullets) {
        public Section {
            text = text == null ? "" : text;
            bullets = bullets == null ? List.of() : List.copyOf(bullets);
        }
    }

    /** A fact that can age, the year it was true, and its source. */
    public record Fact(String text, int asOf, String source) {}
}
