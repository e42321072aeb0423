package jp.infracareer.broadcast;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Reply;
import jp.infracareer.content.Catalog;
import jp.infracareer.kernel.Lang;
import jp.infracareer.interview.AnswerAnalyzer;
import jp.infracareer.interview.InterviewReplies;
import jp.infracareer.slack.BlockKitRenderer;
import jp.infracareer.slack.Outbox;
import jp.infracareer.kernel.UserKey;

/**
 * Replies in advisor-channel threads. Under the question of the week, a member's reply gets interview
 * feedback that only they can see (ephemeral in the thread). Under a shared summary, an advisor's reply
 * is relayed to the job seeker's DM with the advisor named; anyone else's reply is not relayed.
 */
public final class ThreadReplies {
    private final KnowledgeBase knowledge;
    private final Function<UserKey, Optional<Lang>> chosenLang;
    private final Function<UserKey, Lang> languageOf;
    private final AdvisorChannel channel;
    private final ChannelPoster poster;
    private final Outbox outbox;
    private final Lang channelLang;

    /**
     * @param chosenLang the language a user chose, if any (feedback in the channel's language otherwise)
     * @param languageOf the language a user's DMs are in
     */
    public ThreadReplies(KnowledgeBase knowledge, Function<UserKey, Optional<Lang>> chosenLang,
            Function<UserKey, Lang> languageOf, AdvisorChannel channel, ChannelPoster poster, Outbox outbox,
            Lang channelLang) {
        this.knowledge = knowledge;
        this.chosenLang = chosenLang;
        this.languageOf = languageOf;
        this.channel = channel;
        this.poster = poster;
        this.outbox = outbox;
        this.channelLang = channelLang;
    }

    public boolean inAdvisorChannel(String channelId) {
        return channel.channelId().equals(channelId);
    }

    /** A plain-text reply by {@code user} in the thread under {@code threadTs}. */
    public void handle(UserKey user, String threadTs, String text) {
        Optional<AdvisorChannel.Parent> parent = channel.parent(threadTs).or(() -> lookUp(threadTs));
        if (parent.isEmpty()) {
            return;
        }
        if (parent.get() instanceof AdvisorChannel.Parent.Question q) {
            Catalog c = knowledge.catalog(chosenLang.apply(user).orElse(channelLang));
            c.question(q.questionId()).ifPresent(question -> {
                Reply feedback = InterviewReplies.feedbackOnly(c, question, AnswerAnalyzer.analyze(c, question,
                        jp.infracareer.kernel.Texts.cut(text, 4_000)));
                outbox.call("chat.postEphemeral", () -> poster.client().chatPostEphemeral(r -> r.channel(channel.channelId())
                        .user(user.userId()).threadTs(threadTs).text(BlockKitRenderer.fallbackText(feedback))
                        .blocks(BlockKitRenderer.render(feedback))));
            });
        } else if (parent.get() instanceof AdvisorChannel.Parent.Summary s
                && channel.isAdvisor(user.userId()) && !channel.forgotten(s.user())) {
            Catalog c = knowledge.catalog(languageOf.apply(s.user()));
            outbox.directChannel(poster.client(), s.user().userId())
                    .ifPresent(dm -> outbox.post(poster.client(), dm, List.of(BroadcastReplies.relay(c, user.userId(), text))));
        }
    }

    /** After a restart, what a parent is comes from the metadata we posted it with. */
    private Optional<AdvisorChannel.Parent> lookUp(String threadTs) {
        Optional<AdvisorChannel.Parent> found = poster.metadataOf(channel.channelId(), threadTs).map(m -> {
            Map<String, Object> p = m.getEventPayload() == null ? Map.of() : m.getEventPayload();
            if (AdvisorChannel.QUESTION.equals(m.getEventType()) && p.get("question") != null) {
                return new AdvisorChannel.Parent.Question(String.valueOf(p.get("question")));
            }
            if (AdvisorChannel.SUMMARY.equals(m.getEventType()) && p.get("user") != null && p.get("team") != null) {
                return new AdvisorChannel.Parent.Summary(new UserKey(String.valueOf(p.get("team")), String.valueOf(p.get("user"))));
            }
            return new AdvisorChannel.Parent.Other();
        });
        found.ifPresent(parent -> channel.remember(threadTs, parent));
        return found.filter(p -> !(p instanceof AdvisorChannel.Parent.Other));
    }
}
