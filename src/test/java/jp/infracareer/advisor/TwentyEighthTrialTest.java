package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.UserKey;
import org.junit.jupiter.api.Test;

/**
 * A twenty-eighth newcomer trial (session 40: a delivery driver of 27 typing short phone messages, a nursery teacher of 34
 * writing long polite messages). 「長い」 got a career tip and 「3行で」 the study tips (one of them says 「3行で書く」), so a
 * page could not be made shorter; 「結局おすすめは？1個だけ」 and 「それってマジ？」 after a page could not be read; a
 * driver's and a nursery teacher's past work found no word about it; 「ちょっとまって 配達いってくる」 was scored as an
 * answer, and a quiz answer that mentions doing something every day left the quiz for the newcomer's day. Said here in
 * those and other words.
 */
class TwentyEighthTrialTest extends TrialChat {
    TwentyEighthTrialTest() {
        super("trial28");
    }

    private String ui(Lang lang, String key) {
        return KB.catalog(lang).ui().text(key);
    }

    @Test
    void aPageJustShownIsMadeShortInShortWordsOrLongOnes() {
        for (String shorter : List.of("長い", "3行で", "長い 3行で", "短くして", "要点だけ", "一言で", "ざっくり", "つまり？", "で？", "それで？")) {
            UserKey u = new UserKey("T", "U-trial28-" + shorter);
            Reply page = advisor.message(u, "未経験の1年目の年収は？", "a").replies().get(0);
            Reply shortened = advisor.message(u, shorter, "b").replies().get(0);
            assertThat(shortened.topic()).as(shorter).isEqualTo(page.topic());
            assertThat(shortened.data()).as(shorter).containsEntry("detail", "shorter");
            assertThat(shortened.parts().toString().split("\n").length).as(shorter).isLessThanOrEqualTo(3);
            assertThat(shortened.parts().toString().length()).as(shorter).isLessThan(page.parts().toString().length());
            // 「詳しく」 then shows all of it
            assertThat(advisor.message(u, "詳しく", "c").replies().get(0).data()).as(shorter).containsEntry("detail", "full");
        }
    }

    @Test
    void aPageOfChoicesIsShortenedToItsOnePickAndTheWholePageToo() {
        say("資格は何から取ればいい？");
        say("詳しく");
        Reply shortened = say("長い").get(0);
        assertThat(shortened.topic()).isEqualTo("guide/certifications");
        assertThat(shortened.parts().toString()).contains(KB.catalog(Lang.JA).guide("certifications").orElseThrow().verdict());
    }

    @Test
    void aTopicNamedBesideTheWordsIsThePageShortened() {
        say("資格は何から取ればいい？");
        Reply shortened = say("いや年収の話 3行にまとめて").get(0);
        assertThat(shortened.topic()).isEqualTo("guide/salary");
        assertThat(shortened.data()).containsEntry("detail", "shorter");
    }

    @Test
    void shorterInEnglishAndWithNothingShownBefore() {
        UserKey en = new UserKey("T", "U-trial28-en");
        advisor.message(en, "How much do newcomers earn in the first year?", "a");
        for (String shorter : List.of("too long", "tl;dr", "shorter please", "in short?")) {
            Reply r = advisor.message(en, shorter, shorter).replies().get(0);
            assertThat(r.topic()).as(shorter).isEqualTo("guide/salary");
            assertThat(r.title()).as(shorter).contains(": the short version");
        }
        Reply nothing = ask("3行で");
        assertThat(nothing.title()).isEqualTo(ui(Lang.JA, "shorter.nothing"));
    }

    @Test
    void oneRecommendationAskedForAfterTheCertificatesPageIsItsPick() {
        say("資格は何から取ればいい？");
        Reply pick = say("結局おすすめは？1個だけ").get(0);
        assertThat(pick.data()).containsEntry("detail", "verdict").containsEntry("guide", "certifications");
        say("資格は何から取ればいい？");
        assertThat(say("おすすめは？").get(0).data()).containsEntry("detail", "verdict");
    }

