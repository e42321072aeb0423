package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import org.junit.jupiter.api.Test;

/**
 * A thirty-first newcomer trial (session 42): a factory line leader of 41 in Aichi with a family and a mortgage, typing
 * plain polite phone Japanese, and a former hotel clerk of 34 in Saitama returning after six years of childcare, part-time
 * now, who needs 時短 or remote work at first and mixes in English. Asking whether English helps (「英語力ってインフラの仕事で
 * 武器になりますか？TOEIC780です」, "will I have to answer the phone in English at work?") got the visa page, and so did saying
 * 「いえ、私日本人です😂」 or "Oh no, I'm Japanese, I don't need a visa"; 「基本情報、LPIC、CCNAどれを最初にとればいいですか？」
 * and 「日本語は母国語なので大丈夫です（笑）…で、結局どれ？」 got the exam-language section for non-native speakers twice;
 * a certification allowance (「資格手当ってIT業界にもあるんですか？」「CCNAとかとったら手当はつきますか？」) got the list of
 * reworded past jobs and the exam order; pay on 時短 got the child-nursing-leave section, 「6時間勤務だとその3/4くらい？」 the
 * network role, and 「で、結局SESで時短ってできるの？できないの？」 the downsides of SES; 「RAID1とバックアップの違いを教えてください」
 * got "two topics came close" with three unrelated choices; 「20代の若い子たちについていけるか不安です」 and then 「落ち込んでるわけではない
 * です笑。年下の先輩に教わることになるのが気まずい…班長で教える側だった」 got the same support page with a hotline twice. Said here in those and other words (does TOEIC count, an extra
 * monthly amount for passing LinuC, six hours instead of eight, reduced hours at a client site, a mirror is no backup).
 */
class ThirtyFirstTrialAdvisorTest extends TrialChat {
    ThirtyFirstTrialAdvisorTest() {
        super("trial31-advisor");
    }

    private static String text(Reply r) {
        return r.title() + r.parts();
    }

    @Test
    void englishAsAnAssetForAJapaneseNativeIsNotTheVisaPage() {
        for (String asked : List.of("英語力ってインフラの仕事で武器になりますか？TOEIC780です", "いえ、私日本人です😂…英語って有利になりますか？",
                "TOEICの点数って転職で役に立つ？", "I'm Japanese, I don't need a visa. Does good English help me get an infra job?")) {
            Reply r = ask(asked);
            assertThat(r.data()).as(asked).containsEntry("passage", "guide/background#s13");
        }
        // whether English must be spoken is answered by either section that says it seldom is
        assertThat(ask("will I have to answer the phone in English at work?").data().get("passage"))
                .isIn("guide/background#s3", "guide/background#s13");
        // the trial's order: English first, then the correction that one is Japanese, each answered without the visa
        for (String said : List.of("英語力ってインフラの仕事で武器になりますか？TOEIC780です", "いえ、私日本人です😂…英語って有利になりますか？",
                "will I have to answer the phone in English at work?", "Oh no, I'm Japanese, I don't need a visa")) {
            Reply r = say(said).get(0);
            assertThat(r.topic()).as(said).isNotEqualTo("guide/abroad");
            assertThat(text(r)).as(said).doesNotContain("在留資格").doesNotContain("visa");
        }
        assertThat(text(ask("Oh no, I'm Japanese, I don't need a visa"))).contains("TOEIC");
        // a spouse of a Japanese national still asks about the visa
        assertThat(ask("夫が日本人です。配偶者ビザでインフラエンジニアとして働けますか？").topic()).isEqualTo("guide/abroad");
    }

    @Test
    void aNativeSpeakerAskingWhichExamFirstGetsThePick() {
        String pick = KB.catalog(Lang.JA).guide("certifications").orElseThrow().verdict();
        for (String asked : List.of("基本情報、LPIC、CCNAどれを最初にとればいいですか？", "ITパスポートとLinuCとCCNA、最初に取ればいいのはどれ？",
                "日本語は母国語です。LPICとCCNA、どれを最初に受ければいい？")) {
            Reply r = ask(asked);
            assertThat(r.topic()).as(asked).isEqualTo("guide/certifications");
            assertThat(r.data()).as(asked).containsEntry("detail", "verdict");
            assertThat(text(r)).as(asked).contains(pick.substring(0, 20)).doesNotContain("日本語が母語でない方");
        }
        // the trial's order: the exam-language section is never shown to someone who said Japanese is theirs
        say("基本情報、LPIC、CCNAどれを最初にとればいいですか？");
        Reply r = say("日本語は母国語なので大丈夫です（笑）…で、結局どれ？").get(0);
        assertThat(text(r)).doesNotContain("日本語が母語でない方").contains(pick.substring(0, 20));
    }

