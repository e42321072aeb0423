package jp.infracareer.jobpost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.infracareer.content.Guide;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import org.junit.jupiter.api.Test;

/**
 * A thirtieth newcomer trial (session 41): a convenience-store night-shift worker of 23 and a Canadian English teacher of
 * 38 pasted postings and asked about them. Fixed overtime of ¥65,000 for 45 hours was said to fall short at 160 scheduled
 * hours (with ¥69,000, the whole pay for the hours at 125%, called "the 25% premium") while the next bullet worked at 173
 * hours, at which it does not; the pay guide turned 1,400–1,800 yen an hour over 1,950 hours into 「約280万〜340万円」;
 * 「日本語ネイティブレベル」 was glossed as "JLPT N2 or above" to a reader with N2; "should I skip this posting or apply
 * anyway?", 「応募すべき？やめとくべき？」 and 「ぶっちゃけアリじゃないっすか？」 got the findings again or a general page;
 * 「時給にしたらコンビニと比べてどうなん？」 got the overtime bullet; 設計・構築 duties with 「ビジネスマナー研修1週間のみ」 and
 * 「全国転勤あり」 went unremarked; the duties were quoted twice and the fixed-overtime sentence said twice. Said here in
 * those words and in others (the posting's own scheduled hours, "is it worth applying to this one or should I skip it?",
 * "I make 1,300 yen an hour at my night job", a three-day manners course, "may be transferred anywhere in Japan").
 */
class ThirtiethTrialPostingTest extends TrialPostings {

    /** The trial's posting, much as it was pasted: base 195,000 yen, 105 days off a year, in Tokyo. */
    static final String TRIAL_POSTING = """
            【募集職種】インフラエンジニア（未経験歓迎）
            【仕事内容】お客様のサーバー・ネットワークの設計・構築をお任せします。Linuxサーバーの構築、ルーターやスイッチの設定、AWS環境の設計を担当していただきます。
            【使用技術】Linux、Cisco、AWS、VMware
            【応募資格】日本語ネイティブレベル（読み書き・会話）、学歴不問
            【研修】入社後、ビジネスマナー研修1週間のみ。その後すぐ現場に配属されます。
            【勤務地】東京本社または全国の顧客先（全国転勤あり）
            【勤務時間】9:00〜18:00（休憩1時間）
            【給与】月給26万円（固定残業代45時間分・6.5万円を含む）
            【休日】土日祝休み、年間休日105日
            【待遇】社会保険完備、交通費支給
            【選考】書類選考、面接1回
            """;

    private static final double MONTHLY = 260_000;
    private static final double FIXED = 65_000;
    private static final int OVERTIME_HOURS = 45;


    /** The fixed-overtime finding the reading holds (short of the pay for its hours, or covering it). */
    private JobPostReading.Flag fixedOvertime(JobPostReading reading) {
        JobPostReading.Flag f = flag(reading, "fixed-overtime-short");
        return f != null ? f : flag(reading, "fixed-overtime-base");
    }

    /** The pay for the overtime hours at 125% of the base's hourly rate over {@code hours}, in yen. */
    private static double owed(double hours) {
        return (MONTHLY - FIXED) / hours * 1.25 * OVERTIME_HOURS;
    }