    @Test
    void doubtingAPageShowsWhereItsFiguresComeFrom() {
        say("未経験の1年目の年収は？");
        Reply sourced = say("それってマジ？").get(0);
        assertThat(sourced.topic()).isEqualTo("guide/salary");
        assertThat(sourced.data()).containsEntry("detail", "doubt");
        var facts = KB.catalog(Lang.JA).guide("salary").orElseThrow().facts();
        assertThat(facts).isNotEmpty();
        assertThat(sourced.parts().toString()).contains(facts.get(0).source()).contains(String.valueOf(facts.get(0).asOf()));
        say("30代後半からでも未経験で転職できますか？");
        Reply age = say("それって本当ですか？").get(0);
        assertThat(age.topic()).isEqualTo("guide/age");
        assertThat(age.data()).containsEntry("detail", "doubt");
        UserKey en = new UserKey("T", "U-trial28-doubt");
        advisor.message(en, "What does a network engineer do?", "a");
        Reply general = advisor.message(en, "is that true?", "b").replies().get(0);
        assertThat(general.parts().toString()).contains(ui(Lang.EN, "doubt.general"));
        // a page without sources does not point to sources at its end
        assertThat(general.context()).isEmpty();
    }

    @Test
    void misreadQuestionsReachTheirPages() {
        assertThat(ask("独学でもいける？").topic()).isEqualTo("guide/school");
        assertThat(ask("独学でいけますか").topic()).isEqualTo("guide/school");
        assertThat(ask("勉強苦手でもCCNAいける？").topic()).isEqualTo("guide/certifications");
        assertThat(ask("未経験でいきなりフルリモ むり？").topic()).isEqualTo("guide/remote");
        assertThat(ask("英語にもできますか？").topic()).isEqualTo("help");
        assertThat(ask("何ができるアプリなのか教えてください").topic()).isEqualTo("help");
    }

    @Test
    void aDriversAndANurseryTeachersPastWorkIsNamed() {
        for (String driver : List.of("宅配ドライバーの経験って役に立つ？", "いや ドライバー 配達 の話")) {
            Reply r = ask(driver);
            assertThat(r.topic()).as(driver).isEqualTo("guide/background");
            assertThat(r.parts().toString()).as(driver).contains("配達");
        }
        String teacher = "保育士として11年働いてきました。保育園での経験はインフラの仕事で活かせるのでしょうか。"
                + "教育・塾講師に近いと考えればよいでしょうか？";
        Reply r = ask(teacher);
        assertThat(r.topic()).isEqualTo("guide/background");
        assertThat(r.parts().toString()).contains("保育");
        UserKey en = new UserKey("T", "U-trial28-pastjob");
        Reply english = advisor.message(en, "I was a delivery driver for five years. Does that experience count?", "a").replies().get(0);
        assertThat(english.parts().toString()).containsIgnoringCase("deliver");
    }

    @Test
    void stepsAwayMidInterviewPause() {
        advisor.command(user, "interview network");
        String first = waiting();
        for (String away : List.of("ちょっとまって 配達いってくる", "ちょっと待ってください、子どもが起きたので", "少し離れます")) {
            assertThat(say(away).get(0).title()).as(away).isEqualTo(ui(Lang.JA, "interview.paused_title"));
        }
        assertThat(answered()).isZero();
        assertThat(waiting()).isEqualTo(first);
        UserKey en = new UserKey("T", "U-trial28-away");
        advisor.command(en, "lang en");
        advisor.command(en, "interview network");
        for (String away : List.of("hold on, my kid just woke up", "brb")) {
            assertThat(advisor.message(en, away, away).replies().get(0).title()).as(away).isEqualTo(ui(Lang.EN, "interview.paused_title"));
        }
        assertThat(store.get(en).interview().orElseThrow().results()).isEmpty();
    }

    @Test
    void aTypedQuizAnswerThatMentionsEveryDayStaysInTheQuiz() {
        advisor.command(user, "fit");
        Reply r = say("人に説明するのは得意だと思います。保護者さんへの説明を毎日してるので").get(0);
        assertThat(r.topic()).isEqualTo("fit");
        assertThat(store.get(user).fit()).isPresent();
    }
}
