package jp.infracareer.jobpost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import jp.infracareer.advisor.Advisor;
import jp.infracareer.console.ConsoleChat;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.CaffeineConversationStore;
import org.junit.jupiter.api.Test;

/**
 * A thirty-first newcomer trial (session 42): a factory line leader of 41 in Aichi and a returning parent of 34 in Saitama
 * pasted postings and asked about them. The regular pay was held to the minimum wage but 「試用期間3か月（月給18万円）」 was
 * not (about 1,040 yen an hour at 173 hours); sites in Saitama and Tokyo were compared with one prefecture's wage; a first
 * year of about 276万 sat beside 「想定年収380万〜」 unremarked; 「35歳未満の方歓迎」 beside 「40代活躍中」 was read as a limit
 * and never as a contradiction, and 「41でこの求人出していいのか」 was told to check the limit; 「1週間のビジネスマナー研修の
 * あと、すぐに現場配属」 was listed as ordinary training and 「研修1週間ってすくなくないですか」 got no judgement;
 * 「リモート可（※常駐先の規定による）」, 「日勤のみ相談可」 and 「ママさんエンジニア活躍中」 beside 45 hours of fixed overtime
 * went unremarked; 「17:30お迎えの私でもこの会社で働けそうですか？」 got a general paragraph, 「日勤が8:00〜17:00で、現場が
 * 東京だったら…間に合わないですよね？」 the help menu, and 「最初は派遣とかパートでIT系に入るのってアリですか？」 the posting;
 * a posting pasted on the line of 「求人 」 in the console was read line by line. Said here in those words and in others
 * (a trial pay of 17.5万, sites in Chiba and Tokyo, 「想定年収：350万円〜420万円」, "people in their 50s", a three-day
 * manners course, remote work "subject to the client's rules", an 18:00 nursery pick-up, temping as a way in).
 */
class ThirtyFirstTrialPostingTest extends TrialPostings {

    /** The line leader's posting, much as it was pasted: Aichi, 45 hours of fixed overtime, a lower trial pay. */
    static final String AICHI = """
            【募集職種】インフラエンジニア（未経験歓迎）
            【仕事内容】製造業のお客様のサーバー・ネットワークの設計補助と構築、運用保守を担当します。
            【研修】1週間のビジネスマナー研修のあと、すぐに現場配属となります。
            【応募資格】社会人経験のある方。35歳未満の方歓迎（長期キャリア形成のため）
            【こんな人が活躍中】40代活躍中！製造業からの転職者も多数在籍しています。
            【勤務地】愛知県名古屋市内の顧客先
            【勤務時間】8:30〜17:30（休憩1時間）
            【給与】月給23万円（固定残業代45時間分を含む）
            【試用期間】3か月（月給18万円）
            【想定年収】380万〜
            【待遇】社会保険完備、交通費支給
            """;

    /** The parent's posting: monitoring only, sites in Saitama and Tokyo, 8:00-17:00 with 45 hours of fixed overtime. */
    static final String SAITAMA = """
            【職種】ITインフラエンジニア
            【仕事内容】データセンターでのサーバー監視、障害時の一次対応、手順書の更新をお願いします。
            【勤務地】埼玉県さいたま市、東京都港区（いずれかの顧客先）
            【勤務時間】8:00〜17:00（休憩60分）　※日勤のみ相談可
            【給与】月給24万円（固定残業代45時間分・6万円を含む）
            【試用期間】3か月（月給18万円）
            【休日】年間休日118日
            【研修】1週間のビジネスマナー研修のあと、すぐに現場配属
            【その他】ママさんエンジニア活躍中！子育てと両立しやすい職場です。
            【働き方】リモート可（※常駐先の規定による）
            """;


    private static String yen(double value) {
        return String.format(java.util.Locale.ROOT, "%,d", (long) Math.floor(value));
    }