    @Test
    void fixedOvertimeIsWorkedOutAndJudgedAtTheSameScheduledHoursAsEveryOtherFigure() {
        JobPostReading trial = reader.read(TRIAL_POSTING);
        JobPostReading.Flag overtime = fixedOvertime(trial);
        assertThat(overtime).isNotNull();
        // 105 days off leave (365 - 105) × 8 / 12 hours a month; the minimum-wage bullet divides by the same hours
        double hours = (365 - 105) * 8 / 12.0;
        assertThat(overtime.figures()).containsEntry("sched", String.valueOf(Math.round(hours))).containsEntry("basis", "days-off");
        assertThat(flag(trial, "base-below-minimum-wage").figures()).containsEntry("sched", String.valueOf(Math.round(hours)));
        assertThat(trial.flags().stream().map(f -> f.figures().get("sched")).filter(java.util.Objects::nonNull).distinct()).hasSize(1);
        // the figure is the whole pay for the hours at 125%, and the verdict follows from that same figure
        assertThat(overtime.figures()).containsEntry("owed_yen", String.format(java.util.Locale.ROOT, "%,d", Math.round(owed(hours) / 1000) * 1000));
        assertThat(overtime.id()).isEqualTo(FIXED < owed(hours) - 500 ? "fixed-overtime-short" : "fixed-overtime-base");

        // other words: no days off given, so 8 hours on 20 days (160): there the same pay falls short, and says why 160
        String noDaysOff = TRIAL_POSTING.replace("【休日】土日祝休み、年間休日105日\n", "");
        JobPostReading assumed = reader.read(noDaysOff);
        assertThat(fixedOvertime(assumed).figures()).containsEntry("sched", "160").containsEntry("basis", "assumed");
        assertThat(fixedOvertime(assumed).id()).isEqualTo(FIXED < owed(160) - 500 ? "fixed-overtime-short" : "fixed-overtime-base")
                .isNotEqualTo(overtime.id());
        // the posting's own scheduled hours come first
        JobPostReading own = reader.read(TRIAL_POSTING.replace("【勤務時間】9:00〜18:00（休憩1時間）",
                "【勤務時間】9:00〜17:30（月平均所定労働時間165時間）"));
        assertThat(fixedOvertime(own).figures()).containsEntry("sched", "165").containsEntry("basis", "posting");
        assertThat(fixedOvertime(own).id()).isEqualTo(FIXED < owed(165) - 500 ? "fixed-overtime-short" : "fixed-overtime-base");
        assertThat(flag(own, "base-below-minimum-wage").figures()).containsEntry("sched", "165");

        // the words say exactly what the figure is, and which hours
        String en = JobPostReplies.findingText(ui(Lang.EN), assumed, fixedOvertime(assumed));
        assertThat(en).contains("paid at 125% of that rate").contains("160").contains("20 days").doesNotContain("25% premium on those");
        String ja = JobPostReplies.findingText(ui(Lang.JA), trial, overtime);
        assertThat(ja).contains("1.25倍の時給で払うと").contains("年間休日105日").contains("約173時間").contains("届いています");
        String jaOwn = JobPostReplies.findingText(ui(Lang.JA), own, fixedOvertime(own));
        assertThat(jaOwn).contains("求人票にある月の所定労働時間165時間").contains("足りない");
    }

