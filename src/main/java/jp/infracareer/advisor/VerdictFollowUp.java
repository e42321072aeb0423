package jp.infracareer.advisor;

import java.util.Optional;
import jp.infracareer.content.Catalog;
import jp.infracareer.explain.VerdictTopics;
import jp.infracareer.kernel.Query;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.TopicIds;

/**
 * Which one pick 「で、結局どれ？」 asks for ({@link Query.Verdict}): where to start among two roles named
 * (「ネットワークもサーバーもよくわからん」), else the pick of a guide the words name themselves (「結局、独学とスクールどっち？」),
 * else that of the page just shown; none when the words ask a section of that page (「LPICとLinuCって結局どっち？」 is the
 * one that weighs the two) or no page of choices came before, so that the words are read as they stand.
 */
final class VerdictFollowUp {
    private VerdictFollowUp() {}

    /** The pick, given what the words read alone ask ({@code v.otherwise()}) and the query of the page last shown. */
    static Optional<Reply> reply(Catalog c, Query.Verdict v, Optional<Query> shown) {
        Optional<String> page = shown.flatMap(VerdictFollowUp::guideOf);
        Optional<String> asked = guideOf(v.otherwise());
        if (v.roles().size() >= 2 && asked.isEmpty()) {
            return Optional.of(VerdictTopics.roles(c, v.roles()));
        }
        Optional<Reply> named = v.otherwise() instanceof Query.Guide g ? pick(c, g.guideId()) : Optional.empty();
        if (named.isPresent()) {
            return named;
        }
        boolean sectionOfPage = v.otherwise() instanceof Query.Passage && asked.equals(page);
        return sectionOfPage ? Optional.empty() : page.flatMap(id -> pick(c, id));
    }

    private static Optional<Reply> pick(Catalog c, String guideId) {
        return c.guide(guideId).flatMap(g -> VerdictTopics.guide(c, g));
    }

    /** The guide a query shows, whole, in short or one of its sections. */
    private static Optional<String> guideOf(Query query) {
        if (query instanceof Query.Guide g) {
            return Optional.of(g.guideId());
        }
        return query instanceof Query.Passage p ? TopicIds.guideId(p.topic()) : Optional.empty();
    }
}
