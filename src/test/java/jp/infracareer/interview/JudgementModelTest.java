package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * The judgement model, measured as it will be used: learnt from the other tuning sets, it reads one set it has
 * not seen (each set was written blind by a different writer), for every set in turn. The threshold in
 * scoring.yml was chosen from these figures, never from a held-out set.
 */
class JudgementModelTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    record Read(double score, boolean bad, String label) {}

    /** Every tuning answer to a situational question, scored by a model learnt without its own set. */
    static List<Read> crossSet() {
        return crossSet(JudgementModel::examples);
    }

    /** Every tuning answer labelled poor or fine, scored by a thinness model learnt without its own set. */
    static List<Read> crossSetThin() {
        return crossSet(JudgementModel::thinExamples);
    }

    private static List<Read> crossSet(java.util.function.BiFunction<Catalog, List<JsonNode>, List<JudgementModel.Labelled>> examples) {
        return crossSet(examples, List.of(Lang.values()), JudgementModel::score);
    }

    private static List<Read> crossSet(java.util.function.BiFunction<Catalog, List<JsonNode>, List<JudgementModel.Labelled>> examples,
            List<Lang> langs, java.util.function.ToDoubleBiFunction<JudgementModel, String> reading) {
        List<JsonNode> all = JudgementModel.readTraining();
        List<Read> out = new ArrayList<>();
        for (String set : all.stream().map(a -> a.path("id").asText().replaceAll("-.*", "")).distinct().toList()) {
            List<JsonNode> others = all.stream().filter(a -> !a.path("id").asText().startsWith(set + "-")).toList();
            List<JsonNode> own = all.stream().filter(a -> a.path("id").asText().startsWith(set + "-")).toList();
            for (Lang lang : langs) {
                Catalog c = KB.catalog(lang);
                JudgementModel model = JudgementModel.train(examples.apply(c, others), lang == Lang.EN);
                for (JudgementModel.Labelled l : examples.apply(c, own)) {
                    out.add(new Read(reading.applyAsDouble(model, l.text()), l.bad(), l.label()));
                }
            }
        }
        return out;
    }

    /** Of the answers read across sets, how many are of the kind learnt, found at the threshold, fine, and flagged. */
    record Tally(long kind, long found, long fine, long alarms) {
        static Tally of(List<Read> reads, double threshold, String what) {
            long kind = reads.stream().filter(Read::bad).count();
            Tally t = new Tally(kind, reads.stream().filter(r -> r.bad() && r.score() >= threshold).count(), reads.size() - kind,
                    reads.stream().filter(r -> !r.bad() && r.score() >= threshold).count());
            System.out.printf("%s across sets: %d of %d found, %d of %d fine ones flagged%n", what, t.found(), t.kind(),
                    t.alarms(), t.fine());
            return t;
        }
    }

    @Test
    void findsMostWrongJudgementInASetItHasNotSeenAndFewFineAnswers() {
        Tally t = Tally.of(crossSet(), KB.catalog(Lang.JA).scoring().threshold("judgement_model_min"), "judgement model");
        assertThat(t.kind()).isGreaterThan(100);
        assertThat((double) t.found() / t.kind()).isGreaterThan(0.6);
        assertThat((double) t.alarms() / t.fine()).isLessThan(0.03);
    }

    @Test
    void thinnessFindsMostPoorAnswersInASetItHasNotSeenAndFlagsNoGoodOne() {
        double threshold = KB.catalog(Lang.JA).scoring().threshold("thin_model_min");
        List<Read> reads = crossSetThin();
        Tally t = Tally.of(reads, threshold, "thinness model");
        assertThat(t.kind()).isGreaterThan(100);
        assertThat((double) t.found() / t.kind()).isGreaterThan(0.6);
        assertThat((double) t.alarms() / t.fine()).isLessThan(0.01);
        assertThat(reads).as("good or unconventional answers read as poor")
                .noneMatch(r -> r.score() >= threshold && (r.label().equals("good") || r.label().equals("unconventional")));
    }

    @Test
    void noStrongAnswerOfASetItHasNotSeenReadsAsGenericAndMostFairOnesDo() {
        double threshold = KB.catalog(Lang.JA).scoring().threshold("generic_model_min");
        List<Read> reads = crossSet(JudgementModel::strengthExamples);
        assertThat(reads).as("good or unconventional answers read as generic").noneMatch(r -> !r.bad() && r.score() >= threshold);
        long fair = reads.stream().filter(Read::bad).count();
        assertThat((double) reads.stream().filter(r -> r.bad() && r.score() >= threshold).count() / fair).isGreaterThan(0.4);
    }

    @Test
    void perFeatureNoStrongJapaneseAnswerOfASetItHasNotSeenReadsAsGenericAndItFindsFairOnesTheSumMisses() {
        double threshold = KB.catalog(Lang.JA).scoring().thresholdIn("generic_model_mean_min", "ja");
        double sumThreshold = KB.catalog(Lang.JA).scoring().threshold("generic_model_min");
        List<Read> perFeature = crossSet(JudgementModel::strengthExamples, List.of(Lang.JA),
                (m, text) -> m.perFeature(JudgementModel.features(text, false)));
        List<Read> sum = crossSet(JudgementModel::strengthExamples, List.of(Lang.JA), JudgementModel::score);
        assertThat(perFeature).as("good or unconventional answers read as generic per feature")
                .noneMatch(r -> !r.bad() && r.score() >= threshold);
        long byEither = 0;
        long bySum = 0;
        for (int i = 0; i < sum.size(); i++) {
            if (sum.get(i).bad()) {
                bySum += sum.get(i).score() >= sumThreshold ? 1 : 0;
                byEither += sum.get(i).score() >= sumThreshold || perFeature.get(i).score() >= threshold ? 1 : 0;
            }
        }
        System.out.printf("Japanese fair answers read as generic across sets: %d by the sum, %d with the per-feature reading%n",
                bySum, byEither);
        assertThat(byEither).isGreaterThan(bySum + 10);
    }

    @Test
    void perFeatureIsTheMeanWeightOfTheKnownFeaturesWhateverTheLength() {
        JudgementModel model = JudgementModel.train(List.of(
                new JudgementModel.Labelled("頑張ります。頑張ります。", true, "fair"),
                new JudgementModel.Labelled("頑張りたいです。", true, "fair"),
                new JudgementModel.Labelled("障害の原因をログで調べました。", false, "good"),
                new JudgementModel.Labelled("ログで原因を調べました。", false, "good")), false);
        String once = "ログで調べます。";
        var one = JudgementModel.features(once, false);
        var twice = JudgementModel.features(once + "頑張ります。" + once, false);
        assertThat(model.perFeature(one)).isNegative();
        assertThat(model.perFeature(JudgementModel.features("頑張ります。", false))).isPositive();
        // a sentence said twice adds only features the model does not know (across the join), which do not count
        assertThat(model.perFeature(JudgementModel.features(once + once, false))).isEqualTo(model.perFeature(one));
        assertThat(model.perFeature(JudgementModel.features("まったく無関係な文", false))).isZero();
        assertThat(model.perFeature(twice)).isGreaterThan(model.perFeature(one));
    }

    /** Written for this test in words of our own: the same motive told in general terms, then with a scene of one's own. */
    private static final String GENERIC_EN = "I chose infrastructure because I believe it is the foundation that supports every "
            + "service people use. Without stable servers and networks, no application can work, so I think infrastructure "
            + "engineers play a very important role in society. I also feel that keeping systems running steadily suits my "
            + "personality, because I like careful and responsible work more than creating new features. In addition, "
            + "infrastructure skills are useful in many companies, so I think I can grow step by step. After joining, I want "
            + "to keep studying, learn from my seniors, and become an engineer who can support customers and the team. That "
            + "is why I chose infrastructure rather than development.";
    private static final String CONCRETE_EN = "At the logistics centre where I worked for six years, our warehouse system "
            + "froze for three hours one December morning and 40 trucks waited at the dock. I watched the vendor's engineer "
            + "trace it to a full disk on the database server and fix it with a clear plan, and I realised that the people "
            + "who keep systems running are the ones who protect everyone's day. That is why I chose infrastructure over "
            + "development: I want to be the person who prevents that morning. I have since passed the CCNA and built a small "
            + "Linux server at home to practise monitoring with Zabbix, and I want to start in monitoring and operations and "
            + "grow into building systems.";

    @Test
    void aSoundButGeneralAnswerIsToldSoAndHeldBelowTheGoodOnes() {
        Catalog en = KB.catalog(Lang.EN);
        var whyInfra = en.question("why-infra").orElseThrow();
        Feedback general = AnswerAnalyzer.analyze(en, whyInfra, GENERIC_EN);
        assertThat(general.relevance()).isEqualTo(Feedback.Relevance.ON_TOPIC);
        assertThat(general.misconceptions()).isEmpty();
        assertThat(general.weakMotives()).extracting(Feedback.Flag::id).containsExactly(AnswerAnalyzer.GENERIC);
        assertThat(general.score()).isLessThanOrEqualTo((int) en.scoring().cap("generic")).isGreaterThan(40);
        assertThat(general.nextStep()).isEqualTo(en.ui().text("feedback.next.generic"));
        Feedback concrete = AnswerAnalyzer.analyze(en, whyInfra, CONCRETE_EN);
        assertThat(concrete.weakMotives()).isEmpty();
        assertThat(concrete.score()).isGreaterThanOrEqualTo(75);
    }

    /** Written for this test in words of our own: right and complete, first in general terms, then with scenes of one's own. */
    private static final String GENERAL_TCP_JA = "TCPとUDPは、どちらもエンジニアとして大切なプロトコルだと思います。TCPは届いたかを"
            + "確認して、届かなければ送り直すので信頼性が高く、Webページやメールなどに使われます。UDPは確認をしないぶん速く、動画や"
            + "ゲームなどに使われます。どちらを使うかは状況によるので、場面に応じて正しく選ぶことが大切だと考えています。";
    private static final String CONCRETE_TCP_JA = "TCPとUDPはどちらもトランスポート層のプロトコルです。TCPは3ウェイハンドシェイクで"
            + "接続を確立し、確認応答と再送で確実に届けるので、WebやSSHに使われます。UDPは確認を省くぶん軽く速いです。前職のコール"
            + "センターではIP電話がUDPで動いていて、回線が混むと通話が一瞬途切れることはあっても、会話が遅れることはありませんでした。"
            + "遅れて届いた声は使えないので、再送より速さを優先するのだと実感しました。自宅でもWiresharkでDNSの問い合わせを見て、"
            + "UDPの53番に1往復するだけなのを確かめました。";
    private static final String GENERAL_TCP_EN = "TCP and UDP are both transport layer protocols. TCP is reliable: it sets up a "
            + "connection, confirms what arrives and resends what is lost, so it suits the web, email and file transfer. UDP skips "
            + "those checks, so it is faster and lighter, and it suits DNS, voice calls and online games. In short, you choose TCP "
            + "when every byte matters and UDP when speed matters more.";
    private static final String CONCRETE_TCP_EN = "TCP and UDP are both transport layer protocols. TCP sets up a connection with a "
            + "three-way handshake, confirms what arrives and resends what is lost, so the web, email and SSH use it. UDP skips those "
            + "checks, so it is lighter and faster. At my last job in a call centre our VoIP phones ran over UDP: on a busy network we "
            + "heard short gaps in a call rather than long delays, because a late voice packet is useless anyway. At home I captured "
            + "a DNS lookup in Wireshark and saw one UDP packet go out to port 53 and one come back, with no handshake at all.";

    @Test
    void aRightAnswerInGeneralWordsScoresBelowTheSameAnswerWithScenesOfOnesOwn() {
        for (Lang lang : Lang.values()) {
            Catalog c = KB.catalog(lang);
            var tcpUdp = c.question("tcp-udp").orElseThrow();
            Feedback general = AnswerAnalyzer.analyze(c, tcpUdp, lang == Lang.JA ? GENERAL_TCP_JA : GENERAL_TCP_EN);
            Feedback concrete = AnswerAnalyzer.analyze(c, tcpUdp, lang == Lang.JA ? CONCRETE_TCP_JA : CONCRETE_TCP_EN);
            assertThat(general.misconceptions()).as(lang.code()).isEmpty();
            assertThat(general.uncovered()).as(lang.code()).isEmpty();
            assertThat(concrete.weakMotives()).as(lang.code()).isEmpty();
            assertThat(concrete.score()).as(lang.code()).isGreaterThan(general.score()).isGreaterThanOrEqualTo(90);
            assertThat(general.score()).as(lang.code()).isGreaterThan((int) c.scoring().cap("generic"));
        }
        // held well below the good answers, the Japanese general one is told why
        Catalog ja = KB.catalog(Lang.JA);
        Feedback general = AnswerAnalyzer.analyze(ja, ja.question("tcp-udp").orElseThrow(), GENERAL_TCP_JA);
        assertThat(general.score()).isLessThan((int) ja.scoring().threshold("concrete_told_below"));
        assertThat(general.weakMotives()).extracting(Feedback.Flag::id).containsExactly(AnswerAnalyzer.GENERIC);
        assertThat(general.nextStep()).isEqualTo(ja.ui().text("feedback.next.generic"));
    }

    @Test
    void strengthReadsMostStrongAnswersOfASetItHasNotSeenAsStrongAndFewFairOnes() {
        double threshold = KB.catalog(Lang.JA).scoring().threshold("strong_model_max");
        List<Read> reads = crossSet(JudgementModel::strengthExamples);
        long fair = reads.stream().filter(Read::bad).count();
        long fairLifted = reads.stream().filter(r -> r.bad() && r.score() <= threshold).count();
        long strong = reads.size() - fair;
        long strongLifted = reads.stream().filter(r -> !r.bad() && r.score() <= threshold).count();
        System.out.printf("strength model across sets: %d of %d good or unconventional answers read as strong, %d of %d fair ones%n",
                strongLifted, strong, fairLifted, fair);
        assertThat(fair).isGreaterThan(200);
        assertThat((double) strongLifted / strong).isGreaterThan(0.7);
        assertThat((double) fairLifted / fair).isLessThan(0.06);
    }

    /** Written for this test in words of our own: a feeling and a general remark, no listed weak motive in it. */
    private static final String THIN_JA = "正直なところ、開発よりインフラのほうが向いている気がしたからです。将来性もありそうだと思いました。";

    @Test
    void aThinAnswerIsToldWithItsSentenceAndCappedAndASoundOneIsNot() {
        Catalog ja = KB.catalog(Lang.JA);
        Feedback thin = AnswerAnalyzer.analyze(ja, ja.question("why-infra").orElseThrow(), THIN_JA);
        assertThat(thin.weakMotives()).extracting(Feedback.Flag::id).containsExactly(AnswerAnalyzer.THIN);
        assertThat(thin.weakMotives().get(0).quote()).startsWith("正直なところ、開発よりインフラのほうが");
        assertThat(thin.weakMotives().get(0).why()).isEqualTo(ja.feedback().thin());
        assertThat(thin.score()).isLessThanOrEqualTo((int) ja.scoring().cap("thin"));
        // the sentence told as thin is not also praised as a strength
        assertThat(thin.points()).filteredOn(p -> p.status() == Feedback.Status.MET)
                .noneMatch(p -> p.quote().startsWith("正直なところ"));
        Feedback sound = AnswerAnalyzer.analyze(ja, ja.question("why-infra").orElseThrow(), "インフラエンジニアを選んだのは、"
                + "止まってはいけない仕組みを支える仕事がしたいからです。前職の物流倉庫では、在庫管理システムが半日止まって出荷が"
                + "すべて遅れたことがあり、そのとき復旧にあたったのがインフラの担当者でした。原因を調べるうちに、監視と運用の手順が"
                + "整っていれば防げたと知り、その仕組みを作る側に回りたいと考えました。今はLPICの勉強をしながら、自宅でLinuxの"
                + "サーバーを立てて練習しています。");
        assertThat(sound.weakMotives()).extracting(Feedback.Flag::id).doesNotContain(AnswerAnalyzer.THIN);
        assertThat(sound.score()).isGreaterThan((int) ja.scoring().cap("thin"));
    }

    @Test
    void aThinAnswerOfAFullMinuteIsToldWhatToReplaceNotWhichMotiveToRework() {
        Catalog ja = KB.catalog(Lang.JA);
        Feedback.Flag thin = new Feedback.Flag(AnswerAnalyzer.THIN, "…", ja.feedback().thin());
        Feedback.Flag motive = new Feedback.Flag("pay", "…", "…");
        var question = ja.question("why-infra").orElseThrow();
        assertThat(NextStep.choose(ja, question, fullMinute(List.of(thin)))).isEqualTo(ja.ui().text("feedback.next.thin"));
        assertThat(NextStep.choose(ja, question, fullMinute(List.of(motive, thin)))).isEqualTo(ja.ui().text("feedback.next.weak_motive"));
    }

    private static Feedback fullMinute(List<Feedback.Flag> flags) {
        return new Feedback(15, Feedback.Relevance.ON_TOPIC, "", "", false,
                List.of(new Feedback.Point(AnswerAnalyzer.CONCLUSION, Feedback.Status.MET, "…")),
                new Feedback.Length(300, "字", Feedback.Verdict.GOOD), List.of("a"), List.of(), List.of(), flags, "");
    }

    @Test
    void aBriefButSoundAnswerStaysAboveEveryAnswerCappedForAMistake() {
        Catalog ja = KB.catalog(Lang.JA);
        Feedback brief = AnswerAnalyzer.analyze(ja, ja.question("mistake").orElseThrow(),
                "ミスに気づいたら、すぐに上司に報告します。隠さずに伝えることが大事だと思います。");
        assertThat(brief.misconceptions()).isEmpty();
        assertThat(brief.score()).isGreaterThan((int) ja.scoring().cap("misconception"));
        Feedback hides = AnswerAnalyzer.analyze(ja, ja.question("mistake").orElseThrow(),
                "ミスに気づいたら、まず自分でこっそり直します。上司には報告しません。");
        assertThat(hides.misconceptions()).isNotEmpty();
        assertThat(hides.score()).isLessThan(brief.score());
    }

    /** Written for this test in words of our own: waiting on a night alert, told without any rule's wording. */
    private static final String WAITS = "At night most alerts turn out to be noise, so my first move would be to give it some time "
            + "rather than raise anything. I would keep the monitoring graph open and watch whether it settles on its own. If it "
            + "comes back to normal within half an hour, I would simply write a short note for the day team so they know it "
            + "happened. Only if it keeps firing after that would I start working out who I should contact. I think this keeps "
            + "the night calm for everyone while still being careful.";

    @Test
    void aCourseOfActionNoRuleNamesIsToldWithItsWorstSentenceAndCapped() {
        Catalog en = KB.catalog(Lang.EN);
        Feedback fb = AnswerAnalyzer.analyze(en, en.question("night-alert").orElseThrow(), WAITS);
        assertThat(fb.misconceptions()).extracting(Feedback.Finding::id).containsExactly(AnswerAnalyzer.COURSE);
        assertThat(fb.misconceptions().get(0).quote()).startsWith("If it comes back to normal within half an hour");
        assertThat(fb.misconceptions().get(0).correction()).isEqualTo(en.feedback().judgement().course());
        assertThat(fb.score()).isLessThanOrEqualTo((int) en.scoring().cap("misconception"));
    }

    @Test
    void aSoundCourseOfActionAndOneARuleAlreadyNamedAreNotToldIt() {
        Catalog en = KB.catalog(Lang.EN);
        Feedback sound = AnswerAnalyzer.analyze(en, en.question("night-alert").orElseThrow(), "First I read the alert and open "
                + "the runbook for it. I check the impact on the dashboard, and if users are affected I call the on-call lead at "
                + "once and tell them what I see. While I wait for instructions I keep a timeline of what happened, and I take only "
                + "the steps the runbook or the lead approves. Afterwards I write it up so the day team can follow it.");
        assertThat(sound.misconceptions()).isEmpty();
        Feedback named = AnswerAnalyzer.analyze(en, en.question("night-alert").orElseThrow(), WAITS.replace(
                "I would simply write a short note", "I would restart the server on my own and simply write a short note"));
        assertThat(named.misconceptions()).extracting(Feedback.Finding::id).isNotEmpty().doesNotContain(AnswerAnalyzer.COURSE);
    }

    @Test
    void learnsFromTheTuningSetsOnlyNeverAHeldOutOne() {
        List<String> ids = JudgementModel.readTraining().stream().map(a -> a.path("id").asText()).toList();
        assertThat(ids).hasSizeGreaterThan(900);
        // no answer of a held-out file, nor of the first set's held-out third, may be learnt from
        JudgedAnswers.load(JudgedAnswers.FILE).stream().filter(JudgedAnswers.Answer::holdout)
                .forEach(a -> assertThat(ids).doesNotContain(a.id()));
        for (String file : List.of(JudgedAnswers.HELDOUT2, JudgedAnswers.HELDOUT3, JudgedAnswers.HELDOUT5, JudgedAnswers.HELDOUT6,
                JudgedAnswers.HELDOUT7, JudgedAnswers.HELDOUT8, JudgedAnswers.HELDOUT9, JudgedAnswers.HELDOUT10,
                JudgedAnswers.HELDOUT11, JudgedAnswers.HELDOUT12, JudgedAnswers.HELDOUT13,
                JudgedAnswers.HELDOUT14, JudgedAnswers.HELDOUT15, JudgedAnswers.HELDOUT16, JudgedAnswers.HELDOUT17,
                JudgedAnswers.HELDOUT18, JudgedAnswers.HELDOUT19, JudgedAnswers.HELDOUT20,
                JudgedAnswers.HELDOUT21, JudgedAnswers.HELDOUT22, JudgedAnswers.HELDOUT23, JudgedAnswers.HELDOUT24, JudgedAnswers.HELDOUT25)) {
            JudgedAnswers.load(file).forEach(a -> assertThat(ids).as(file).doesNotContain(a.id()));
        }
    }

    @Test
    void readsWordsInEnglishAndLetterGroupsInJapanese() {
        assertThat(JudgementModel.features("I Restarted it", true)).containsExactly("i", "i restarted", "restarted", "restarted it", "it");
        assertThat(JudgementModel.features("翌朝 報告", false)).containsExactly("翌朝", "翌朝報", "朝報", "朝報告", "報告");
    }

    /** Written for this test: a sound night-alert answer whose first sentence names a threshold, read by a rule as acting alone. */
    private static final String SOUND_WITH_A_THRESHOLD = "First I look at the alert itself: which host, which threshold, and "
            + "since when. Then I open the runbook for that alert and follow the first-response steps it lists, nothing more. "
            + "I phone the on-call lead on the escalation list within the time the runbook gives, say what I see and what I "
            + "have checked, and wait for instructions before touching production. Everything goes into the ticket with times, "
            + "so the day shift can pick it up. At the handover I go through what happened and what is still open.";

    /** Written for this test: telling the manager early, with a reason a rule reads as hiding ("黙って無理を続ける"). */
    private static final String SOUND_WITH_A_REASON = "飲食店の店長代理をしていた頃、繁忙期に仕込みと発注と面接が重なったことがあります。"
            + "まず抱えている仕事を全部紙に書き出し、締め切りと影響の大きさで順番をつけました。自分だけでは間に合わないと分かった"
            + "時点で、店長に今の状況と間に合わない作業をそのまま伝えました。黙って無理を続けるほうが、お店にとってはかえって危険"
            + "だと考えたからです。発注は店長が引き取ってくれて、仕込みと面接は予定どおりに終えられました。インフラの仕事でも、"
            + "優先順位をつけて早めに相談することを続けたいです。";

    @Test
    void aWrongDecisionARuleReadsOutOfContextIsOverruledWhenTheWholeCourseReadsSound() {
        Catalog en = KB.catalog(Lang.EN);
        Feedback night = AnswerAnalyzer.analyze(en, en.question("night-alert").orElseThrow(), SOUND_WITH_A_THRESHOLD);
        assertThat(PhraseTable.of(en).judgement().score(SOUND_WITH_A_THRESHOLD)).isLessThan(en.scoring().threshold("decision_veto_max"));
        assertThat(night.misconceptions()).isEmpty();
        assertThat(night.score()).isGreaterThanOrEqualTo(75);
        Catalog ja = KB.catalog(Lang.JA);
        Feedback pressure = AnswerAnalyzer.analyze(ja, ja.question("pressure").orElseThrow(), SOUND_WITH_A_REASON);
        assertThat(pressure.misconceptions()).isEmpty();
        assertThat(pressure.score()).isGreaterThanOrEqualTo(70);
    }

    @Test
    void aWrongFactOrAnAttitudeBesideAnOverruledDecisionIsStillTold() {
        Catalog ja = KB.catalog(Lang.JA);
        // a decision rule reads 「自己判断で飛ばしたり変えたりせず」 as acting alone; the DHCP sentence is a wrong fact
        String answer = "まず、どの範囲で起きているかを確かめます。自分の端末だけか、フロア全体かで疑う場所が変わるからです。"
                + "ipconfigでIPアドレスを見て、169.254から始まっていればDHCPからアドレスをもらえていません。DHCPはドメイン名をIP"
                + "アドレスに変換する仕組みなので、ここが止まると名前でもつながりません。手順書にない操作は、自己判断で飛ばしたり"
                + "変えたりせず、いったん止めて確認します。分かったことはすぐにチケットに書いて、社内のヘルプデスクに報告し、共有の"
                + "機器には手を触れずに指示を待ちます。";
        assertThat(PhraseTable.of(ja).judgement().score(answer)).isLessThan(ja.scoring().threshold("decision_veto_max"));
        Feedback fb = AnswerAnalyzer.analyze(ja, ja.question("cannot-connect").orElseThrow(), answer);
        assertThat(fb.misconceptions()).extracting(Feedback.Finding::id).containsExactly("dhcp-resolves-names");
        assertThat(fb.misconceptions().get(0).quote()).startsWith("DHCPはドメイン名を");

        Catalog en = KB.catalog(Lang.EN);
        Feedback blames = AnswerAnalyzer.analyze(en, en.question("night-alert").orElseThrow(), SOUND_WITH_A_THRESHOLD
                + " If the alert came from a change the developers made, that is their fault, not mine.");
        assertThat(blames.misconceptions()).extracting(Feedback.Finding::id).containsExactly("blames-others");
    }

    @Test
    void aShortAnswerOfTwoSentencesIsReadForItsCourseOfActionAndOneSentenceIsNot() {
        Catalog ja = KB.catalog(Lang.JA);
        var clientSite = ja.question("client-site").orElseThrow();
        Feedback shortWrong = AnswerAnalyzer.analyze(ja, clientSite, "お客様に急ぎと言われたら、その場で設定を変えてあげます。"
                + "自社への連絡は落ち着いてからで十分です。");
        assertThat(shortWrong.length().verdict()).isEqualTo(Feedback.Verdict.TOO_SHORT);
        assertThat(shortWrong.misconceptions()).extracting(Feedback.Finding::id).contains(AnswerAnalyzer.COURSE);
        // one sentence is never read so, however it reads: the same words joined into one
        String joined = "お客様に急ぎと言われたら、その場で設定を変えてあげて、自社への連絡は落ち着いてからで十分だと思います。";
        assertThat(PhraseTable.of(ja).judgement().score(joined)).isGreaterThanOrEqualTo(ja.scoring().threshold("judgement_model_min_short"));
        Feedback oneSentence = AnswerAnalyzer.analyze(ja, clientSite, joined);
        assertThat(oneSentence.misconceptions()).extracting(Feedback.Finding::id).doesNotContain(AnswerAnalyzer.COURSE);
    }

    /** For every tuning answer labelled as another question's: how a question model learnt without its set reads it. */
    @Test
    void theQuestionModelReadsAnAnswerToAnotherQuestionAsThatQuestionsInASetItHasNotSeen() {
        List<JsonNode> all = JudgementModel.readTraining();
        int agrees = 0;
        int answersToAnother = 0;
        java.util.Set<String> fineRead = new java.util.HashSet<>();
        java.util.Set<String> fineSeen = new java.util.HashSet<>();
        for (String set : all.stream().map(a -> a.path("id").asText().replaceAll("-.*", "")).distinct().toList()) {
            List<JsonNode> others = all.stream().filter(a -> !a.path("id").asText().startsWith(set + "-")).toList();
            java.util.Map<Lang, QuestionModel> models = new java.util.EnumMap<>(Lang.class);
            for (JsonNode a : all.stream().filter(x -> x.path("id").asText().startsWith(set + "-")).toList()) {
                String label = a.path("label").asText();
                if (!label.equals("other-question") || a.path("answers").asText().isEmpty()) {
                    continue;
                }
                Lang lang = Lang.parse(a.path("lang").asText()).orElseThrow();
                QuestionModel model = models.computeIfAbsent(lang, l -> QuestionModel.learn(KB.catalog(l), others));
                String asked = a.path("question").asText();
                String answered = a.path("answers").asText();
                answersToAnother++;
                agrees += model.leansTo(a.path("text").asText(), asked, answered) > 0 ? 1 : 0;
                // the good answers of the same set to the question asked: read as that question's, not the other's
                for (JsonNode g : all) {
                    if (g.path("id").asText().startsWith(set + "-") && g.path("question").asText().equals(asked)
                            && g.path("lang").asText().equals(a.path("lang").asText())
                            && List.of("good", "unconventional").contains(g.path("label").asText())) {
                        // each good answer once against each question it could be taken for
                        String pair = g.path("id").asText() + ">" + answered;
                        if (fineSeen.add(pair) && model.leansTo(g.path("text").asText(), asked, answered) < 0) {
                            fineRead.add(pair);
                        }
                    }
                }
            }
        }
        System.out.printf("question model across sets: %d of %d answers to another question read as it; %d of %d good "
                + "answers beside them read as their own question's%n", agrees, answersToAnother, fineRead.size(), fineSeen.size());
        assertThat(answersToAnother).isGreaterThanOrEqualTo(40);
        assertThat((double) agrees / answersToAnother).isGreaterThan(0.8);
        assertThat(fineSeen).hasSizeGreaterThanOrEqualTo(20);
        assertThat((double) fineRead.size() / fineSeen.size()).isGreaterThan(0.8);
    }

    @Test
    void anAnswerThatReadsFarMoreLikeAnotherQuestionsIsThatQuestionsWhateverPointsTheRulesFind() {
        Catalog ja = KB.catalog(Lang.JA);
        // written for this test: a sound NAT answer, given to the subnet question (the rules alone call it off topic)
        String nat = "NATは、社内で使っているプライベートIPアドレスを、インターネットに出るときにグローバルIPアドレスに変換する"
                + "仕組みです。家庭のルーターでも、複数の機器が1つのグローバルアドレスを共有して外とつながれるのは、NATがポート番号"
                + "も使って通信を区別しているからです。アドレスを配るのはDHCPの役目で、NATは変換だけを担当します。";
        var closest = PhraseTable.of(ja).questions().closestOther(nat, "ip-subnet").orElseThrow();
        assertThat(closest.question()).isEqualTo("nat-scenario");
        assertThat(closest.leansTo()).isGreaterThanOrEqualTo(ja.scoring().threshold("other_question_model_alone_min"));
        Feedback fb = AnswerAnalyzer.analyze(ja, ja.question("ip-subnet").orElseThrow(), nat);
        assertThat(fb.relevance()).isEqualTo(Feedback.Relevance.OTHER_QUESTION);
        assertThat(fb.looksLike()).isEqualTo("nat-scenario");
        assertThat(fb.score()).isLessThanOrEqualTo((int) ja.scoring().cap("other_question"));
        // the same answer to the question it answers is on topic
        assertThat(AnswerAnalyzer.analyze(ja, ja.question("nat-scenario").orElseThrow(), nat).relevance())
                .isEqualTo(Feedback.Relevance.ON_TOPIC);
    }

    @Test
    void theQuestionModelsClosestOtherIsTheHighestPairwiseReading() {
        Catalog en = KB.catalog(Lang.EN);
        QuestionModel model = PhraseTable.of(en).questions();
        for (String text : List.of(WAITS, SOUND_WITH_A_THRESHOLD, "NAT translates private addresses into a global one.")) {
            var closest = model.closestOther(text, "night-alert").orElseThrow();
            double most = en.questions().stream()
                    .filter(q -> !q.id().equals("night-alert") && !AnswerAnalyzer.neverMeantFor(q))
                    .mapToDouble(q -> model.leansTo(text, "night-alert", q.id())).max().orElseThrow();
            assertThat(closest.leansTo()).isCloseTo(most, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(model.leansTo(text, "night-alert", closest.question())).isCloseTo(most, org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(model.closestOther("anything", "no-such-question")).isEmpty();
        // a self-introduction touches every topic a little: no answer is ever said to be meant for one, however it reads
        Catalog ja = KB.catalog(Lang.JA);
        String previousJob = "前職は物流会社で、5年間倉庫の在庫管理を担当していました。毎日の入出荷の数を管理し、アルバイトの"
                + "シフトも組んでいました。在庫システムが止まった際には、現場の状況を情報システム部に伝え、復旧までの手作業の段取り"
                + "を決めました。この経験から、仕組みが止まらないことの大切さを学びました。その後、独学でLinuxの勉強を始め、今は"
                + "LPICの資格取得を目指しています。";
        QuestionModel jaModel = PhraseTable.of(ja).questions();
        assertThat(jaModel.leansTo(previousJob, "previous-job", "self-intro"))
                .isGreaterThan(ja.scoring().threshold("other_question_model_alone_min"));
        assertThat(jaModel.closestOther(previousJob, "previous-job").orElseThrow().question()).isNotIn("self-intro", "strengths-weaknesses");
        assertThat(AnswerAnalyzer.analyze(ja, ja.question("previous-job").orElseThrow(), previousJob).relevance())
                .isEqualTo(Feedback.Relevance.ON_TOPIC);
    }
}
