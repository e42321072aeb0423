package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.judge;
import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/** A question put back to the interviewer is a sentence or two, not a one-minute talk, and is measured so. */
class LengthBandTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();
    private static final String REVERSE_JA = "入社後の最初の3か月はどのような業務とOJTを担当することになりますか。"
            + "また、監視から構築に進んだ方はどのような道のりでしたか。";

    @Test
    void twoGoodQuestionsToTheInterviewerAreALengthOfTheirOwn() {
        Feedback f = judge(Lang.JA, "reverse-question", REVERSE_JA);
        assertThat(f.length().verdict()).isEqualTo(Feedback.Verdict.GOOD);
        assertThat(f.score()).isGreaterThanOrEqualTo(75);
        // the same length is far too short for a one-minute answer
        assertThat(judge(Lang.JA, "why-infra", REVERSE_JA).length().verdict()).isEqualTo(Feedback.Verdict.TOO_SHORT);
        Feedback en = judge(Lang.EN, "reverse-question", "What would my first three months look like, and how is on-the-job training"
                + " organised? I ask because I want to get productive on monitoring quickly.");
        assertThat(en.length().verdict()).isEqualTo(Feedback.Verdict.GOOD);
    }

    @Test
    void questionsToTheInterviewerAreNotCheckedForAConclusion() {
        // a fourteenth trial: a reverse question told "no clear conclusion, no reason", as if it were a motivation answer
        for (Lang lang : Lang.values()) {
            var c = KB.catalog(lang);
            var reverse = c.question("reverse-question").orElseThrow();
            var why = c.question("why-infra").orElseThrow();
            for (String point : c.rubric("reverse-question").orElseThrow().structure()) {
                assertThat(InterviewReplies.pointLabel(c.ui(), reverse, point)).as(lang + " " + point)
                        .isNotEqualTo(InterviewReplies.pointLabel(c.ui(), why, point));
            }
        }
        Feedback pay = judge(Lang.JA, "reverse-question", "お給料は何年目からどれくらい上がりますか。夜勤の手当はいくらですか。");
        var c = KB.catalog(Lang.JA);
        String shown = InterviewReplies.feedback(c, c.question("reverse-question").orElseThrow(), pay,
                new jp.infracareer.state.InterviewSession("s1", "general", java.util.List.of("reverse-question"), 0, java.util.List.of(), java.time.Instant.EPOCH, "", Lang.JA), false).parts().toString();
        assertThat(shown).contains("なぜ知りたいのか").doesNotContain("結論をはっきり");
    }

    @Test
    void aSoundTechnicalAnswerALittleShortIsNotToldToAddAnExperience() {
        var catalog = KB.catalog(Lang.JA);
        Feedback dns = judge(Lang.JA, "dns", "DNSは、ドメイン名をIPアドレスに変換する仕組みです。ブラウザにURLを入れると、パソコンはまず"
                + "設定されたDNSサーバーに問い合わせ、返ってきたIPアドレスのWebサーバーに接続してページを取得します。"
                + "一度調べた結果はキャッシュされ、しばらく再利用されます。DNSが止まると、名前ではどのサイトにもつながらなくなります。");

        assertThat(dns.length().verdict()).isEqualTo(Feedback.Verdict.SHORT);
        assertThat(dns.nextStep()).isEqualTo(catalog.ui().text("feedback.next.short_technical")).doesNotContain("入社後");
        String told = InterviewReplies.lengthKey(catalog.ui(), catalog.question("dns").orElseThrow(), dns.length().verdict());
        assertThat(catalog.ui().text(told)).doesNotContain("体験").doesNotContain("入社後");
    }

    @Test
    void whatTheLengthIsToldFitsTheQuestion() {
        var catalog = KB.catalog(Lang.JA);
        var reverse = catalog.question("reverse-question").orElseThrow();
        Feedback tooShort = judge(Lang.JA, "reverse-question", "特にありません。");
        String told = InterviewReplies.lengthKey(catalog.ui(), reverse, tooShort.length().verdict());
        assertThat(catalog.ui().text(told)).doesNotContain("1分").contains("1〜2問");
        String asked = NextStep.choose(catalog, reverse, tooShort);
        assertThat(asked).doesNotContain("1分");
        // every band of its own is told in both languages, every verdict
        for (Lang lang : Lang.values()) {
            var c = KB.catalog(lang);
            for (String category : c.feedback().lengthByCategory().keySet()) {
                for (Feedback.Verdict v : Feedback.Verdict.values()) {
                    assertThat(c.ui().has("interview.length_" + category + "." + v.name().toLowerCase(java.util.Locale.ROOT)))
                            .as(lang + " " + category + " " + v).isTrue();
                }
                assertThat(c.ui().has("feedback.next.too_short_" + category)).isTrue();
            }
            assertThat(c.feedback().lengthByCategory()).containsKey("reverse");
        }
    }

    @Test
    void aKnowledgeQuestionIsAdvisedOnHowItWorksNotOnAStoryOfOnesOwn() {
        var catalog = KB.catalog(Lang.JA);
        var tcp = catalog.question("tcp-udp").orElseThrow();
        Feedback f = judge(Lang.JA, "tcp-udp", "TCPは確実、UDPは速い。");
        assertThat(f.weakMotives()).extracting(Feedback.Flag::why).allMatch(why -> !why.contains("自分が実際に見た"));
        String next = NextStep.choose(catalog, tcp, f);
        assertThat(next).contains("仕組み").doesNotContain("体験");
        // a motivation question is still asked for one's own story
        var why = catalog.question("why-infra").orElseThrow();
        assertThat(NextStep.choose(catalog, why, judge(Lang.JA, "why-infra", "安定しているからです。"))).contains("体験");
        // and the question itself says how long a question to the interviewer is
        var reverse = catalog.question("reverse-question").orElseThrow();
        assertThat(catalog.ui().text(InterviewReplies.contextKey(catalog.ui(), reverse))).doesNotContain("1分");
        assertThat(catalog.ui().text(InterviewReplies.contextKey(catalog.ui(), tcp))).contains("1分");
    }

    @Test
    void aBandOutOfOrderOrInAnotherUnitDoesNotLoad() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new jp.infracareer.content.FeedbackRules.Length("字", 0, 50, 250, 400))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new jp.infracareer.content.FeedbackRules.Length("字", 60, 50, 250, 400))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCountOfOneIsToldInTheSingular() {
        var catalog = KB.catalog(Lang.EN);
        Feedback f = judge(Lang.EN, "why-it", "Yes.");
        var reply = InterviewReplies.feedbackOnly(catalog, catalog.question("why-it").orElseThrow(), f);
        java.util.List<String> paragraphs = reply.parts().stream().filter(p -> p instanceof jp.infracareer.kernel.Reply.Paragraph)
                .map(p -> ((jp.infracareer.kernel.Reply.Paragraph) p).text()).toList();
        assertThat(paragraphs).anySatisfy(p -> assertThat(p).startsWith("1 word:"));
        assertThat(String.join("\n", paragraphs)).doesNotContain("1 words");
        Feedback two = judge(Lang.EN, "why-it", "Yes, definitely.");
        var twoReply = InterviewReplies.feedbackOnly(catalog, catalog.question("why-it").orElseThrow(), two);
        assertThat(twoReply.parts()).filteredOn(p -> p instanceof jp.infracareer.kernel.Reply.Paragraph)
                .map(p -> ((jp.infracareer.kernel.Reply.Paragraph) p).text()).anySatisfy(p -> assertThat(p).startsWith("2 words:"));
    }
}
