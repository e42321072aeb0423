package jp.infracareer.advisor;

import java.util.Objects;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.content.Lang;
import jp.infracareer.explain.CompareTopics;
import jp.infracareer.explain.DayTopic;
import jp.infracareer.explain.HelpTopics;
import jp.infracareer.explain.RoleTopics;
import jp.infracareer.explain.StageTopics;
import jp.infracareer.recognition.TopicRecognizer;
import jp.infracareer.state.ConversationStore;
import jp.infracareer.state.UserKey;

/**
 * The channel-neutral engine: takes who is asking and what they typed, returns a {@link Reply}.
 * Slack and the console both call {@link #handle}; neither knows how a topic is answered.
 */
public final class Advisor {
    private final KnowledgeBase knowledge;
    private final ConversationStore store;
    private final Lang defaultLang;
    private final CommandParser parser;

    public Advisor(KnowledgeBase knowledge, ConversationStore store, Lang defaultLang) {
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.store = Objects.requireNonNull(store, "store");
        this.defaultLang = Objects.requireNonNull(defaultLang, "defaultLang");
        this.parser = new CommandParser(knowledge.aliases(), new TopicRecognizer(knowledge.aliases()));
    }

    /** Answers what the user typed (a subcommand or a free-text question). Never throws on user input. */
    public Reply handle(UserKey user, String text) {
        CommandParser.Parsed parsed = parser.parse(text == null ? "" : text);
        Query query = parsed.query();
        if (query instanceof Query.SetLang set) {
            store.update(user, state -> state.withLang(set.lang()));
        }
        return answer(query, knowledge.catalog(languageFor(user, text, parsed)));
    }

    /**
     * The language to answer in: the user's choice, else the language a free-text question is written in
     * (subcommands such as "roles" are English words for everyone), else the default.
     */
    private Lang languageFor(UserKey user, String text, CommandParser.Parsed parsed) {
        if (parsed.query() instanceof Query.SetLang set) {
            return set.lang();
        }
        return store.get(user).lang()
                .or(() -> parsed.freeText() ? LanguageGuess.of(text) : java.util.Optional.empty())
                .orElse(defaultLang);
    }

    static Reply answer(Query query, Catalog catalog) {
        if (query instanceof Query.Help) {
            return HelpTopics.help(catalog, "");
        } else if (query instanceof Query.Roles) {
            return RoleTopics.roles(catalog, "");
        } else if (query instanceof Query.RoleDetail q) {
            return RoleTopics.role(catalog, q.roleId());
        } else if (query instanceof Query.Compare q) {
            return CompareTopics.compare(catalog, q.first(), q.second());
        } else if (query instanceof Query.StageOverview) {
            return StageTopics.overview(catalog, "");
        } else if (query instanceof Query.StageDetail q) {
            return StageTopics.stage(catalog, q.stageId());
        } else if (query instanceof Query.Day) {
            return DayTopic.day(catalog);
        } else if (query instanceof Query.SetLang) {
            return HelpTopics.help(catalog, catalog.ui().text("notice.lang_set"));
        } else if (query instanceof Query.LangUsage) {
            return HelpTopics.help(catalog, catalog.ui().text("notice.lang_usage"));
        } else if (query instanceof Query.UnknownRole q) {
            return RoleTopics.roles(catalog, catalog.ui().format("notice.unknown_role", "arg", q.given()));
        } else if (query instanceof Query.UnknownStage q) {
            return StageTopics.overview(catalog, catalog.ui().format("notice.unknown_stage", "arg", q.given()));
        } else if (query instanceof Query.SameRole) {
            return RoleTopics.roles(catalog, catalog.ui().text("notice.same_role"));
        }
        return HelpTopics.fallback(catalog);
    }
}
