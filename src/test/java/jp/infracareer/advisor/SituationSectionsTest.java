package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.CaffeineConversationStore;
import org.junit.jupiter.api.Test;

/**
 * Situations a fourteenth newcomer trial asked about that had no section (session 32): what is bad about SES, a computer
 * to study on, jobs outside the capital, new graduates against mid-career hiring, a factory job's experience. Asked in
 * other words than the trial's and than asked.yml's.
 */
class SituationSectionsTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();
    private final CaffeineConversationStore store = new CaffeineConversationStore(100, Duration.ofDays(1),
            com.github.benmanes.caffeine.cache.Ticker.systemTicker());
    private final Advisor advisor = new Advisor(KB, store, Lang.JA);
    private int users;

    private Reply ask(String text) {
        return advisor.message(new UserKey("T", "U-s" + users++), text, "m" + text.hashCode()).replies().get(0);
    }

    @Test
    void theDownsidesOfSesHaveASectionOfTheirOwn() {
        Reply ja = ask("SESで働くデメリットって何がありますか");
        assertThat(ja.topic()).isEqualTo("guide/ses");
        assertThat(ja.title()).contains("デメリット");
        Reply en = ask("what are the disadvantages of SES work?");
        assertThat(en.title()).contains("downsides");
    }

    @Test
    void aComputerToStudyOnIsAnsweredWithWhatItNeeds() {
        Reply ja = ask("パソコンを持っていないのですが、スマホで勉強しても大丈夫？");
        assertThat(ja.topic()).isEqualTo("guide/roadmap");
        assertThat(ja.title()).contains("パソコン");
        assertThat(ja.parts().toString()).contains("8GB");
        Reply en = ask("Is a smartphone enough for studying, or do I need a PC?");
        assertThat(en.title()).contains("computer");
    }

    @Test
    void jobsOutsideTheCapitalAndNewGraduatesAreTheJobSearchGuidesSections() {
        Reply local = ask("東京以外だとインフラの仕事は少ないですか？");
        assertThat(local.topic()).isEqualTo("guide/job-search");
        assertThat(local.title()).contains("地方");
        Reply student = ask("いま大学3年で就活中です。新卒でインフラに入るなら何を比べればいい？");
        assertThat(student.title()).contains("新卒");
        Reply en = ask("As a new graduate, how is hiring different from mid-career?");
        assertThat(en.title()).contains("新卒");
    }

    @Test
    void aFactoryJobIsToldHowItCarriesOver() {
        Reply ja = ask("製造ラインで10年働いてきました。その経験はITで活かせますか");
        assertThat(ja.topic()).isEqualTo("guide/background");
        assertThat(ja.parts().toString()).contains("製造");
    }

    @Test
    void daytimeOnlyWorkAndACareerGapHaveAnswersOfTheirOwn() {
        // a fifteenth trial: 「9時から17時しか無理」 got the shift timetable, a five-year gap a salary menu, then the roles list
        Reply day = ask("親の介護があって、夕方までしか働けません。夜勤なしのインフラの仕事はありますか");
        assertThat(day.topic()).isEqualTo("guide/other-entries");
        assertThat(day.title()).contains("日勤だけ");
        assertThat(ask("Is there any infrastructure work I can do on day shifts only?").title()).contains("daytime");
        Reply gap = ask("3年間ブランクがあるのですが、面接ではどう言えばいいでしょうか");
        assertThat(gap.topic()).isEqualTo("guide/background");
        assertThat(gap.parts().toString()).contains("例");
        assertThat(ask("How should I explain my employment gap to an interviewer?").title()).contains("gap");
    }

    @Test
    void theLengthOfTheAwsFreePlanIsTheBudgetSection() {
        // 「AWSの無料枠って何ヶ月？」 got the cloud role page
        Reply ja = ask("AWSの無料利用枠はどれくらいの期間使えますか");
        assertThat(ja.topic()).isEqualTo("guide/portfolio");
        assertThat(ja.parts().toString()).contains("6か月");
    }

    @Test
    void payWithITExperienceFromAnotherRoleIsNotTheBeginnersRange() {
        // a fifteenth trial's tester of six years was told a newcomer's first-year pay
        Reply ja = ask("開発会社でテストを4年担当してきました。インフラ職に移ったら年収はどれくらいですか");
        assertThat(ja.topic()).isEqualTo("guide/salary");
        assertThat(ja.title()).contains("IT経験がある場合");
        assertThat(ask("With four years of help desk work behind me, what pay can I expect in infrastructure?").title())
                .contains("IT experience");
    }

    @Test
    void aThankYouNoteAfterAnInterviewIsTheJobSearchGuidesSection() {
        // a sixteenth trial's 「お礼のメールとか？」 fell through, and "interview" in such a question started a mock one
        Reply ja = ask("面接後にお礼メールを出すべきか迷ってます");
        assertThat(ja.topic()).isEqualTo("guide/job-search");
        assertThat(ja.title()).contains("お礼");
        Reply en = ask("Is sending a thank-you note after an interview expected in Japan?");
        assertThat(en.topic()).isEqualTo("guide/job-search");
        assertThat(en.title()).contains("thank-you");
    }

    @Test
    void aPayDropAskedWithTodaysTakeHomeIsTheSectionOnPayFromAnotherJob() {
        // a sixteenth trial's 「いま手取り20万くらい」 got the section for people paid in another country's money
        Reply drop = ask("今の手取りが19万なんですが、インフラに転職したら給料は減りますか");
        assertThat(drop.topic()).isEqualTo("guide/salary");
        assertThat(drop.title()).contains("下がるか");
        Reply rupees = ask("インドでルピーでもらっている給料は日本の給料とどう比べればいい？");
        assertThat(rupees.title()).contains("自分の国");
    }

    @Test
    void moneyWhileStudyingAfterQuittingIsPublicTraining() {
        // a sixteenth trial's 「お金もらえる制度ある？」 got the section warning about free schools
        Reply ja = ask("会社を辞めて学校に行く間、国からお金が出る仕組みってある？");
        assertThat(ja.title()).contains("ハロートレーニング");
        Reply en = ask("Is there any money from the government if I leave my job to go to school?");
        assertThat(en.topic()).isEqualTo("guide/school");
        assertThat(en.title()).doesNotContain("free");
    }

    @Test
    void aSpouseVisaIsToldItPutsNoLimitOnTheWork() {
        // a sixteenth trial's spouse-visa holder got the work visa's rules, then "outside what this guide covers"
        Reply en = ask("I married a Japanese citizen and have the spouse status. Can I take any IT job with it?");
        assertThat(en.topic()).isEqualTo("guide/abroad");
        assertThat(en.title()).contains("spouse");
        Reply ja = ask("永住権を持っているんですが、エンジニアになるのにビザの変更っていりますか");
        assertThat(ja.title()).contains("永住者");
    }

    @Test
    void studyAroundNightShiftsAndJobsInEnglishHaveSectionsOfTheirOwn() {
        // left by a sixteenth trial: a care worker on nights asked for a study plan that fits them, a line leader with
        // N3 Japanese for employers where English is enough; both got pages that did not speak to them
        Reply nights = ask("介護で夜勤が月8回あります。勉強の計画ってどう立てたらいいですか");
        assertThat(nights.topic()).isEqualTo("guide/night-shift");
        assertThat(nights.title()).contains("勉強");
        assertThat(ask("I do night shifts at a hospital, how can I plan my study time around them?").title()).contains("Studying");
        Reply english = ask("Are there infrastructure jobs in Japan where I can work in English?");
        assertThat(english.topic()).isEqualTo("guide/abroad");
        assertThat(english.title()).contains("English");
        assertThat(ask("日本語が苦手なので、英語で働ける会社を探したいです").title()).contains("英語");
    }

    @Test
    void newGraduatesAndAChangeOfStatusHaveSectionsOfTheirOwn() {
        // a seventeenth trial's student asked about training and starting pay and got the mid-career salary page; its ALT
        // asked about changing his status and got the spouse-visa section
        Reply training = ask("新卒で入社したら研修ってどのくらいあるの？");
        assertThat(training.topic()).isEqualTo("guide/salary");
        assertThat(training.title()).contains("新卒");
        assertThat(ask("What do new graduates earn in their first month in Japan?").title()).contains("new graduate");
        Reply status = ask("I'm here on a student visa. Do I have to change it before starting an IT job?");
        assertThat(status.topic()).isEqualTo("guide/abroad");
        assertThat(status.title()).contains("another status");
        assertThat(ask("今は留学生なんですが、インフラの会社に就職が決まったらビザはどうなりますか").title()).contains("在留資格");
    }

    @Test
    void pingAndTracerouteAreDefined() {
        // a sixteenth trial asked which protocol traceroute uses and got the list of roles
        Reply trace = ask("tracerouteってどういう仕組みなんですか？");
        assertThat(trace.topic()).isEqualTo("glossary/traceroute");
        assertThat(trace.parts().toString()).contains("TTL");
        assertThat(ask("What is ping?").topic()).isEqualTo("glossary/ping");
    }

    @Test
    void womenInTheWorkHaveASectionOfTheirOwn() {
        // a sixteenth trial's 「女性でもインフラエンジニアやってる人いますか？」 got the role page's list of who suits it
        Reply ja = ask("女の人でもサーバーの仕事ってできますか");
        assertThat(ja.title()).contains("女性");
        Reply en = ask("As a woman, will I be OK in an infra job?");
        assertThat(en.title()).contains("Women");
    }

    @Test
    void aShortAsideBeforeARequestIsReadPast() {
        // 「あ、スペルミスった。TCPとUDPの質問で練習したい」 fell through as a whole
        UserKey user = new UserKey("T", "U-aside");
        advisor.message(user, "うわ、打ち間違えた。DNSの質問で練習したい", "m-aside");
        assertThat(store.get(user).interview().orElseThrow().questionIds()).containsExactly("dns");
        // nothing understood after the aside either: still not understood
        assertThat(ask("うわ、しまった。qwertyuiop").topic()).isEqualTo("fallback");
    }
}