    @Test
    void theProbationPayIsHeldToTheMinimumWageAtTheHoursSaid() {
        // no days off and no hours given: the most a 40-hour week allows, at which the hourly figure is highest
        double most = 40.0 * 52 / 12;
        JobPostReading trial = reader.read(AICHI);
        JobPostReading.Flag probation = flag(trial, "probation-below-minimum-wage");
        assertThat(probation).isNotNull();
        assertThat(probation.quote()).contains("月給18万円");
        assertThat(probation.figures()).containsEntry("hourly", yen(180_000 / most)).containsEntry("minimum", "1,140")
                .containsEntry("place_ja", "愛知県").containsEntry("sched", String.valueOf(Math.round(most))).containsEntry("basis", "legal-most");
        String ja = JobPostReplies.findingText(ui(Lang.JA), trial, probation);
        assertThat(ja).contains("試用期間の月給18万円").contains("約" + Math.round(most) + "時間").contains("週40時間").contains("愛知県");
        String en = JobPostReplies.findingText(ui(Lang.EN), trial, probation);
        assertThat(en).contains("180,000 yen").contains("40-hour week").contains("Aichi").doesNotContain("{");
        // it weighs against applying, and a question about the pay names it
        assertThat(KB.jobPostRules().followUp().weighty()).contains("probation-below-minimum-wage");

        // the posting's own days off give the hours (118 days: about 165 a month), and the Saitama wage
        JobPostReading.Flag saitama = flag(reader.read(SAITAMA), "probation-below-minimum-wage");
        double hours = (365 - 118) * 8 / 12.0;
        assertThat(saitama.figures()).containsEntry("basis", "days-off").containsEntry("hourly", yen(180_000 / hours));
        // other words: 17.5万 in Chiba is below; 21万 over 173 hours (about 1,211 yen) is above Chiba's 1,140
        String chiba = AICHI.replace("愛知県名古屋市", "千葉県千葉市");
        assertThat(ids(chiba.replace("（月給18万円）", "（月給17.5万円）"))).contains("probation-below-minimum-wage");
        assertThat(ids(chiba.replace("（月給18万円）", "（月給21万円）"))).doesNotContain("probation-below-minimum-wage",
                "probation-below-minimum-wage-anywhere").contains("probation-pay");
    }

    @Test
    void sitesInTwoListedPrefecturesAreComparedWithEach() {
        JobPostReading.Flag both = flag(reader.read(SAITAMA), "base-below-minimum-wage");
        assertThat(both).isNotNull();
        assertThat(both.figures()).containsEntry("places_ja", "埼玉県（1,141円）・東京都（1,226円）");
        assertThat(JobPostReplies.findingText(ui(Lang.JA), reader.read(SAITAMA), both)).contains("埼玉県（1,141円）・東京都（1,226円）のそれぞれと比べ");
        assertThat(JobPostReplies.findingText(ui(Lang.EN), reader.read(SAITAMA), both)).contains("Saitama (1,141 yen), Tokyo (1,226 yen)");
        // other words: a base of 19万 over 120 days off (about 1,165 yen) is above Chiba's wage and below Tokyo's: said which
        String between = "【仕事内容】サーバーの運用と監視\n【勤務地】千葉県または東京都の客先\n【給与】月給19万円\n【休日】年間休日120日\n";
        JobPostReading reading = reader.read(between);
        JobPostReading.Flag some = flag(reading, "base-below-minimum-wage-some");
        assertThat(some).isNotNull();
        assertThat(some.figures()).containsEntry("below_ja", "東京都（1,226円）").containsEntry("above_ja", "千葉県（1,140円）");
        assertThat(JobPostReplies.findingText(ui(Lang.JA), reading, some)).contains("東京都（1,226円）の最低賃金は下回り");
        assertThat(JobPostReplies.findingText(ui(Lang.EN), reading, some)).contains("below the minimum wage in Tokyo (1,226 yen)");
    }

    @Test
    void aStatedYearlyPayAboveTwelveMonthsOfTheMonthlyPaySaysWhatMustFillTheGap() {
        JobPostReading trial = reader.read(AICHI);
        JobPostReading.Flag gap = flag(trial, "yearly-gap");
        assertThat(gap).isNotNull();
        double first = 18 * 3 + 23 * 9;
        assertThat(gap.figures()).containsEntry("stated", "380").containsEntry("twelve", String.valueOf(23 * 12))
                .containsEntry("first", String.format("%.0f", first)).containsEntry("gap", String.format("%.0f", 380 - first));
        assertThat(JobPostReplies.findingText(ui(Lang.JA), trial, gap)).contains("想定年収380万円").contains("276万円").contains("賞与")
                .contains("残業代");
        assertThat(JobPostReplies.findingText(ui(Lang.EN), trial, gap)).contains("bonus").contains("overtime").doesNotContain("{");
        // other words: a stated range over 月給20万 (240万 a year); a monthly pay whose year reaches it, and an example, are not
        assertThat(ids("【仕事内容】サーバーの運用と監視\n【給与】月給20万円\n【想定年収】350万円〜420万円\n")).contains("yearly-gap");
        assertThat(ids("【仕事内容】サーバーの運用と監視\n【給与】月給30万円\n【想定年収】380万円〜\n")).doesNotContain("yearly-gap");
        assertThat(ids("【仕事内容】サーバーの運用と監視\n【給与】月給20万円\n【年収例】600万円（5年目・リーダー）\n")).doesNotContain("yearly-gap");
    }

