package jp.infracareer.advisor;

import java.util.Optional;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.Passages;
import jp.infracareer.explain.PageFollowUps;
import jp.infracareer.kernel.Query;
import jp.infracareer.kernel.Response;
import jp.infracareer.kernel.TopicIds;

/**
 * Which page 「3行で」 ({@link Query.Shorter}) or 「それってマジ？」 ({@link Query.Doubt}) is about: one the other words name
 * (「年収の話 3行にまとめて」), else the page just shown. A doubt beside a question about another page (「マジで40歳からは
 * 無理？」 after the pay page) is that question: empty, so that the words are read as they stand.
 */
final class PageFollowUp {
    private PageFollowUp() {}

    static Optional<Response> reply(Catalog c, Query query, Optional<String> shown) {
        if (query instanceof Query.Shorter s) {
            Optional<String> page = pageOf(s.otherwise()).or(() -> shown);
            return Optional.of(Response.of(page.flatMap(t -> PageFollowUps.shorter(c, t))
                    .orElseGet(() -> PageFollowUps.nothingToShorten(c))));
        }
        if (query instanceof Query.Doubt d && shown.isPresent()) {
            Optional<String> named = pageOf(d.rest());
            return named.isPresent() && !named.equals(shown) ? Optional.empty()
                    : Optional.of(Response.of(PageFollowUps.doubt(c, shown.get())));
        }
        return Optional.empty();
    }

    /** True for the topic of a page that can be followed up: a guide, a role or a stage. */
    static boolean page(String topic) {
        return TopicIds.guideId(topic).or(() -> TopicIds.roleId(topic)).or(() -> TopicIds.stageId(topic)).isPresent();
    }

    /** The page a query shows, whole, in short or one of its sections. */
    private static Optional<String> pageOf(Query query) {
        if (query instanceof Query.Guide g) {
            return Optional.of(TopicIds.guide(g.guideId()));
        }
        if (query instanceof Query.RoleDetail r) {
            return Optional.of(TopicIds.role(r.roleId()));
        }
        if (query instanceof Query.StageDetail st) {
            return Optional.of(TopicIds.stage(st.stageId()));
        }
        return query instanceof Query.Passage p && page(p.topic()) && !p.topic().equals(Passages.TIP_TOPIC)
                ? Optional.of(p.topic()) : Optional.empty();
    }
}
