package jp.infracareer.broadcast.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.conversationsSelect;
import static com.slack.api.model.block.element.BlockElements.multiUsersSelect;
import static com.slack.api.model.block.element.BlockElements.radioButtons;
import static jp.infracareer.slack.Mrkdwn.markdownText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.ConversationsFilter;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.infracareer.broadcast.ChannelSettings;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.Ui;
import jp.infracareer.kernel.Lang;
import jp.infracareer.slack.ActionIds;
import jp.infracareer.slack.Mrkdwn;

/**
 * The advisor-channel settings as Block Kit, pure functions of the language and the current settings: the
 * Home tab's section (for those who may change them) and the modal its button opens. Ids are declared once
 * here; the channel and user ids shown were validated when saved, so they are written as mentions.
 */
public final class ChannelSettingsView {
    /** The route of this feature's action ids ({@code channel_settings_0} is the Home button). */
    public static final String ROUTE = "channel_settings";
    public static final String CALLBACK_ID = "channel_settings";
    public static final String OPEN = ActionIds.of(ROUTE, 0);
    public static final String HOME_BLOCK = "home_channel_settings";
    public static final String CHANNEL_BLOCK = "channel_settings/channel";
    public static final String CHANNEL_ACTION = ActionIds.of(ROUTE, 1);
    public static final String ADVISORS_BLOCK = "channel_settings/advisors";
    public static final String ADVISORS_ACTION = ActionIds.of(ROUTE, 2);
    public static final String LANG_BLOCK = "channel_settings/lang";
    public static final String LANG_ACTION = ActionIds.of(ROUTE, 3);

    private ChannelSettingsView() {}

    /** The Home tab's section: what is set now, and the button that opens the modal. */
    public static List<LayoutBlock> homeSection(Catalog c, Optional<ChannelSettings> current) {
        Ui ui = c.ui();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(divider());
        // the template is escaped first; what is filled in are mentions of validated ids
        String body = current.map(s -> Mrkdwn.escape(ui.text("channel_settings.current"))
                        .replace("{channel}", "<#" + s.channelId() + ">").replace("{advisors}", advisors(ui, s))
                        .replace("{lang}", language(s.lang())))
                .orElse(Mrkdwn.escape(ui.text("channel_settings.none")));
        blocks.add(section(s -> s.blockId(HOME_BLOCK).text(markdownText("*" + Mrkdwn.escape(ui.text("channel_settings.heading"))
                + "*\n" + body))));
        blocks.add(actions(a -> a.blockId(HOME_BLOCK + "/actions").elements(List.of(button(b -> b.actionId(OPEN)
                .text(plainText(Mrkdwn.truncate(ui.text("channel_settings.open"), 75))).value("open"))))));
        return blocks;
    }

    /** The modal: the channel (required), the advisors, the language of the posts. */
    public static View modal(Catalog c, Optional<ChannelSettings> current) {
        Ui ui = c.ui();
        Lang lang = current.map(ChannelSettings::lang).orElse(ui.lang());
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.blockId("channel_settings/intro").text(markdownText(Mrkdwn.escape(ui.text("channel_settings.intro"))))));
        blocks.add(input(i -> i.blockId(CHANNEL_BLOCK).optional(false).label(plainText(ui.text("channel_settings.channel_label")))
                .hint(plainText(ui.text("channel_settings.channel_hint")))
                .element(conversationsSelect(e -> e.actionId(CHANNEL_ACTION)
                        .initialConversation(current.map(ChannelSettings::channelId).orElse(null))
                        .filter(ConversationsFilter.builder().include(List.of("public", "private")).excludeBotUsers(true).build())))));
        blocks.add(input(i -> i.blockId(ADVISORS_BLOCK).optional(true).label(plainText(ui.text("channel_settings.advisors_label")))
                .hint(plainText(ui.text("channel_settings.advisors_hint")))
                .element(multiUsersSelect(e -> e.actionId(ADVISORS_ACTION).maxSelectedItems(ChannelSettings.MAX_ADVISORS)
                        .initialUsers(current.map(s -> s.advisorIds().stream().sorted().toList()).orElse(null))))));
        OptionObject ja = option(plainText(language(Lang.JA)), Lang.JA.code());
        OptionObject en = option(plainText(language(Lang.EN)), Lang.EN.code());
        blocks.add(input(i -> i.blockId(LANG_BLOCK).optional(false).label(plainText(ui.text("channel_settings.lang_label")))
                .element(radioButtons(e -> e.actionId(LANG_ACTION).options(List.of(ja, en)).initialOption(lang == Lang.EN ? en : ja)))));
        return View.builder().type("modal").callbackId(CALLBACK_ID)
                .title(com.slack.api.model.view.Views.viewTitle(t -> t.type("plain_text")
                        .text(Mrkdwn.truncate(ui.text("channel_settings.modal_title"), 24))))
                .submit(com.slack.api.model.view.Views.viewSubmit(t -> t.type("plain_text")
                        .text(Mrkdwn.truncate(ui.text("channel_settings.save"), 24))))
                .close(com.slack.api.model.view.Views.viewClose(t -> t.type("plain_text")
                        .text(Mrkdwn.truncate(ui.text("channel_settings.cancel"), 24))))
                .blocks(blocks).build();
    }

    private static String advisors(Ui ui, ChannelSettings s) {
        return s.advisorIds().isEmpty() ? Mrkdwn.escape(ui.text("channel_settings.no_advisors"))
                : String.join(", ", s.advisorIds().stream().sorted().map(id -> "<@" + id + ">").toList());
    }

    /** A language by its own name, as on the Home tab's language buttons. */
    private static String language(Lang lang) {
        return lang == Lang.EN ? "English" : "日本語";
    }
}
