package jp.infracareer.jobpost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.content.KnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * Findings a twenty-fifth newcomer trial's postings showed missing: an hourly pay on probation below Tokyo's minimum
 * wage, exam fees to repay on leaving early, and days off given per month as a range after the rota.
 */
class PayAndRepaymentFlagsTest {
    private final JobPostingReader reader = new JobPostingReader(KnowledgeBase.load().jobPostRules());

    private JobPostReading.Flag flag(String posting, String id) {
        return reader.read(posting).flags().stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }

    private List<String> ids(String posting) {
        return reader.read(posting).flags().stream().map(JobPostReading.Flag::id).toList();
    }

    private static String posting(String... lines) {
        return String.join("\n", List.of("【募集職種】サーバー運用スタッフ（未経験歓迎）", "【仕事内容】サーバーの監視と運用、障害の一次対応"))
                + "\n" + String.join("\n", lines);
    }

    @Test
    void anHourlyPayBelowTheMinimumWageOfThePlaceOrOfAnywhereIsFlagged() {
        JobPostReading.Flag tokyo = flag(posting("【勤務地】東京都港区", "【試用期間】2か月は時給1,150円の契約社員"), "below-minimum-wage");
        assertThat(tokyo).isNotNull();
        assertThat(tokyo.figures()).containsEntry("hourly", "1,150").containsEntry("minimum", "1,226").containsEntry("place_ja", "東京都");
        // with no place the posting names, only a pay below every prefecture's minimum
        assertThat(ids(posting("【勤務地】本社", "【給与】時給980円"))).contains("below-minimum-wage-anywhere");
        assertThat(ids(posting("【勤務地】本社", "【給与】時給1,150円"))).doesNotContain("below-minimum-wage-anywhere", "below-minimum-wage");
        assertThat(ids(posting("【勤務地】東京都", "【給与】時給1,400円"))).doesNotContain("below-minimum-wage");
    }

    @Test
    void examFeesToRepayOnLeavingAreFlaggedAndFeesThatNeedNoRepaymentAreNot() {
        assertThat(ids(posting("【資格支援】受験料は会社負担。1年以内に退職した場合、受験料5万円を返還してください。")))
                .contains("exam-fee-repayment");
        assertThat(ids(posting("【資格支援】資格の受験費用は全額会社負担（返還不要）"))).doesNotContain("exam-fee-repayment");
        assertThat(ids("Position: cloud support (no experience OK)\nDuties: monitoring AWS, first response to alerts\n"
                + "Benefits: the company pays exam fees, which must be repaid if you leave within two years")).contains("exam-fee-repayment");
    }

    @Test
    void daysOffAMonthGivenAsARangeAfterTheRotaAreCountedForTheYear() {
        assertThat(ids(posting("【休日】シフト制（月8～9日）"))).contains("few-holidays");
        assertThat(ids(posting("【休日】シフト制（月10日）"))).doesNotContain("few-holidays");
    }

    /** A twenty-sixth trial's posting in Nagoya, with a head office in Tokyo, was held to Tokyo's wage. */
    @Test
    void theWageIsThatOfThePlaceOfWorkNotOfAHeadOfficeNamedBesideIt() {
        // Aichi's own wage (1,140 yen, listed since a twenty-eighth trial) is the one held to, not Tokyo's 1,226
        String nagoya = posting("【勤務地】愛知県名古屋市中区（本社：東京都港区）", "【試用期間】3か月は時給1,150円");
        assertThat(ids(nagoya)).doesNotContain("below-minimum-wage", "below-minimum-wage-anywhere");
        assertThat(flag(nagoya.replace("1,150", "1,050"), "below-minimum-wage").figures()).containsEntry("place_ja", "愛知県");
        // 「京都」 inside 「東京都」 is not another place
        assertThat(ids(posting("【勤務地】東京都内の客先", "【試用期間】3か月は時給1,050円"))).contains("below-minimum-wage");
    }

    @Test
    void aMonthlyBaseBelowTheMinimumOverTheHoursItsDaysOffLeaveIsFlagged() {
        // 165,000 yen over 105 days off (about 173 hours a month) is about 951 yen an hour
        JobPostReading.Flag low = flag(posting("【勤務地】本社", "【給与】月給22万円（固定残業代45時間分5.5万円を含む）", "【休日】年間休日105日"),
                "base-below-minimum-wage-anywhere");
        assertThat(low).isNotNull();
        assertThat(low.figures()).containsEntry("hourly", "951").containsEntry("holidays", "105");
        // the same pay with 125 days off (about 160 hours) is above every prefecture's minimum, though below Tokyo's
        assertThat(ids(posting("【勤務地】本社", "【給与】月給18万円", "【休日】年間休日125日")))
                .doesNotContain("base-below-minimum-wage-anywhere", "base-below-minimum-wage");
        assertThat(ids(posting("【勤務地】東京都新宿区", "【給与】月給18万円", "【休日】年間休日125日"))).contains("base-below-minimum-wage");
        // no days off given: no hours to divide by, nothing said
        assertThat(ids(posting("【勤務地】本社", "【給与】月給16万円"))).doesNotContain("base-below-minimum-wage-anywhere");
    }

    /** 「経歴書は当社の営業がアレンジします」 (a twenty-seventh trial's posting): a firm that writes up your experience for you. */
    @Test
    void aCvArrangedByTheFirmsSalesIsFlagged() {
        assertThat(ids(posting("【その他】経歴書は当社の営業がアレンジしますのでご安心ください。"))).contains("resume-coaching");
    }
}