    /** 「1,400〜1,800円 … 年1,950時間で換算すると約280万〜340万円」: each converted figure recomputed from its inputs. */
    @Test
    void yearlyFiguresAGuideWorksOutFromHourlyPayFollowFromTheirInputs() {
        Pattern hourlyJa = Pattern.compile("(\\d,\\d{3})〜(\\d,\\d{3})円");
        Pattern yearlyJa = Pattern.compile("(\\d{3})万〜(\\d{3})万");
        Pattern hourlyEn = Pattern.compile("(\\d,\\d{3}) to (\\d,\\d{3})");
        Pattern yearlyEn = Pattern.compile("(\\d\\.\\d+) to (\\d\\.\\d+)");
        int checked = 0;
        for (Lang lang : Lang.values()) {
            for (Guide guide : KB.catalog(lang).guides()) {
                List<String> texts = new java.util.ArrayList<>(guide.facts().stream().map(Guide.Fact::text).toList());
                guide.sections().forEach(s -> texts.add(s.text()));
                for (String text : texts) {
                    int at = text.indexOf("1,950");
                    if (at < 0) {
                        continue;
                    }
                    List<double[]> hourly = pairs((lang == Lang.JA ? hourlyJa : hourlyEn).matcher(text.substring(0, at)), 1);
                    List<double[]> yearly = pairs((lang == Lang.JA ? yearlyJa : yearlyEn).matcher(text.substring(at)),
                            lang == Lang.JA ? 10_000 : 1_000_000);
                    if (hourly.isEmpty()) {
                        continue; // a converted figure with no hourly input beside it
                    }
                    assertThat(yearly).as(guide.id() + " " + lang).hasSameSizeAs(hourly);
                    for (int i = 0; i < hourly.size(); i++) {
                        for (int end = 0; end < 2; end++) {
                            // said to the 10,000 yen: within 5,000 of the hours times the hourly pay
                            assertThat(yearly.get(i)[end]).as(guide.id() + " " + lang + " " + text)
                                    .isCloseTo(hourly.get(i)[end] * 1_950, org.assertj.core.data.Offset.offset(5_000.0));
                        }
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(6);
    }

    private static List<double[]> pairs(Matcher m, double unit) {
        List<double[]> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(new double[] {Double.parseDouble(m.group(1).replace(",", "")) * unit, Double.parseDouble(m.group(2).replace(",", "")) * unit});
        }
        return out;
    }

    @Test
    void nativeLevelJapaneseIsGlossedAsBeyondN1NotAsN2() {
        JobPostReading trial = reader.read(TRIAL_POSTING);
        JobPostReading.Flag level = flag(trial, "japanese-level");
        for (Lang lang : Lang.values()) {
            String said = JobPostReplies.findingText(ui(lang), trial, level);
            assertThat(said).as(lang.name()).contains("N1").doesNotContain("N2以上").doesNotContain("N2 or above");
        }
        assertThat(JobPostReplies.findingText(ui(Lang.JA), trial, level)).contains("ネイティブ").contains("N2では届かない");
        assertThat(JobPostReplies.findingText(ui(Lang.EN), trial, level)).contains("beyond N1");
        // other words: the level after the word, and an English posting
        String other = TRIAL_POSTING.replace("日本語ネイティブレベル（読み書き・会話）", "ネイティブレベルの日本語力");
        assertThat(JobPostReplies.findingText(ui(Lang.EN), reader.read(other), flag(reader.read(other), "japanese-level"))).contains("beyond N1");
        JobPostReading english = reader.read("Infrastructure engineer (no experience required)\nDuties: build Linux servers and networks\n"
                + "Requirements: native-level Japanese, basic Linux\nSalary: monthly 260,000 yen");
        assertThat(JobPostReplies.findingText(ui(Lang.EN), english, flag(english, "japanese-level"))).contains("beyond N1");
        // a JLPT level named is still that level
        JobPostReading n2 = reader.read(TRIAL_POSTING.replace("日本語ネイティブレベル（読み書き・会話）", "日本語能力試験N2以上"));
        assertThat(JobPostReplies.findingText(ui(Lang.JA), n2, flag(n2, "japanese-level"))).contains("JLPT N2").doesNotContain("N1よりさらに上");
    }

    private final jp.infracareer.advisor.Advisor advisor = new jp.infracareer.advisor.Advisor(KB,
            new jp.infracareer.state.CaffeineConversationStore(100, java.time.Duration.ofDays(2),
                    com.github.benmanes.caffeine.cache.Ticker.systemTicker()), Lang.JA);

    private Reply say(String user, String text) {
        return advisor.message(new jp.infracareer.kernel.UserKey("T", user), text, "").replies().get(0);
    }

    @Test
    void whetherToApplyOrSkipAskedOutrightIsWeighedAboutThePostingJustRead() {
        say("U-30a", "read this job posting:\n" + TRIAL_POSTING);
        // the teacher's words, twice: with her situation, then alone
        for (String asked : List.of("I only want daytime work and I have JLPT N2. should I skip this posting or apply anyway?",
                "should I skip this posting or apply anyway?")) {
            Reply reply = say("U-30a", asked);
            assertThat(reply.data()).as(asked).containsEntry("follow_up", "overall");
            assertThat(reply.parts().get(0).toString()).as(asked).contains("things to settle before you apply");
            // what she said of herself is set beside the posting: N2 against native-level Japanese, day work against no nights
            assertThat(reply.parts().toString().contains("You have N2, and this posting asks for native-level Japanese"))
                    .as(asked).isEqualTo(asked.contains("N2"));
            assertThat(reply.parts().toString().contains("mentions no night")).as(asked).isEqualTo(asked.contains("daytime"));
        }
        // other words: a level that meets the posting's, and a wish for day work beside a posting with night shifts
        say("U-30e", "この求人を読んで：\n" + TRIAL_POSTING.replace("日本語ネイティブレベル（読み書き・会話）", "日本語能力試験N2以上")
                .replace("【勤務時間】9:00〜18:00（休憩1時間）", "【勤務時間】シフト制（夜勤あり）"));
        String mine = say("U-30e", "N1は持ってます。でも夜勤は無理なんで、応募すべきかやめとくべきか迷ってます").parts().toString();
        assertThat(mine).contains("N1は、この求人の求めるJLPT N2を満たしています").contains("この求人には夜勤やシフト勤務があります");
        // the night-shift worker's words, and others
        say("U-30b", "この求人を読んで：\n" + TRIAL_POSTING);
        String weighty = ui(Lang.JA).text("jobpost.follow.verdict.weighty").substring(0, 10);
        for (String asked : List.of("応募すべき？やめとくべき？", "ぶっちゃけアリじゃないっすか？", "is it worth applying to this one or should I skip it?",
                "ここ、受けるべきですかね")) {
            Reply reply = say("U-30b", asked);
            assertThat(reply.data()).as(asked).containsEntry("follow_up", "overall");
            assertThat(reply.parts().get(0).toString()).as(asked).containsAnyOf(weighty, "things to settle before you apply");
        }
    }

    @Test
    void theHourlyRateIsWorkedOutAndSetBesideThePayTheUserGives() {
        JobPostReading trial = reader.read(TRIAL_POSTING);
        double hours = (365 - 105) * 8 / 12.0;
        String baseHourly = String.format(java.util.Locale.ROOT, "%,d", (long) Math.floor((MONTHLY - FIXED) / hours));
        say("U-30c", "この求人を読んで：\n" + TRIAL_POSTING);
        Reply asked = say("U-30c", "さっきの求人の話っす…時給にしたらコンビニと比べてどうなん？");
        assertThat(asked.data()).containsEntry("follow_up", "hourly");
        List<String> found = ((Reply.Bullets) asked.parts().get(0)).items();
        // the pay per hour first, with the hours assumed, not the overtime bullet again
        assertThat(found.get(0)).contains("時給にして約" + baseHourly + "円").contains("約173時間");
        assertThat(found).noneMatch(f -> f.contains("固定残業代が45時間分あります"));
        // no pay of the user's given: what to compare with
        assertThat(asked.parts().toString()).contains(ui(Lang.JA).text("jobpost.follow.own.none"));
        // the pay given in the same message: 22万 over the same hours, against the base's rate
        Reply mine = say("U-30c", "今コンビニ夜勤で月22万なんすけど、さっきの求人って時給にしたらどうなん？");
        long own = Math.round(220_000 / hours);
        long diff = Math.round(Math.abs(Math.floor((MONTHLY - FIXED) / hours) - 220_000 / hours));
        assertThat(mine.parts().toString()).contains("いまの月22万円").contains(String.format(java.util.Locale.ROOT, "時給約%,d円", own))
                .contains("約" + diff + "円" + ((MONTHLY - FIXED) / hours >= 220_000 / hours ? "高く" : "低く")).contains("深夜");
        // other words, in English: an hourly pay given
        say("U-30d", "read this job posting:\n" + TRIAL_POSTING);
        Reply en = say("U-30d", "I make 1,300 yen an hour at my night job. What does this posting pay per hour?");
        assertThat(en.data()).containsEntry("follow_up", "hourly");
        assertThat(en.parts().toString()).contains("Against your 1,300 yen an hour").contains(baseHourly + " yen an hour")
                .contains(Math.floor((MONTHLY - FIXED) / hours) >= 1_300 ? "more" : "less");
        assertThat(flag(trial, "monthly-pay").figures()).containsEntry("base_hourly", baseHourly);
    }

    @Test
    void designAndBuildWithOnlyAMannersCourseAndNationwideTransfersAreNamed() {
        assertThat(ids(TRIAL_POSTING)).contains("thin-training", "nationwide-transfer").doesNotContain("training");
        // other words: a three-day course, a transfer said in English
        String build = """
                【募集職種】サーバーエンジニア（未経験OK）
                【仕事内容】Linuxサーバーの設計・構築を担当します
                【研修】入社時にビジネスマナー研修（3日間）だけ行います
                【勤務地】大阪府大阪市
                """;
        assertThat(ids(build)).contains("thin-training");
        assertThat(ids("Server engineer (no experience required)\nDuties: design and build Linux servers\n"
                + "Location: Tokyo. You may be transferred anywhere in Japan.")).contains("nationwide-transfer");
        // monitoring only, or training beyond manners, or no transfers: not said
        assertThat(ids(build.replace("Linuxサーバーの設計・構築を担当します", "サーバーの監視と運用を担当します"))).doesNotContain("thin-training");
        assertThat(ids(build.replace("入社時にビジネスマナー研修（3日間）だけ行います", "ビジネスマナー研修のみならず、3か月の技術研修あり")))
                .doesNotContain("thin-training");
        assertThat(ids(TRIAL_POSTING.replace("（全国転勤あり）", "（全国転勤なし）"))).doesNotContain("nationwide-transfer");
        for (Lang lang : Lang.values()) {
            for (String id : List.of("thin-training", "nationwide-transfer")) {
                assertThat(ui(lang).has("jobpost.flag." + id)).as(lang + " " + id).isTrue();
                assertThat(ui(lang).has("jobpost.question." + id)).as(lang + " " + id).isTrue();
            }
        }
    }

    /** A posting pasted from a job site: its duties in a summary and again in the details, its fixed overtime twice. */
    static final String REPEATED = """
            インフラエンジニア（未経験OK）｜株式会社サンプル
            仕事内容：サーバーやネットワークの設計・構築、運用保守をお任せします。
            月給26万円〜 ／ 東京都港区
            【仕事内容】
            サーバーやネットワークの設計・構築、運用保守をお任せします。
            クラウド（AWS）環境の構築にも携わっていただきます。
            【給与】
            月給26万円（固定残業代45時間分・65,000円を含む）
            ※固定残業代は45時間分65,000円を支給し、超過分は別途支給します。
            【休日】完全週休2日制（土日）、年間休日120日
            """;

    @Test
    void eachDutyLineIsQuotedOnceAndTheFixedOvertimeIsSaidOnce() {
        for (String posting : List.of(REPEATED, TRIAL_POSTING)) {
            for (Lang lang : Lang.values()) {
                Reply reply = JobPostReplies.reply(KB.catalog(lang), reader.read(posting));
                List<String> evidence = reply.parts().stream().filter(p -> p instanceof Reply.Bullets b && b.heading().startsWith(
                        ui(lang).format("jobpost.evidence_heading", "section", "").strip())).flatMap(p -> ((Reply.Bullets) p).items().stream())
                        .toList();
                assertThat(evidence).as(lang.name()).isNotEmpty();
                assertThat(evidence.stream().filter(e -> e.contains("運用保守をお任せします"))).as(lang.name()).hasSizeLessThanOrEqualTo(1);
                String all = reply.parts().toString();
                String includes = lang == Lang.EN ? "The pay includes fixed" : "固定残業代（みなし残業）が含まれています";
                assertThat(all.split(Pattern.quote(includes), -1)).as(lang.name()).hasSize(2);
                assertThat(all.split(Pattern.quote(lang == Lang.EN ? "fixed overtime for 45 h" : "固定残業代が45時間分"), -1)).as(lang.name()).hasSize(2);
            }
        }
        assertThat(reader.read(REPEATED).evidence().get("duties")).extracting(JobPostReading.Evidence::quote)
                .filteredOn(q -> q.contains("運用保守をお任せします")).hasSize(1);
        Map<String, List<JobPostReading.Evidence>> trial = reader.read(TRIAL_POSTING).evidence();
        assertThat(trial.values().stream().flatMap(List::stream).map(JobPostReading.Evidence::quote)).doesNotHaveDuplicates();
    }
}
