package jp.infracareer.install;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.infracareer.content.InstallText;
import jp.infracareer.kernel.Lang;
import jp.infracareer.testing.ManifestFile;
import org.junit.jupiter.api.Test;

/** The install pages' wording: complete in both languages, plain text, and honest about the scopes. */
class InstallTextTest {

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
        Map<String, String> ja = flatten(Lang.JA);
        Map<String, String> en = flatten(Lang.EN);

        assertThat(ja.keySet()).as("keys of ja/install.yml vs en/install.yml").containsExactlyElementsOf(en.keySet());
        assertThat(ja).allSatisfy((key, text) -> assertThat(text).as("ja " + key).isNotBlank());
        assertThat(en).allSatisfy((key, text) -> assertThat(text).as("en " + key).isNotBlank());
    }

    @Test
    void theScopesExplainedAreExactlyTheManifestsBotScopes() throws IOException {
        for (Lang lang : Lang.values()) {
            var explained = InstallText.load(lang).scopes().items().stream().map(InstallText.Scope::scope).toList();
            assertThat(explained).as(lang.code()).containsExactlyElementsOf(ManifestFile.botScopes());
        }
    }

    @Test
    void theTextIsPlainAndLinksNowhere() throws IOException {
        for (Lang lang : Lang.values()) {
            assertThat(flatten(lang)).allSatisfy((key, text) -> assertThat(text).as(lang.code() + " " + key)
                    .doesNotContain("<", ">", "http://", "https://"));
        }
    }

    @Test
    void eachLanguageNamesTheOtherInThatLanguageForTheSwitch() {
        assertThat(InstallText.load(Lang.JA).otherLanguage()).isEqualTo("English");
        assertThat(InstallText.load(Lang.EN).otherLanguage()).isEqualTo("日本語");
    }

    /** Every leaf of the file by its path, list items by index: {@code features.items[2].title}. */
    private static Map<String, String> flatten(Lang lang) throws IOException {
        String resource = "content/" + lang.code() + "/install.yml";
        try (InputStream in = InstallTextTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Map<String, String> leaves = new LinkedHashMap<>();
            flatten("", new ObjectMapper(new YAMLFactory()).readTree(in), leaves);
            return leaves;
        }
    }

    private static void flatten(String path, JsonNode node, Map<String, String> leaves) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.put(path, node.asText());
        }
    }
}
