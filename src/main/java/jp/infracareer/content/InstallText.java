package jp.infracareer.content;

import jp.infracareer.kernel.Lang;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * The wording of the install page and of its success and failure pages, in one language
 * ({@code content/<lang>/install.yml}). Plain text: the page renderer escapes it.
 *
 * @param title          the install page's title and heading
 * @param lead           one or two sentences under the heading
 * @param otherLanguage  the label of the link to the page in the other language, written in that language
 * @param button         the "Add to Slack" button
 * @param buttonNote     one line under the button: what happens when it is pressed
 * @param features       what the app does
 * @param stores         what it keeps, where, for how long, and how to delete it
 * @param never          what it never does
 * @param scopes         the bot scopes it asks for and why each is needed (exactly manifest.yml's bot scopes)
 * @param done           the page after a successful install
 * @param failed         the page after a cancelled or failed install
 */
public record InstallText(
        String title,
        String lead,
        String otherLanguage,
        String button,
        String buttonNote,
        Section features,
        Section stores,
        Section never,
        Scopes scopes,
        ResultPage done,
        ResultPage failed) {

    public InstallText {
        features.requireItems("features");
        stores.requireItems("stores");
        never.requireItems("never");
        if (scopes.items().isEmpty()) {
            throw new IllegalArgumentException("install.yml: scopes has no items");
        }
    }

    /** A heading and its items, each a short title and a sentence or two. */
    public record Section(String heading, List<Item> items) {
        public Section {
            items = List.copyOf(items);
        }

        void requireItems(String name) {
            if (items.isEmpty()) {
                throw new IllegalArgumentException("install.yml: " + name + " has no items");
            }
        }
    }

    public record Item(String title, String text) {}

    public record Scopes(String heading, String intro, List<Scope> items) {
        public Scopes {
            items = List.copyOf(items);
        }
    }

    /** A bot scope as Slack names it ({@code chat:write}) and why the app needs it. */
    public record Scope(String scope, String why) {}

    /** The success or the failure page: a heading, a paragraph, a list, and the label of its one link. */
    public record ResultPage(String title, String text, String listHeading, List<String> points, String link) {
        public ResultPage {
            points = List.copyOf(points);
        }
    }

    /** Strict: an unknown, missing or empty key fails loading, so a gap in a translation fails the tests. */
    public static InstallText load(Lang lang) {
        ObjectMapper yaml = KnowledgeBase.yamlMapper().copy()
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);
        return KnowledgeBase.read(yaml, "content/" + lang.code() + "/install.yml", InstallText.class);
    }
}
