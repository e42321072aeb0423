package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.state.InterviewSession;
import org.junit.jupiter.api.Test;

/** The end-of-interview summary never names one point as both the strongest and the one to improve. */
class InterviewSummaryTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    private static String paragraph(Reply r, String heading) {
        return r.parts().stream().filter(p -> p instanceof Reply.Paragraph para && para.heading().equals(heading))
                .map(p -> ((Reply.Paragraph) p).text()).findFirst().orElse("");
    }

    @Test
    void aPointMissedMostOftenIsNotAlsoCalledTheStrongest() {
        for (Lang lang : Lang.values()) {
            Catalog c = KB.catalog(lang);
            // the conclusion was met in the first answer and missed in the other two; the reason was met in one
            List<InterviewSession.Result> results = List.of(
                    new InterviewSession.Result("why-it", 70, false, "conclusion", "episode", ""),
                    new InterviewSession.Result("why-infra", 40, false, "reason", "conclusion", ""),
                    new InterviewSession.Result("mistake", 30, false, "conclusion", "conclusion", ""));
            InterviewSession s = new InterviewSession("s1", "general", List.of("why-it", "why-infra", "mistake"), 3, results,
                    Instant.EPOCH, "", c.lang());
            Reply summary = InterviewReplies.summary(c, s, true);
            String strongest = paragraph(summary, c.ui().text("interview.summary_strongest_heading"));
            String weakest = paragraph(summary, c.ui().text("interview.summary_weakest_heading"));
            assertThat(weakest).as(lang.code()).startsWith(InterviewReplies.pointName(c.ui(), "conclusion"));
            assertThat(strongest).as(lang.code()).isEqualTo(InterviewReplies.pointName(c.ui(), "reason"));
        }
    }

    @Test
    void theShareButtonIsOfferedOnlyWhereSharingGoesSomewhere() {
        // a twelfth newcomer trial pressed it in the console and was told sharing is not set up
        Catalog c = KB.catalog(Lang.EN);
        InterviewSession s = new InterviewSession("s1", "general", List.of("why-it"), 1,
                List.of(new InterviewSession.Result("why-it", 70, false, "conclusion", "episode", "")), Instant.EPOCH, "", c.lang());
        String share = c.ui().text("button.share");
        assertThat(InterviewReplies.summary(c, s, true).actions()).extracting(Reply.Action::label).contains(share);
        assertThat(InterviewReplies.summary(c, s, false).actions()).extracting(Reply.Action::label).doesNotContain(share);
        jp.infracareer.kernel.UserKey user = new jp.infracareer.kernel.UserKey("T1", "U1");
        assertThat(ShareHook.NOT_CONFIGURED.available(user)).isFalse();
        ShareHook.Deferred deferred = new ShareHook.Deferred();
        assertThat(deferred.available(user)).isFalse();
        // a workspace with an advisor channel and one without
        deferred.set(new ShareHook() {
            @Override
            public Reply share(jp.infracareer.kernel.UserKey u, Catalog catalog, String sessionId,
                    jp.infracareer.kernel.InterviewControl mode) {
                return null;
            }

            @Override
            public boolean available(jp.infracareer.kernel.UserKey u) {
                return u.teamId().equals("T1");
            }
        });
        assertThat(deferred.available(user)).isTrue();
        assertThat(deferred.available(new jp.infracareer.kernel.UserKey("T2", "U1"))).isFalse();
    }
}
