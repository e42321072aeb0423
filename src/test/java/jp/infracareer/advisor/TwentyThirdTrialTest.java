package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.UserKey;
import org.junit.jupiter.api.Test;

/**
 * A twenty-third newcomer trial (session 37; a hospital nurse of 33, a forklift operator of 24 in Osaka; about 130
 * messages): asking mid-interview to hear the question again (「質問もっかいいって」「もう一回言ってもらってもいいですか？」),
 * for a break, or to redo an earlier question by request was scored as an answer and the question was gone. Said here
 * in those and other words.
 */
class TwentyThirdTrialTest extends TrialChat {
    TwentyThirdTrialTest() {
        super("trial23");
    }

    @Test
    void askingToHearTheQuestionAgainInCasualOrPoliteWordsRepeatsIt() {
        advisor.command(user, "interview network");
        String first = waiting();
        for (String ask : List.of("ごめんちょっとまって、質問もっかいいって", "いまの質問、もう一回言ってもらってもいいですか？",
                "すみません、質問をもう一回読んでもらえますか")) {
            Reply r = say(ask).get(0);
            assertThat(r.title()).as(ask).isEqualTo(KB.catalog(Lang.JA).ui().text("interview.repeat_title"));
            assertThat(answered()).as(ask).isZero();
            assertThat(waiting()).isEqualTo(first);
        }
    }

    @Test
    void aBreakAskedForKeepsTheQuestionWaitingAndTheNextAnswerIsItsAnswer() {
        advisor.command(user, "interview network");
        String first = waiting();
        for (String ask : List.of("ちょっとだけ休憩してもいいですか？お茶を入れてきます。", "少し待ってください", "トイレに行ってきます",
                "子どもが泣き出したので、少しだけ中断させてください")) {
            Reply r = say(ask).get(0);
            assertThat(r.title()).as(ask).isEqualTo(KB.catalog(Lang.JA).ui().text("interview.paused_title"));
            assertThat(String.valueOf(r.parts())).contains(KB.catalog(Lang.JA).question(first).orElseThrow().question());
            assertThat(answered()).as(ask).isZero();
        }
        say("前職では病棟の看護師として、夜勤中の急変に備えて手順を確認し、上司への報告を欠かさないようにしてきました。");
        assertThat(answered()).isEqualTo(1);
        assertThat(store.get(user).interview().orElseThrow().results().get(0).questionId()).isEqualTo(first);
    }

    @Test
    void anExampleAskedForWithTheQuestionMarkIsShown() {
        // the ending mark is dropped before the patterns read a short message: 「…あります？」 was told the interview tips
        advisor.command(user, "interview network");
        Reply r = say("回答の例とかってあります？").get(0);
        assertThat(r.topic()).isEqualTo("interview/example");
        assertThat(answered()).isZero();
    }

    @Test
    void aBreakInEnglishToo() {
        UserKey en = new UserKey("T", "U-trial23-en");
        advisor.command(en, "lang en");
        advisor.command(en, "interview network");
        for (String ask : List.of("Can I take a short break?", "hold on a sec", "sorry, let me grab some water first",
                "wait, can we stop for a minute? someone is at the door")) {
            Reply r = advisor.message(en, ask, "e" + sent++).replies().get(0);
            assertThat(r.title()).as(ask).isEqualTo(KB.catalog(Lang.EN).ui().text("interview.paused_title"));
        }
        assertThat(store.get(en).interview().orElseThrow().results()).isEmpty();
    }

    @Test
    void answersThatTellOfBreaksOrWaitingAreAnswers() {
        advisor.command(user, "interview network");
        say("疲れたら休憩して気持ちを切り替えます");
        assertThat(answered()).isEqualTo(1);
        say("ちょっと待ってから再起動せず、まず上司に連絡します");
        assertThat(answered()).isEqualTo(2);
    }

    @Test
    void anEarlierQuestionAskedForAgainByRequestIsNotScoredAsTheWaitingOne() {
        advisor.command(user, "interview network");
        say("前職は倉庫でフォークリフトに乗っていて、毎朝の始業点検を手順どおりに続けてきました。");
        say("ネットワークの勉強を始めて、家でルーターの設定を試しています。");
        String third = waiting();
        List<Reply> r = say("いやいや、さっきのは違うねん。1問目の質問もう一回やらせて");
        assertThat(r.get(0).title()).isEqualTo(KB.catalog(Lang.JA).ui().text("interview.retry_later_title"));
        assertThat(answered()).isEqualTo(2);
        assertThat(waiting()).isEqualTo(third);
    }