    @Test
    void anAgeOnlyWelcomedIsNoLimitAndAnOlderAgeSaidToWorkThereDisagreesWithIt() {
        JobPostReading trial = reader.read(AICHI);
        assertThat(flag(trial, "age-limit").figures()).containsEntry("variant", "welcome");
        assertThat(JobPostReplies.findingText(ui(Lang.JA), trial, flag(trial, "age-limit"))).contains("上限）ではありません")
                .doesNotContain("例外として認められています");
        assertThat(JobPostReplies.findingText(ui(Lang.EN), trial, flag(trial, "age-limit"))).contains("not a condition");
        JobPostReading.Flag mixed = flag(trial, "age-mixed");
        assertThat(mixed).isNotNull();
        assertThat(mixed.quote()).contains("35歳未満").contains("40代活躍中");
        assertThat(JobPostReplies.findingText(ui(Lang.JA), trial, mixed)).contains("40代").contains("食い違って");
        // a real limit stays a limit; people in their 50s said in English disagree with "under 35" too
        assertThat(flag(reader.read(AICHI.replace("35歳未満の方歓迎", "35歳以下")), "age-limit").figures()).doesNotContainKey("variant");
        assertThat(ids("Position: Server operations\nDuties: monitoring\nRequirements: applicants under 35\n"
                + "Team: engineers in their 50s work here too")).contains("age-mixed");

        Advisor advisor = advisor();
        for (String asked : List.of("41でこの求人出していいのか", "43歳ですが、この求人に応募しても大丈夫？")) {
            UserKey user = new UserKey("T", "U-trial31-age-" + asked.length());
            advisor.message(user, "求人 " + AICHI, "p");
            String text = advisor.message(user, asked, "q").replies().get(0).toString();
            assertThat(text).as(asked).contains("応募の上限ではありません").contains("食い違って").doesNotContain("上限を超えています");
        }
    }

    @Test
    void aShortMannersCourseBeforeASiteIsAPointToAsk() {
        // design and build work: the thin-training finding, from the trial's wording
        assertThat(ids(AICHI)).contains("thin-training").doesNotContain("training");
        // monitoring work: the training finding, saying it is short
        JobPostReading parent = reader.read(SAITAMA);
        assertThat(flag(parent, "training").figures()).containsEntry("variant", "short");
        assertThat(JobPostReplies.findingText(ui(Lang.JA), parent, flag(parent, "training"))).contains("短いものだけ");
        assertThat(JobPostReplies.findingText(ui(Lang.EN), parent, flag(parent, "training"))).contains("short one");
        // other words: a three-day course and straight to the site
        assertThat(ids(AICHI.replace("1週間のビジネスマナー研修のあと、すぐに現場配属となります。", "3日間のビジネスマナー研修後、即現場へ配属します。")))
                .contains("thin-training");

        Advisor advisor = advisor();
        for (String asked : List.of("研修1週間ってすくなくないですか", "1週間の研修で大丈夫なんですか？")) {
            UserKey user = new UserKey("T", "U-trial31-training-" + asked.length());
            advisor.message(user, "求人 " + SAITAMA, "p");
            Reply reply = advisor.message(user, asked, "q").replies().get(0);
            assertThat(reply.data()).as(asked).containsEntry("follow_up", "training");
            assertThat(reply.toString()).contains("短いものだけ");
        }
    }