    @Test
    void aCertificationAllowanceIsAnsweredAndSentToThePosting() {
        for (String asked : List.of("資格手当ってIT業界にもあるんですか？うちの工場だとフォークリフトとかで…", "CCNAとかとったら手当はつきますか？",
                "LinuC受かったらお給料に何か上乗せされるもんですか", "do you get paid extra for certifications in IT?")) {
            Reply r = ask(asked);
            assertThat(r.data()).as(asked).containsEntry("passage", "guide/certifications#s10");
        }
        // no amount is made up: it differs by company, and the posting or the interview tells
        assertThat(text(ask("CCNAとかとったら手当はつきますか？"))).contains("会社ごとに違い").contains("求人票").doesNotContain("円");
    }

    @Test
    void payOnShorterHoursAndShorterHoursAtAnSesCompanyAreAnswered() {
        for (String asked : List.of("時短勤務…だとお給料ってどれくらい？", "6時間勤務だとその3/4くらい？", "短時間勤務にすると給料ってどれくらい減るの？",
                "if I work 6 hours a day instead of 8, how much is my pay?")) {
            Reply r = ask(asked);
            assertThat(r.data()).as(asked).containsEntry("passage", "guide/background#s14");
        }
        assertThat(text(ask("6時間勤務だとその3/4くらい？"))).contains("4分の3").contains("就業規則");
        for (String asked : List.of("で、結局SESで時短ってできるの？できないの？", "SESで働きながら時短勤務って取れますか",
                "can I do reduced hours while placed at a client by an SES firm?")) {
            Reply r = ask(asked);
            assertThat(r.data()).as(asked).containsEntry("passage", "guide/ses#s9");
        }
        // the right belongs to the employer, whichever site: said with the law behind it, not invented
        assertThat(text(ask("で、結局SESで時短ってできるの？できないの？"))).contains("SES会社").contains("6時間").contains("客先");
        assertThat(KB.catalog(Lang.JA).guide("ses").orElseThrow().facts().toString()).contains("育児・介護休業法 第23条");
    }

    @Test
    void workingUnderYoungerSeniorsIsAnsweredNotConsoled() {
        String support = KB.catalog(Lang.JA).ui().text("feeling.title");
        for (String asked : List.of("20代の若い子たちについていけるか不安です",
                "落ち込んでるわけではないです笑。年下の先輩に教わることになるのが気まずい…班長で教える側だった",
                "年下の人に教わるのってやっぱり気まずいものですか", "will it be weird being taught by younger colleagues at 41?")) {
            Reply r = ask(asked);
            assertThat(r.topic()).as(asked).isNotEqualTo("feeling");
            assertThat(r.data()).as(asked).containsEntry("passage", "guide/age#s7");
        }
        // the trial's order: the second message is not the support page again
        say("20代の若い子たちについていけるか不安です");
        Reply second = say("落ち込んでるわけではないです笑。年下の先輩に教わることになるのが気まずい…班長で教える側だった").get(0);
        assertThat(second.title()).isNotEqualTo(support);
        assertThat(text(second)).contains("班長").contains("教わる");
    }

    @Test
    void raidOneBesideBackupsSaysAMirrorIsNoBackup() {
        for (String asked : List.of("RAID1とバックアップの違いを教えてください", "RAID1にしてればバックアップいらないですよね？",
                "ミラーリングしてあればバックアップは不要ですか", "what's the difference between RAID1 and a backup?")) {
            Reply r = ask(asked);
            assertThat(r.topic()).as(asked).isNotEqualTo("did-you-mean");
            assertThat(text(r)).as(asked).containsAnyOf("バックアップの代わりになりません", "does not replace a backup")
                    .containsAnyOf("ミラーリング", "mirrors");
        }
    }
}