    @Test
    void askingToDeleteOrWhetherAnswersAreKeptIsOfferedTheDeletion() {
        // 「面接で書いた内容を消したいです」 started a mock interview in the trial
        for (String ask : List.of("面接で書いた回答を消したいです", "さっきの面接の答えって保存されてますか？", "Are my answers stored somewhere?")) {
            Reply r = ask(ask);
            assertThat(r.title()).as(ask).isIn(KB.catalog(Lang.JA).ui().text("forget.offer_title"),
                    KB.catalog(Lang.EN).ui().text("forget.offer_title"));
        }
    }

    @Test
    void theTrialsQuestionsReachTheSectionsThatAnswerThem() {
        assertThat(ask("AWSかCCNAかで迷っています").title()).contains("AWSとCCNA、どちらが先か");
        assertThat(ask("CCNAの勉強を途中でやめてAWSに変えるべき？").title()).contains("AWSとCCNA、どちらが先か");
        assertThat(ask("A YouTuber said only AWS matters, is that true?").title()).contains("AWS or CCNA first?");
        // an age in the twenties: the page's short answer or its section on the twenties says it hardly matters
        assertThat(String.valueOf(ask("26歳ってもう遅いですか？").parts())).contains("20代なら、年齢で不利になることはほとんどありません");
        assertThat(ask("適性の診断やってみたい").topic()).isEqualTo("fit");
        assertThat(ask("最短でインフラエンジニアになるにはどうしたらいい？").topic()).isEqualTo("guide/job-search");
        // "will they ask about my kids?" got the reverse questions; now the section on family questions and fair hiring
        assertThat(ask("面接で子どものお迎えのことを聞かれたらどう答えたらいい？").title()).contains("面接で家族や子どものことを聞かれたら");
        assertThat(ask("就職保証つきのスクールってどうなんですか").topic()).isEqualTo("guide/school");
        assertThat(ask("介護の仕事の経験って面接でアピールになる？").title()).contains("前職の経験の言い換え例");
    }

    @Test
    void aJapanesePostingIsReadInTheLanguageTheUserWrites() {
        // a twenty-third trial's English speaker (JLPT N3) got a Japanese posting's reading in Japanese
        UserKey en = new UserKey("T", "U-trial23-posting");
        advisor.message(en, "Hi, I'm looking for an infrastructure job in Tokyo. What should I check in a posting?", "p1");
        Reply r = advisor.message(en, """
                jobpost
                【募集職種】インフラ運用エンジニア（未経験歓迎）
                【仕事内容】客先常駐でサーバーの運用・監視を担当します
                【勤務時間】シフト制（夜勤あり）
                【給与】月給23万円（固定残業代30時間分を含む）
                """, "p2").replies().get(0);
        assertThat(r.topic()).isEqualTo("jobpost");
        assertThat(String.valueOf(r.parts())).contains(KB.catalog(Lang.EN).ui().text("jobpost.flag.client-site"));
    }

    @Test
    void oneQuestionOfTheLastInterviewAfterAnotherIsPractised() {
        // the interview's own text says 「4問目をもう一回」 can be sent: it got the certificates guide, and after one retry
        // the next found no interview at all
        advisor.command(user, "interview");
        List<String> asked = store.get(user).interview().orElseThrow().questionIds();
        for (int i = 0; i < asked.size(); i++) {
            say("前職では倉庫で毎朝の点検を手順どおりに続け、異常があればすぐ上司に報告していました。その経験を監視の仕事に生かしたいです。");
        }
        assertThat(store.get(user).lastInterview()).isPresent();
        say("4問目をもう一回");
        assertThat(store.get(user).interview().orElseThrow().currentQuestionId()).isEqualTo(asked.get(3));
        say("倉庫では異常に気づいたらまず上司に報告し、手順書に沿って対応していました。");
        say("2問目をもう一度やりたい");
        assertThat(store.get(user).interview().orElseThrow().currentQuestionId()).isEqualTo(asked.get(1));
    }