    @Test
    void remoteByTheClientsRulesDaysOnlyOnRequestAndParentsBesideLongOvertimeAreNamed() {
        JobPostReading parent = reader.read(SAITAMA);
        assertThat(ids(SAITAMA)).contains("remote-client-rules", "day-only-consult", "family-claim");
        assertThat(flag(parent, "family-claim").figures()).containsEntry("hours", "45");
        for (Lang lang : Lang.values()) {
            for (String id : List.of("remote-client-rules", "day-only-consult", "family-claim")) {
                assertThat(JobPostReplies.findingText(ui(lang), parent, flag(parent, id))).as(id + " " + lang).doesNotContain("{");
                assertThat(ui(lang).has("jobpost.question." + id)).as(id).isTrue();
            }
        }
        // other words, and the same lines without what makes them a point
        assertThat(ids("Position: Server operations\nDuties: monitoring\nRemote work possible, subject to the client's rules\n"))
                .contains("remote-client-rules");
        assertThat(ids(SAITAMA.replace("リモート可（※常駐先の規定による）", "リモートワーク可"))).doesNotContain("remote-client-rules");
        assertThat(ids(SAITAMA.replace("月給24万円（固定残業代45時間分・6万円を含む）", "月給24万円（残業は月平均5時間）")))
                .doesNotContain("family-claim");
    }

    @Test
    void followUpsAfterAPostingAreAnsweredFromItsHoursAndAGeneralQuestionIsNot() {
        Advisor advisor = advisor();
        UserKey user = new UserKey("T", "U-trial31-parent");
        advisor.message(user, "求人 " + SAITAMA, "p");
        // 17:00 ends the day, 30 minutes before the pick-up; 45 hours over 20 days moves the end to 19:15
        Reply pickup = advisor.message(user, "17:30お迎えの私でもこの会社で働けそうですか？", "q1").replies().get(0);
        assertThat(pickup.data()).containsEntry("follow_up", "schedule");
        int late = 17 * 60 + 45 * 60 / 20;
        assertThat(pickup.toString()).contains("30分").contains(String.format("%d:%02d", late / 60, late % 60)).contains("17:30に間に合わない");
        Reply commute = advisor.message(user, "日勤が8:00〜17:00で、現場が東京だったら…間に合わないですよね？", "q2").replies().get(0);
        assertThat(commute.data()).containsEntry("follow_up", "schedule");
        assertThat(commute.toString()).contains("最初の現場");
        // other words: an 18:00 pick-up, an hour after the end of the day
        Reply other = advisor.message(user, "保育園のお迎えが18:00なんですが、ここで働けますか？", "q3").replies().get(0);
        assertThat(other.data()).containsEntry("follow_up", "schedule");
        assertThat(other.toString()).contains("60分");
        // a question about ways in, whatever was pasted before it
        for (String general : List.of("最初は派遣とかパートでIT系に入るのってアリですか？", "未経験だと派遣とかで経験を積むのってアリですか？")) {
            assertThat(advisor.message(user, general, "g" + general.length()).replies().get(0).data()).as(general)
                    .doesNotContainKey("follow_up");
        }
    }

    @Test
    void aPostingPastedOnTheLineOfTheCommandInTheConsoleIsReadWhole() {
        // lines of no posting shape (no heading, bullet or label), as the trial's were
        String paste = "求人 インフラエンジニア募集（未経験OK）\nサーバーとネットワークの監視をお任せします\n夜勤あり（月4回程度）\n月給22万円\n勤務地は埼玉県さいたま市\n\nday\n";
        CaffeineConversationStore store = new CaffeineConversationStore(100, Duration.ofDays(1),
                com.github.benmanes.caffeine.cache.Ticker.systemTicker());
        ConsoleChat chat = new ConsoleChat(new Advisor(KB, store, Lang.JA), true, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chat.run(new BufferedReader(new StringReader(paste)), new PrintStream(out, true, StandardCharsets.UTF_8));
        List<String> topics = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("{"))
                .map(l -> l.replaceAll("^\\{\"topic\":\"([^\"]*)\".*", "$1")).toList();
        assertThat(topics).containsExactly("jobpost", "day");
        assertThat(store.get(UserKey.CONSOLE).lastPosting().orElseThrow().findings()).extracting(f -> f.id()).contains("night-shift");
    }

    private static Advisor advisor() {
        return new Advisor(KB, new CaffeineConversationStore(100, Duration.ofDays(1), com.github.benmanes.caffeine.cache.Ticker.systemTicker()),
                Lang.JA);
    }
}
