package jp.infracareer.jobpost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.content.KnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * A twenty-eighth newcomer trial (session 40, pasted postings). A 未経験 posting's 「入社3年で年収800万円の実績あり」 and
 * 「年収350万〜800万円」 went unremarked; 「受験費用会社負担。合格後1年以内に退職した場合は全額返還」 was quoted cut at the first
 * 。 and not flagged; a base pay of about 178,000 yen over 110 days off in Saitama (about 1,047 yen an hour) was held only
 * to the 1,000-yen floor; the first year's pay ignored six months of probation at 20万円. Said here in those words and
 * in others (a claim that a member reached 1,000万円, exam fees owed back after leaving within two years, a base in Osaka).
 */
class TwentyEighthTrialPostingTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();
    private final JobPostingReader reader = new JobPostingReader(KB.jobPostRules());

    private JobPostReading.Flag flag(String posting, String id) {
        return reader.read(posting).flags().stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }

    private List<String> ids(String posting) {
        return reader.read(posting).flags().stream().map(JobPostReading.Flag::id).toList();
    }

    /** The trial's posting, much as it was pasted. */
    static final String TRIAL_POSTING = """
            【募集職種】インフラエンジニア（未経験歓迎）
            【仕事内容】サーバー・ネットワークの監視と運用、障害の一次対応。手順書に沿った定常作業からスタートします。
            【勤務地】埼玉県さいたま市大宮区（お客様先）
            【給与】月給22万円（固定残業代30時間分・4.2万円を含む）
            【試用期間】6か月（期間中は月給20万円）
            【想定年収】年収350万〜800万円。入社3年で年収800万円の実績あり
            【休日】土日祝休み、年間休日110日
            【資格支援】受験費用会社負担。合格後1年以内に退職した場合は全額返還
            【選考】書類選考、面接2回
            """;

    private static String posting(String... lines) {
        return String.join("\n", List.of("【募集職種】サーバー運用スタッフ（未経験OK）", "【仕事内容】サーバーの監視と運用、問い合わせ対応"))
                + "\n" + String.join("\n", lines);
    }

    @Test
    void examFeesToRepayOnLeavingSaidOverTwoSentencesAreFlaggedAndQuotedWhole() {
        JobPostReading.Flag trial = flag(TRIAL_POSTING, "exam-fee-repayment");
        assertThat(trial).isNotNull();
        assertThat(trial.quote()).contains("受験費用会社負担。").contains("全額返還");
        // other words: the cost named first, leaving within two years and paying it back next
        assertThat(ids(posting("【資格取得支援】資格の受験料は当社が負担します。入社2年以内に辞めた場合は、その受験料を請求します。")))
                .contains("exam-fee-repayment");
        // the same with training costs
        assertThat(ids(posting("【研修】研修費用は会社負担。1年以内に退職した場合は全額返還していただきます。")))
                .contains("training-repayment");
        // the second sentence says there is nothing to pay back: not flagged
        assertThat(ids(posting("【資格支援】受験費用は会社負担。退職した場合も返還不要です。"))).doesNotContain("exam-fee-repayment");
    }

    @Test
    void aBaseBelowAListedPrefecturesMinimumWageIsFlaggedWithThatPrefecture() {
        // 178,000 yen over 110 days off (170 hours a month) is about 1,047 yen an hour: above the 1,000-yen floor, below Saitama's
        JobPostReading.Flag saitama = flag(TRIAL_POSTING, "base-below-minimum-wage");
        assertThat(saitama).isNotNull();
        assertThat(saitama.figures()).containsEntry("hourly", "1,047").containsEntry("minimum", "1,141")
                .containsEntry("place_ja", "埼玉県").containsEntry("holidays", "110");
        // another listed place, in other words: 19万円 over 120 days off (about 163 hours, 1,163 yen) in Osaka
        JobPostReading.Flag osaka = flag(posting("【勤務地】大阪府大阪市北区", "【給与】月給19万円", "【休日】年間休日120日"),
                "base-below-minimum-wage");
        assertThat(osaka).isNotNull();
        assertThat(osaka.figures()).containsEntry("minimum", "1,177").containsEntry("place_en", "Osaka");
        // the same pay in a prefecture not listed is held to the floor only
        assertThat(ids(posting("【勤務地】福岡県福岡市", "【給与】月給19万円", "【休日】年間休日120日")))
                .doesNotContain("base-below-minimum-wage", "base-below-minimum-wage-anywhere");
        // two listed places named: the lower wage (Saitama's 1,141), which 1,163 yen an hour is above
        assertThat(ids(posting("【勤務地】東京都または埼玉県の客先", "【給与】月給19万円", "【休日】年間休日120日")))
                .doesNotContain("base-below-minimum-wage");
        // every listed place's wage is dated
        KB.jobPostRules().minimumWage().places().forEach((id, place) -> assertThat(place.since()).as(id).matches("2025-\\d\\d-\\d\\d"));
    }

    @Test
    void aHighFigureSomeoneEarnedOrAWideRangesTopIsFlaggedWithWhatToAsk() {
        JobPostReading.Flag claim = flag(TRIAL_POSTING, "pay-claim");
        assertThat(claim).isNotNull();
        assertThat(claim.quote()).contains("年収800万円の実績あり");
        // the range is the same point as the claim beside it: said once
        assertThat(ids(TRIAL_POSTING)).doesNotContain("pay-range-top");
        String ask = KB.catalog(jp.infracareer.kernel.Lang.JA).ui().text("jobpost.flag.pay-claim");
        assertThat(ask).contains("何人").contains("何年目").contains("1年目");
        // other words: a member said to have reached a higher figure, and an English claim
        assertThat(ids(posting("【給与】月給23万円〜", "【キャリア】年収1,000万円以上のメンバーも在籍しています"))).contains("pay-claim");
        assertThat(ids("Server operations (no experience required)\nDuties: monitoring and first response\n"
                + "Salary: monthly 230,000 yen. One of our engineers earned 9 million yen in his fourth year.")).contains("pay-claim");
        // a wide range alone, for newcomers: its top is flagged with both figures
        JobPostReading.Flag range = flag(posting("【想定年収】年収320万〜750万円"), "pay-range-top");
        assertThat(range).isNotNull();
        assertThat(range.figures()).containsEntry("low", "320").containsEntry("top", "750").containsEntry("top_yen", "7,500,000");
        assertThat(flag(posting("【年収】350~1,000万円（経験・能力による）"), "pay-range-top").figures()).containsEntry("top", "1000");
        // a narrow range, or a posting not for newcomers, is not
        assertThat(ids(posting("【想定年収】年収320万〜400万円"))).doesNotContain("pay-range-top");
        assertThat(ids("【募集職種】インフラエンジニア\n【必須】サーバー構築経験3年以上\n【想定年収】年収500万〜900万円"))
                .doesNotContain("pay-range-top");
    }

    @Test
    void theFirstYearsPayCountsTheProbationMonthsAtTheirOwnPay() {
        // the trial's 28万円 after six months at 20万円: 6×20 + 6×28 = 288万円, not 336万円
        JobPostReading.Flag year = flag(posting("【給与】月給28万円", "【試用期間】6か月（期間中は月給20万円）"), "monthly-pay-probation");
        assertThat(year).isNotNull();
        assertThat(year.figures()).containsEntry("first_year", "288").containsEntry("yearly", "336").containsEntry("months", "6");
        String said = JobPostReplies.findingText(KB.catalog(jp.infracareer.kernel.Lang.JA).ui(), reader.read(posting("【給与】月給28万円",
                "【試用期間】6か月（期間中は月給20万円）")), year);
        assertThat(said).contains("年288万円").doesNotContain("年336万円ほどです。");
        // other words: three months at 19万円 before 24万円 is 3×19 + 9×24 = 273万円
        assertThat(flag(posting("【給与】月給24万円", "【待遇】3ヶ月の試用期間あり。試用期間中は月給19万円"), "monthly-pay-probation")
                .figures()).containsEntry("first_year", "273");
        // in English: 200,000 yen for six months, then 220,000 yen
        JobPostReading en = reader.read("Server operations (no experience required)\nDuties: monitoring Linux servers\n"
                + "Salary: monthly 220,000 yen\nProbation: 6 months at 200,000 yen a month");
        JobPostReading.Flag enYear = en.flags().stream().filter(f -> f.id().equals("monthly-pay-probation")).findFirst().orElseThrow();
        assertThat(JobPostReplies.findingText(KB.catalog(jp.infracareer.kernel.Lang.EN).ui(), en, enYear)).contains("2,520,000 yen");
        // no lower probation pay: twelve months of the pay
        assertThat(ids(posting("【給与】月給28万円", "【試用期間】6か月（条件の変更なし）"))).contains("monthly-pay").doesNotContain("monthly-pay-probation");
    }

    @Test
    void eachPointIsMadeOnceAndNoButtonIsShownTwice() {
        var ui = KB.catalog(jp.infracareer.kernel.Lang.JA).ui();
        jp.infracareer.kernel.Reply reply = JobPostReplies.reply(KB.catalog(jp.infracareer.kernel.Lang.JA), reader.read(TRIAL_POSTING));
        List<String> points = reply.parts().stream().filter(p -> p instanceof jp.infracareer.kernel.Reply.Bullets b
                && b.heading().equals(ui.text("jobpost.flags_heading"))).flatMap(p -> ((jp.infracareer.kernel.Reply.Bullets) p).items().stream())
                .toList();
        // one bullet on the fixed overtime: that the pay includes it and the base pay worked out from it, said once
        assertThat(points).noneMatch(p -> p.startsWith(ui.text("jobpost.flag.fixed-overtime")));
        assertThat(points.stream().filter(p -> p.contains("固定残業代（みなし残業）が含まれています"))).hasSize(1)
                .allMatch(p -> p.contains("基本給は約17.8万円"));
        assertThat(points).doesNotHaveDuplicates();
        // in other words: 45 hours of fixed overtime (at the monthly limit) and its amount, also in one bullet
        jp.infracareer.kernel.Reply capped = JobPostReplies.reply(KB.catalog(jp.infracareer.kernel.Lang.JA),
                reader.read(posting("【給与】月給26万円（固定残業代45時間分・7万円を含む）")));
        assertThat(String.valueOf(capped.parts()).split("固定残業代が45時間分あります", -1)).hasSize(2);
        assertThat(capped.parts().stream().filter(p -> p instanceof jp.infracareer.kernel.Reply.Bullets b
                && b.heading().equals(ui.text("jobpost.flags_heading"))).flatMap(p -> ((jp.infracareer.kernel.Reply.Bullets) p).items().stream())
                .filter(p -> p.contains("固定残業代"))).hasSize(1);
        // a posting whose closest roles are infra and server shows their comparison once
        String both = """
                【募集職種】インフラエンジニア
                【仕事内容】インフラ全体の設計と、Linuxサーバーの構築・運用
                【使用技術】Linux, Windows Server, VMware
                """;
        jp.infracareer.kernel.Reply infra = JobPostReplies.reply(KB.catalog(jp.infracareer.kernel.Lang.JA), reader.read(both));
        assertThat(reader.read(both).roles().subList(0, 2)).containsExactlyInAnyOrder("infra", "server");
        assertThat(infra.actions().stream().map(jp.infracareer.kernel.Reply.Action::label).toList()).doesNotHaveDuplicates();
        assertThat(infra.actions().stream().map(jp.infracareer.kernel.Reply.Action::command)
                .filter(c -> c.equals(jp.infracareer.kernel.Commands.compare("infra", "server"))
                        || c.equals(jp.infracareer.kernel.Commands.compare("server", "infra")))).hasSize(1);
    }

    @Test
    void weekendsAndHolidaysOffBesideTooFewDaysOffAYearAreSaidToContradict() {
        // the trial's words: 「土日祝休み」 and 「年間休日105日」
        JobPostReading.Flag trial = flag(posting("【休日】土日祝休み、年間休日105日"), "weekends-off-few-days");
        assertThat(trial).isNotNull();
        assertThat(trial.figures()).containsEntry("days", "105");
        assertThat(KB.catalog(jp.infracareer.kernel.Lang.JA).ui().format("jobpost.flag.weekends-off-few-days", "days", "105"))
                .contains("約120日").contains("105日");
        // other words, on two lines: a five-day week with weekends and holidays off, and 112 days a year
        assertThat(ids(posting("【休日休暇】完全週休2日制（土日祝）", "【年間休日】112日"))).contains("weekends-off-few-days");
        assertThat(ids("Cloud support (no experience required)\nDuties: AWS monitoring\nHolidays: weekends and national holidays off, "
                + "108 days off a year")).contains("weekends-off-few-days");
        // a count in its own bracketed heading is read at all (「【年間休日】105日」 was not)
        assertThat(ids(posting("【年間休日】105日"))).contains("few-holidays");
        // enough days for them, or a rota that picks some of them, is no contradiction
        assertThat(ids(posting("【休日】土日祝休み、年間休日125日"))).doesNotContain("weekends-off-few-days");
        assertThat(ids(posting("【休日】土日祝のうち月8日（シフト制）、年間休日105日"))).doesNotContain("weekends-off-few-days");
        assertThat(ids(posting("【休日】シフト制、年間休日105日"))).doesNotContain("weekends-off-few-days");
    }

    private final jp.infracareer.advisor.Advisor advisor = new jp.infracareer.advisor.Advisor(KB,
            new jp.infracareer.state.CaffeineConversationStore(100, java.time.Duration.ofDays(2),
                    com.github.benmanes.caffeine.cache.Ticker.systemTicker()), jp.infracareer.kernel.Lang.JA);

    private jp.infracareer.kernel.Reply say(String user, String text) {
        return advisor.message(new jp.infracareer.kernel.UserKey("T", user), text, "").replies().get(0);
    }

    @Test
    void whetherToApplyJustAfterThePostingIsAnsweredAboutItsFindings() {
        say("U-28a", "この求人を読んで：\n" + TRIAL_POSTING);
        jp.infracareer.kernel.Reply apply = say("U-28a", "長い。で、ここ受けていいの？だめ？");
        assertThat(apply.data()).containsEntry("follow_up", "overall");
        String said = apply.parts().toString();
        // weighed in a sentence that names the weighty findings, then what to ask before applying
        assertThat(said).contains("確かめたい点が").contains("辞めたときの受験費用の返還").contains("高い年収の「実績」")
                .contains(KB.catalog(jp.infracareer.kernel.Lang.JA).ui().text("jobpost.questions_heading"));
        // what to ask before applying is about the weighty findings, not the probation the posting already explains
        var ui = KB.catalog(jp.infracareer.kernel.Lang.JA).ui();
        List<String> asks = apply.parts().stream().filter(p -> p instanceof jp.infracareer.kernel.Reply.Bullets b
                && b.heading().equals(ui.text("jobpost.questions_heading"))).flatMap(p -> ((jp.infracareer.kernel.Reply.Bullets) p).items().stream()).toList();
        assertThat(asks).isNotEmpty().doesNotContain(ui.text("jobpost.question.probation-pay"), ui.text("jobpost.question.fixed-overtime-base"));
        assertThat(said).contains("年収800万円の実績あり");
        // other words, another posting with nothing weighty: said to be no reason to hold back
        say("U-28b", "この求人を読んで：\n" + posting("【給与】月給24万円", "【休日】土日祝休み、年間休日125日", "【研修】入社後2か月の研修あり"));
        jp.infracareer.kernel.Reply mild = say("U-28b", "ここに応募して大丈夫そう？");
        assertThat(mild.data()).containsEntry("follow_up", "overall");
        assertThat(mild.parts().toString()).contains(KB.catalog(jp.infracareer.kernel.Lang.JA).ui().text("jobpost.follow.verdict.mild"));
        // every weighty finding can be named in both languages
        for (jp.infracareer.kernel.Lang lang : jp.infracareer.kernel.Lang.values()) {
            KB.jobPostRules().followUp().weighty().forEach(id ->
                    assertThat(KB.catalog(lang).ui().has("jobpost.flag_name." + id)).as(lang + " " + id).isTrue());
        }
    }

    @Test
    void aFigureNamedInTheQuestionIsAnsweredFromTheLineThatSaysIt() {
        say("U-28c", "この求人を読んで：\n" + TRIAL_POSTING);
        jp.infracareer.kernel.Reply pay = say("U-28c", "さっきの求人の年収800万ってマジ？");
        assertThat(pay.data()).containsEntry("follow_up", "pay");
        var found = pay.parts().stream().filter(p -> p instanceof jp.infracareer.kernel.Reply.Bullets).map(p -> (jp.infracareer.kernel.Reply.Bullets) p)
                .findFirst().orElseThrow().items();
        assertThat(found.get(0)).contains("年収800万円の実績あり").contains("1年目");
        // the first year there counts the probation: 6×20万 + 6×22万 = 252万
        assertThat(found).anyMatch(f -> f.contains("年252万円"));
        // other words: the probation's pay asked about comes first instead
        jp.infracareer.kernel.Reply low = say("U-28c", "この求人、試用期間の月給20万って安くない？");
        assertThat(low.data()).containsEntry("follow_up", "pay");
        assertThat(low.parts().stream().filter(p -> p instanceof jp.infracareer.kernel.Reply.Bullets).map(p -> (jp.infracareer.kernel.Reply.Bullets) p)
                .findFirst().orElseThrow().items().get(0)).contains("期間中は月給20万円");
    }

    /** The pay guide's 「試の使用期間中の者」 read as a typo for 試用期間: it is the Minimum Wage Act's wording (Art. 7(ii)). */
    @Test
    void theActsWordingForProbationIsQuotedAsTheActsNotLeftToReadAsATypo() {
        for (jp.infracareer.kernel.Lang lang : jp.infracareer.kernel.Lang.values()) {
            KB.catalog(lang).guide("salary").orElseThrow().facts().stream().map(jp.infracareer.content.Guide.Fact::text)
                    .filter(t -> t.contains("試の使用"))
                    .forEach(t -> assertThat(t).as(lang.name()).contains("「試の使用期間中の者」").contains("試用期間中の人"));
        }
        assertThat(KB.catalog(jp.infracareer.kernel.Lang.JA).guide("salary").orElseThrow().facts())
                .anyMatch(f -> f.text().contains("「試の使用期間中の者」"));
    }
}
