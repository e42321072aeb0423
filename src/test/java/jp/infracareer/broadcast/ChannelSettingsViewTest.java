package jp.infracareer.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import java.util.Optional;
import java.util.Set;
import jp.infracareer.broadcast.slack.ChannelSettingsView;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The settings modal and Home section within Slack's limits, in both languages, with the current values filled in. */
class ChannelSettingsViewTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Gson GSON = com.slack.api.util.json.GsonFactory.createSnakeCase();

    @ParameterizedTest
    @EnumSource(Lang.class)
    void theModalFitsSlacksLimitsAndStartsFromTheCurrentSettings(Lang lang) throws Exception {
        var catalog = KnowledgeBase.load().catalog(lang);
        var current = new ChannelSettings("C0ONEADV", Set.of("UADV1"), Lang.EN);
        JsonNode modal = JSON.readTree(GSON.toJson(ChannelSettingsView.modal(catalog, Optional.of(current))));

        assertThat(modal.path("callback_id").asText()).isEqualTo(ChannelSettingsView.CALLBACK_ID);
        for (String field : new String[] {"title", "submit", "close"}) {
            assertThat(modal.path(field).path("text").asText()).isNotBlank().hasSizeLessThanOrEqualTo(24);
        }
        assertThat(modal.path("blocks").findValuesAsText("block_id")).contains(ChannelSettingsView.CHANNEL_BLOCK,
                ChannelSettingsView.ADVISORS_BLOCK, ChannelSettingsView.LANG_BLOCK);
        assertThat(modal.toString()).contains("\"initial_conversation\":\"C0ONEADV\"").contains("\"initial_users\":[\"UADV1\"]")
                .contains("\"initial_option\":{\"text\":{\"type\":\"plain_text\",\"text\":\"English\"},\"value\":\"en\"}");
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void theHomeSectionSaysWhenNothingIsSetUp(Lang lang) throws Exception {
        var catalog = KnowledgeBase.load().catalog(lang);
        JsonNode section = JSON.readTree(GSON.toJson(ChannelSettingsView.homeSection(catalog, Optional.empty())));

        assertThat(section.toString()).contains(catalog.ui().text("channel_settings.none"))
                .contains(ChannelSettingsView.OPEN);
    }
}
