package jp.infracareer.content;

import java.util.List;

/**
 * One section of a page (a role's skills, a stage's tools, a guide's section, a tip): the unit a specific
 * question is answered with. Its id, {@code topic#section}, is the same in every language.
 *
 * @param topic   the page's topic id ("stage/monitoring", "guide/ses", "stages", "tip")
 * @param section the section's key on that page ("who", "s2", "answer", a tip's id)
 * @param heading the section's heading as the page shows it (may be empty)
 * @param text    its paragraph (may be empty)
 * @param bullets its list (may be empty)
 */
public record Passage(String topic, String section, String heading, String text, List<String> bullets) {
    public Passage {
        text = text == null ? "" : text;
        bullets = bullets == null ? List.of() : List.copyOf(bullets);
    }

    public String id() {
        return topic + "#" + section;
    }

    /** Everything it says, for indexing. */
    public String body() {
        return heading + "\n" + text + "\n" + String.join("\n", bullets);
    }
}