    @Test
    void aQuestionAboutTheQuizOptionsIsAnsweredWithWhatEachMeans() {
        // "what is the difference of option 2 and 3?" got the stages page in a twenty-third trial
        UserKey en = new UserKey("T", "U-trial23-quiz");
        advisor.command(en, "lang en");
        advisor.command(en, "fit");
        Reply r = advisor.message(en, "what is the difference of option 2 and 3?", "f1").replies().get(0);
        assertThat(r.topic()).isEqualTo("fit");
        assertThat(String.valueOf(r.parts())).contains(KB.catalog(Lang.EN).ui().text("fit.options_explained"))
                .contains(KB.catalog(Lang.EN).fit().questions().get(0).options().get(1).reason());
        assertThat(store.get(en).fit().orElseThrow().next()).isZero();
        advisor.command(user, "fit");
        assertThat(String.valueOf(say("2と3の違いがよくわかりません").get(0).parts()))
                .contains(KB.catalog(Lang.JA).ui().text("fit.options_explained"));
    }

    @Test
    void aThirdRoundsControlsInTheirOwnWordsAreControls() {
        // a factory inspector's and a game-centre worker's words, each scored as an answer in a later round
        advisor.command(user, "interview network");
        for (String pause : List.of("すみません、いったん止めていただけますか", "ちょっとタンマ、10分だけ休憩させて")) {
            assertThat(say(pause).get(0).title()).as(pause).isEqualTo(KB.catalog(Lang.JA).ui().text("interview.paused_title"));
        }
        assertThat(say("どう答えればいいのか、例を見せていただけますか。").get(0).topic()).isEqualTo("interview/example");
        assertThat(answered()).isZero();
        say("前職では工場の品質管理で、手順書どおりに検査して記録を残し、異常はすぐ班長に報告していました。");
        assertThat(answered()).isEqualTo(1);
        // the same course again from its first question: the answered one is in the results, and a new interview starts
        List<Reply> again = say("申し訳ありませんが、この面接は最初からやり直させてください。");
        assertThat(again).extracting(Reply::topic).contains(jp.infracareer.kernel.TopicIds.INTERVIEW_SUMMARY);
        assertThat(answered()).isZero();
        assertThat(store.get(user).interview().orElseThrow().track()).isEqualTo("network");
        assertThat(store.get(user).interview().orElseThrow().index()).isZero();
    }

    @Test
    void aDropoutsQuestionAndAQuizOptionByNumberAreAnswered() {
        assertThat(ask("大学は中退で、フリーターしかしてないけど第二新卒になるの？").title()).contains("中退・フリーターから応募するとき");
        advisor.command(user, "fit");
        assertThat(String.valueOf(say("3番の説明してほしい").get(0).parts())).contains(KB.catalog(Lang.JA).ui().text("fit.options_explained"));
    }

    @Test
    void aQuizNumberWithAFewWordsAfterItIsThatChoice() {
        // 「1 問題なし」 got the newcomer's day page in a twenty-third trial
        advisor.command(user, "fit");
        say("1 全体が見たい");
        assertThat(store.get(user).fit().orElseThrow().next()).isEqualTo(1);
        say("2、どっちかといえば");
        assertThat(store.get(user).fit().orElseThrow().next()).isEqualTo(2);
        // a sentence that starts with a number of its own is not a choice
        say("1日2時間なら勉強できます");
        assertThat(store.get(user).fit().orElseThrow().next()).isEqualTo(2);
    }

    @Test
    void aQuestionSaidToHaveBeenScoredWithoutAnAnswerIsNamedNotScored() {
        // 「え待って、今2問いっきに進んだんだけど？…答えてないっす」 was scored as the next answer in a twenty-third trial
        advisor.command(user, "interview network");
        String first = waiting();
        say("ネットワークの勉強を始めて、家でルーターの設定を試しています。");
        // the answer scored without being one is taken back and its question asked again (session 38)
        List<Reply> r = say("ちょっと待って、今の質問まだ答えてないんだけど");
        assertThat(r.get(0).title()).isEqualTo(KB.catalog(Lang.JA).ui().text("interview.taken_back_title"));
        assertThat(answered()).isZero();
        assertThat(waiting()).isEqualTo(first);
        // an answer that tells of not answering something at work is an answer
        say("前職で電話に答えていない時間があり、上司に相談して当番を決めました。");
        assertThat(answered()).isEqualTo(1);
    }
}
