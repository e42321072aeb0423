package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.state.InterviewSession;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.TopicIds;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.CaffeineConversationStore;
import jp.infracareer.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * The judgement cases that used to fool the scorer, each played as a one-question drill through the engine
 * (what the console and a DM do): the feedback's score, what it says, and what it quotes.
 */
class AnswerJudgementTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T01:00:00Z"));
    private final CaffeineConversationStore store = new CaffeineConversationStore(1000, Duration.ofDays(30), clock.ticker());
    private final Advisor advisor = new Advisor(KB, store, Lang.JA, clock, Duration.ofHours(2), new SplittableRandom(3),
            ShareHook.NOT_CONFIGURED);
    private final UserKey user = new UserKey("T1", "U1");

    private Reply drill(String questionId, String answer) {
        advisor.command(user, "interview " + questionId);
        List<Reply> replies = advisor.message(user, answer, "").replies();
        assertThat(replies).isNotEmpty();
        assertThat(replies.get(0).topic()).isEqualTo(TopicIds.INTERVIEW_FEEDBACK);
        return replies.get(0);
    }

    private static int score(Reply feedback) {
        return (Integer) feedback.data().get("score");
    }

    private static String text(Reply reply) {
        return reply.title() + "\n" + reply.parts().toString();
    }

    @Test
    void aListOfJobTermsIsToldToExplainAndScoresAtMost30() {
        Reply ja = drill("why-infra", "インフラ、サーバー、ネットワーク、監視、運用、安定稼働、障害対応。LPIC、CCNA、AWS。"
                + "24時間365日、稼働率99.99%、経験3年、サーバー50台。インフラ、サーバー、ネットワーク、監視、運用、安定稼働、障害対応。");
        assertThat(score(ja)).isLessThanOrEqualTo(30);
        assertThat(ja.data()).containsEntry("stuffed", true);
        assertThat(text(ja)).contains("説明する文");

        advisor.command(user, "lang en");
        Reply en = drill("why-infra", "Infrastructure, servers, networks, monitoring, operations, uptime, incident response. "
                + "LPIC, CCNA, AWS, Linux, Docker, Kubernetes. 24/7, 99.99 percent availability, three years, fifty servers.");
        assertThat(score(en)).isLessThanOrEqualTo(30);
        assertThat(en.data()).containsEntry("stuffed", true);
    }

    @Test
    void aFluentAnswerAboutSomethingElseIsToldItMissesTheQuestion() {
        Reply f = drill("why-infra", "私の夢は、いつか地元の商店街で小さなパン屋を開くことです。高校生のころから週末にパンを焼いてきて、"
                + "今では家族や友人に毎月20個ほど配っています。先日は天然酵母の講座に3回通い、発酵の温度と時間を記録するノートも作りました。"
                + "焼き上がったパンを喜んでもらえた瞬間が何よりうれしく、その気持ちを大切にしたいと考えています。"
                + "将来は、近所の人が朝に立ち寄って、ほっとできるようなお店にしたいです。そのために、今は毎朝5時に起きて練習を続けています。");
        assertThat(score(f)).isLessThanOrEqualTo(30);
        assertThat(f.data()).containsEntry("relevance", "off_topic");
        assertThat(text(f)).contains("質問への答えになっていません").contains("パン");
    }

    @Test
    void confusingNatWithDhcpIsCorrectedAndScoresAtMost40() {
        Reply f = drill("nat-vs-dhcp", "NATは、社内のパソコンにIPアドレスを自動で割り当てる仕組みです。パソコンをネットワークにつなぐと、"
                + "NATが空いているアドレスを配ってくれるので、利用者が手で設定する必要がありません。DHCPも同じようにアドレスを配る仕組みで、"
                + "どちらを使っても結果はほぼ同じです。家庭用のルーターにはNATが入っているので、スマートフォンをWi-Fiにつなぐだけで使えます。");
        assertThat(score(f)).isLessThanOrEqualTo(40);
        assertThat((List<?>) f.data().get("misconceptions")).isNotEmpty();
        assertThat(text(f)).contains("事実や判断として気をつけたい点").contains("変換");
    }

    @Test
    void miscountingTheHostsOfASlash24IsCorrected() {
        Reply f = drill("ip-subnet", "IPアドレスはネットワーク上の機器を見分けるための番号で、サブネットマスクはどこまでがネットワーク部かを示します。"
                + "192.168.1.0/24なら、先頭の24ビットがネットワーク部で、残りの8ビットがホスト部です。"
                + "8ビットなので256通りあり、256台すべての機器にアドレスを割り当てられます。");
        assertThat((List<?>) f.data().get("misconceptions")).isNotEmpty();
        assertThat(score(f)).isLessThanOrEqualTo(40);
        assertThat(text(f)).contains("254");
    }

    @Test
    void aStoryFirstAnswerWithItsConclusionLastIsRecognised() {
        Reply f = drill("why-infra", "前職は家電量販店の販売員で、5年間レジと在庫管理を担当していました。ある年末の土曜日、店のネットワークが止まり、"
                + "レジ10台のうち8台が使えなくなって、1時間ほどお客様をお待たせしました。後で本部の方に聞くと、原因は古い機器の故障で、"
                + "監視していれば前日に気づけたかもしれないと知りました。そこで運用や保守の仕事を調べるうちに、サービスを止めずに動かし続けるために、"
                + "見えないところで支えている人たちがいることが分かりました。今は毎日1時間、LinuCの勉強をして、自宅の仮想マシンでWebサーバーを動かしています。"
                + "だから私は、作る開発よりも、止めない土台を支えるインフラエンジニアを選びました。");
        assertThat(score(f)).isGreaterThanOrEqualTo(70);
        @SuppressWarnings("unchecked")
        var points = (List<Map<String, String>>) f.data().get("points");
        assertThat(points).filteredOn(p -> p.get("id").equals("conclusion")).extracting(p -> p.get("status")).containsExactly("MET");
        assertThat(text(f)).contains("だから私は");
    }

    @Test
    void anAnswerToAnotherQuestionOfTheBankIsNamed() {
        Reply f = drill("self-intro", "開発ではなくインフラを選んだのは、サービスを止めずに支える仕事に魅力を感じたからです。前職の物流倉庫で、"
                + "在庫管理システムが3時間止まり、200件の出荷が遅れたことがありました。復旧に動いた情報システム部の方の姿を見て、"
                + "アプリを作る側ではなく、システムが安定して動き続けるための土台を守る側に回りたいと考えました。運用や保守について調べ、"
                + "障害の多くは監視で早く気づけることも知りました。入社後はまず監視と運用で経験を積みたいです。");
        assertThat(f.data()).containsEntry("relevance", "other_question");
        assertThat(score(f)).isLessThanOrEqualTo(30);
        assertThat(f.data().get("looks_like")).isIn("why-infra", "why-it");
        assertThat(text(f)).contains("開発ではなく、インフラエンジニアを選んだ理由");
    }

    @Test
    void aStoryThatNamesNoneOfTheQuestionsTermsIsOffTopicEvenWithAStrayPoint() {
        Catalog ja = KB.catalog(Lang.JA);
        // "住所" (an address) is one of the subnet question's points, as a metaphor; nothing else is
        Feedback subnet = AnswerAnalyzer.analyze(ja, ja.question("ip-subnet").orElseThrow(),
                "先月、実家の住所が変わったので、家族の郵便物の手続きを手伝いました。まず新しい住所を紙に書き出し、"
                        + "銀行や保険会社の一覧を作りました。窓口ごとに必要な書類が違ったので、前日に電話で確かめてから出かけました。"
                        + "古い住所に届く郵便は転送してもらうよう申し込み、半年ほどで全部の変更が終わりました。"
                        + "一覧に印をつけながら進めたおかげで、漏れは一つもありませんでした。");
        assertThat(subnet.relevance()).isEqualTo(Feedback.Relevance.OFF_TOPIC);
        assertThat(subnet.score()).isLessThanOrEqualTo(30);

        Catalog en = KB.catalog(Lang.EN);
        Feedback plan = AnswerAnalyzer.analyze(en, en.question("career-plan").orElseThrow(),
                "In five years I want to have run a full marathon. I started with 5 km runs twice a week last spring, and now "
                        + "I run 15 km on Sundays. I keep a training log, I follow a plan that adds ten percent a month, and I "
                        + "rest when my knee hurts. My sister joined me in the summer, and we push each other on the hills near "
                        + "the river. Next year I will enter a half marathon, and the full one after that, ideally in Kyoto in "
                        + "the early spring when the air is cool.");
        assertThat(plan.relevance()).isEqualTo(Feedback.Relevance.OFF_TOPIC);
        assertThat(plan.score()).isLessThanOrEqualTo(30);

        // the same question answered in its own terms is on topic
        Feedback right = AnswerAnalyzer.analyze(ja, ja.question("ip-subnet").orElseThrow(),
                "IPアドレスはネットワーク上の機器の住所のようなもので、サブネットマスクでネットワーク部とホスト部を分けます。");
        assertThat(right.relevance()).isEqualTo(Feedback.Relevance.ON_TOPIC);
    }

    @Test
    void synonymsCountAsTheConceptTheyExpress() {
        Catalog ja = KB.catalog(Lang.JA);
        var q = ja.question("why-infra").orElseThrow();
        Feedback f = AnswerAnalyzer.analyze(ja, q, "私は、サービスを止めずに動かし続ける仕事がしたいと考えています。");
        assertThat(f.covered()).anyMatch(label -> label.contains("止めず"));

        Catalog en = KB.catalog(Lang.EN);
        Feedback e = AnswerAnalyzer.analyze(en, en.question("self-intro").orElseThrow(),
                "At my last job I set up the routers and the wifi for our shop, and I am now studying for the CCNA.");
        assertThat(e.covered()).isNotEmpty();
    }

    @Test
    void weakMotivesAndBlameAreFlagged() {
        Catalog ja = KB.catalog(Lang.JA);
        var change = ja.question("reason-for-change").orElseThrow();
        assertThat(AnswerAnalyzer.analyze(ja, change, "今の店長がパワハラ気味で、毎日つらいので転職したいと思いました。").weakMotives())
                .extracting(Feedback.Flag::id).contains("blame");
        var why = ja.question("why-it").orElseThrow();
        assertThat(AnswerAnalyzer.analyze(ja, why, "エンジニアは楽そうに見えたからです。").weakMotives())
                .extracting(Feedback.Flag::id).contains("easy");
        assertThat(AnswerAnalyzer.analyze(ja, why, "人と話さなくていい仕事がしたいからです。").weakMotives())
                .extracting(Feedback.Flag::id).contains("avoid-people");
        assertThat(AnswerAnalyzer.analyze(ja, why, "昔からパソコンが好きだったからです。").weakMotives())
                .extracting(Feedback.Flag::id).contains("likes-pc");
        assertThat(AnswerAnalyzer.analyze(ja, why, "わからないことは研修で覚えるつもりです。").weakMotives())
                .extracting(Feedback.Flag::id).contains("passive");
        // the same words used neutrally are not a motive
        assertThat(AnswerAnalyzer.analyze(ja, change, "前職では店長を3年務め、アルバイト10名の教育を担当しました。").weakMotives())
                .extracting(Feedback.Flag::id).doesNotContain("blame");
    }

    @Test
    void quittingInWordsEndsTheInterviewWithoutScoringIt() {
        advisor.command(user, "interview");
        List<Reply> replies = advisor.message(user, "やっぱやめます", "").replies();

        assertThat(replies).extracting(Reply::topic).containsExactly(TopicIds.INTERVIEW_SUMMARY);
        assertThat(store.get(user).interview()).isEmpty();
        assertThat(store.get(user).progress().lastPracticed()).isEmpty();
    }

    @Test
    void askingTheInterviewToStopEndsItWithoutScoringIt() {
        // a sixteenth trial's 「ちがう、面接やめて」 was scored as an answer (0 points)
        for (String stop : java.util.List.of("違う違う、面接やめて", "模擬面接を止めてください")) {
            advisor.command(user, "interview");
            List<Reply> replies = advisor.message(user, stop, "").replies();
            assertThat(replies).extracting(Reply::topic).containsExactly(TopicIds.INTERVIEW_SUMMARY);
            assertThat(store.get(user).interview()).isEmpty();
        }
    }

    @Test
    void endingOrSkippingInOnesOwnSentenceIsNotScored() {
        advisor.command(user, "interview");
        String first = store.get(user).interview().orElseThrow().currentQuestionId();
        List<Reply> skipped = advisor.message(user, "hmm, this one is too hard for me, let's move on", "").replies();
        assertThat(skipped.get(0).title()).isEqualTo(KB.catalog(Lang.JA).ui().text("interview.skipped"));
        assertThat(store.get(user).interview().orElseThrow().currentQuestionId()).isNotEqualTo(first);

        // the skip is the only result so far: nothing was scored
        assertThat(store.get(user).interview().orElseThrow().results()).singleElement().matches(r -> r.skipped());
        List<Reply> ended = advisor.message(user, "すみません、今日はここでやめたいです", "").replies();
        assertThat(ended).extracting(Reply::topic).containsExactly(TopicIds.INTERVIEW_SUMMARY);
        assertThat(store.get(user).interview()).isEmpty();
    }

    @Test
    void askingForTheQuestionAgainOrAnExampleIsNotAnAnswer() {
        advisor.command(user, "interview why-infra");
        assertThat(advisor.message(user, "すみません、質問をもう一度お願いします", "").replies())
                .extracting(Reply::topic).containsExactly(TopicIds.INTERVIEW_QUESTION);
        Reply example = advisor.message(user, "例を見せてください", "").replies().get(0);
        assertThat(example.topic()).isEqualTo(TopicIds.INTERVIEW_EXAMPLE);
        assertThat(text(example)).contains("回答例");
        assertThat(store.get(user).interview().orElseThrow().results()).isEmpty();

        advisor.command(user, "lang en");
        advisor.command(user, "interview why-infra");
        assertThat(advisor.message(user, "Sorry, what was the question?", "").replies())
                .extracting(Reply::topic).containsExactly(TopicIds.INTERVIEW_QUESTION);
        assertThat(advisor.message(user, "show me an example", "").replies())
                .extracting(Reply::topic).containsExactly(TopicIds.INTERVIEW_EXAMPLE);
        // a single-question practice given up closes with the ways on, not a course summary
        assertThat(advisor.message(user, "I give up", "").replies())
                .extracting(Reply::topic).containsExactly(TopicIds.INTERVIEW);
        assertThat(store.get(user).interview()).isEmpty();
    }

    @Test
    void aModelAnswerAskedForAnEarlierQuestionShowsThatOneAndIsNotAnAnswer() {
        advisor.command(user, "interview general");
        List<String> ids = store.get(user).interview().orElseThrow().questionIds();
        for (int i = 0; i < 2; i++) {
            advisor.message(user, "前職では店長として、お客様の困りごとを聞いて解決することにやりがいを感じていました。", "");
        }
        // trial 8: asked at the third question, this was scored as its answer (0 points) and the course moved on
        for (String ask : List.of("質問1の模範解答みせて", "1問目の模範解答を教えてください")) {
            List<Reply> replies = advisor.message(user, ask, "").replies();
            assertThat(replies).extracting(Reply::topic).as(ask)
                    .containsExactly(TopicIds.INTERVIEW_EXAMPLE, TopicIds.INTERVIEW_QUESTION);
            assertThat(replies.get(0).data()).as(ask).containsEntry("question", ids.get(0));
        }
        String secondName = KB.catalog(Lang.JA).question(ids.get(1)).orElseThrow().names().get(0);
        for (String ask : List.of("さっきの" + secondName + "の質問の模範解答みせて", "前の質問の模範解答は？")) {
            assertThat(advisor.message(user, ask, "").replies().get(0).data()).as(ask).containsEntry("question", ids.get(1));
        }
        // the waiting question's own example needs no reference
        assertThat(advisor.message(user, "模範解答を見せて", "").replies().get(0).data()).containsEntry("question", ids.get(2));
        InterviewSession running = store.get(user).interview().orElseThrow();
        assertThat(running.results()).hasSize(2);
        assertThat(running.currentQuestionId()).isEqualTo(ids.get(2));

        advisor.command(user, "lang en");
        advisor.command(user, "interview general");
        List<String> en = store.get(user).interview().orElseThrow().questionIds();
        advisor.message(user, "In my last job I ran a shop and liked solving customers' problems with them.", "");
        List<Reply> replies = advisor.message(user, "Can I see the model answer for the previous question?", "").replies();
        assertThat(replies.get(0).data()).containsEntry("question", en.get(0));
        assertThat(store.get(user).interview().orElseThrow().results()).hasSize(1);
    }

    @Test
    void askingForAHintPolitelyIsNotAnAnswer() {
        advisor.command(user, "interview ops-vs-maintenance");
        for (String ask : List.of("ヒントをください", "ヒント欲しいです", "ヒントをお願いします。", "ヒントある？", "わかりません", "すみません、分かりません。",
                "すみません、どういう意味ですか？", "質問の意味が分かりません")) {
            Reply hint = advisor.message(user, ask, "").replies().get(0);
            assertThat(hint.title()).as(ask).isEqualTo(KB.catalog(Lang.JA).ui().text("interview.hint_title"));
        }
        assertThat(store.get(user).interview().orElseThrow().results()).isEmpty();
        advisor.command(user, "lang en");
        advisor.command(user, "interview ops-vs-maintenance");
        for (String ask : List.of("Can I have a hint, please?", "I don't know.", "What do you mean?", "Sorry, I don't understand the question.")) {
            Reply hint = advisor.message(user, ask, "").replies().get(0);
            assertThat(hint.title()).as(ask).isEqualTo(KB.catalog(Lang.EN).ui().text("interview.hint_title"));
        }
        assertThat(store.get(user).interview().orElseThrow().results()).isEmpty();
    }

    @Test
    void shortAnswersThatContainAControlWordAreStillAnswers() {
        for (String answer : List.of("夜勤をやめたいからです。", "同じミスを繰り返しません。")) {
            advisor.command(user, "interview why-infra");
            assertThat(advisor.message(user, answer, "").replies().get(0).topic()).as(answer).isEqualTo(TopicIds.INTERVIEW_FEEDBACK);
        }
        advisor.command(user, "lang en");
        for (String answer : List.of("I always finish my tasks on time.", "Next, I would check the logs.", "I want to pass the LPIC exam.",
                "I don't understand why a server would need a reboot, so I would ask first.")) {
            advisor.command(user, "interview why-infra");
            assertThat(advisor.message(user, answer, "").replies().get(0).topic()).as(answer).isEqualTo(TopicIds.INTERVIEW_FEEDBACK);
        }
    }

    @Test
    void askingForAnotherInterviewInWordsStartsOne() {
        assertThat(advisor.message(user, "もう一度面接練習したい", "").replies().get(0).topic()).isEqualTo(TopicIds.INTERVIEW);
        assertThat(store.get(user).interview()).isPresent();
    }

    @Test
    void shortEnglishWordsMatchWholeWordsNotTheStartOfLongerOnes() {
        Catalog en = KB.catalog(Lang.EN);
        Feedback f = AnswerAnalyzer.analyze(en, en.question("why-infra").orElseThrow(),
                "For example, I answered calls from customers in my last job.");
        assertThat(f.points()).filteredOn(p -> p.id().equals("learning")).extracting(Feedback.Point::status)
                .containsExactly(Feedback.Status.MISSED);
    }

    @Test
    void everyFeedbackOffersAModelAnswerThatFollowsTheSeedStructureForWhyInfra() {
        Reply f = drill("why-infra", "安定していると聞いたからです。");
        Reply.Action button = f.actions().stream().filter(a -> a.command().contains("example")).findFirst().orElseThrow();

        Reply example = advisor.command(user, button.command()).replies().get(0);

        assertThat(example.topic()).isEqualTo(TopicIds.INTERVIEW_EXAMPLE);
        assertThat(example.data()).containsEntry("question", "why-infra");
        String outline = example.parts().get(0).toString();
        // conclusion, a trouble at the last job, what researching operations revealed, therefore infra, study now
        assertThat(outline).contains("結論").contains("前職").contains("運用").contains("学習");
    }

    @Test
    void anAnswerMakingEveryPointItNeedsKeepsHalfOfAStructurePointItMissesAndIsStillToldOfIt() {
        Catalog en = KB.catalog(Lang.EN);
        var question = en.question("overtime-oncall").orElseThrow();
        String answer = "At the warehouse, the conveyor system broke twice during my night shifts, and each time I was the one "
                + "who got the call and came in. Systems that run around the clock do not fail on a schedule, and I have seen "
                + "what an outage costs the people waiting on it. On call, I would keep my phone charged and the runbook at hand, "
                + "answer quickly, and follow the escalation list rather than improvise. After each call-out I would help write "
                + "down what happened, so the same outage does not come back. I would also like to ask how often call-outs "
                + "happen here and how the rota is shared.";
        Feedback fb = AnswerAnalyzer.analyze(en, question, answer);
        assertThat(fb.covered()).hasSizeGreaterThanOrEqualTo(en.rubric(question.id()).orElseThrow().need());
        assertThat(fb.points()).filteredOn(p -> p.status() == Feedback.Status.MISSED).extracting(Feedback.Point::id)
                .contains(AnswerAnalyzer.CONCLUSION);
        assertThat(fb.score()).isGreaterThanOrEqualTo(75);
        // the same answer cut to a few words makes fewer points and earns no such allowance
        Feedback brief = AnswerAnalyzer.analyze(en, question, "I would answer the call and follow the runbook.");
        assertThat(brief.score()).isLessThan(fb.score() - 30);
    }

    @Test
    void aSelfIntroductionGivenToAnotherQuestionIsToldSo() {
        String intro = "はじめまして、山田と申します。家電量販店で8年間、販売とフロア管理を担当してきました。現在はLinuCの勉強をしています。";
        Feedback elsewhere = Findings.judge(Lang.JA, "why-start-monitoring", intro);
        assertThat(elsewhere.relevance()).isEqualTo(Feedback.Relevance.OTHER_QUESTION);
        assertThat(elsewhere.looksLike()).isEqualTo("self-intro");
        assertThat(elsewhere.score()).isLessThanOrEqualTo(30);
        assertThat(Findings.judge(Lang.JA, "self-intro", intro).relevance()).isEqualTo(Feedback.Relevance.ON_TOPIC);
        assertThat(Findings.judge(Lang.EN, "why-infra", "My name is Ken Sato. I worked in retail for eight years and now study"
                + " for the LPIC-1 exam.").looksLike()).isEqualTo("self-intro");
        // a name given in passing, after answering the question, is no self-introduction
        assertThat(Findings.judge(Lang.JA, "why-infra", "インフラを選んだのは、前職で店のシステムが止まり、支える仕事の大切さを知ったからです。"
                + "私は山田と申します。").relevance()).isNotEqualTo(Feedback.Relevance.OTHER_QUESTION);
    }
}
