package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.TopicIds;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.CaffeineConversationStore;
import org.junit.jupiter.api.Test;

/**
 * Questions the eighth newcomer trial (session 26) asked that fell through, in other words than the trial's: remote
 * work (the roles list, the pay page or the help page), whether exams can be taken in English (the roles list), and a
 * short posting typed after the question (the console waited for more lines).
 */
class EighthTrialQuestionsTest {
    private final Advisor advisor = new Advisor(KnowledgeBase.load(), new CaffeineConversationStore(100, Duration.ofDays(1),
            com.github.benmanes.caffeine.cache.Ticker.systemTicker()), Lang.JA);
    private int users;

    private Reply ask(String text) {
        return advisor.message(new UserKey("T", "E" + users++), text, "m" + users).replies().get(0);
    }

    @Test
    void remoteWorkHasAnAnswerOfItsOwn() {
        for (String q : new String[] {"インフラの仕事って家で働けるようになりますか？", "テレワークのできる職場に入りたいです",
                "Is working from home realistic in my first infra job?", "remote work for beginners?"}) {
            assertThat(ask(q).topic()).as(q).isEqualTo(TopicIds.guide("remote"));
        }
    }

    @Test
    void askingWhetherExamsCanBeTakenInEnglishIsToldWhich() {
        // the certifications page's section on exam languages, or the Japanese-level answer: both name them
        Reply r = ask("Can I take the certification exams in English?");
        assertThat(r.toString()).contains("CCNA").contains("Japanese only");
        assertThat(ask("I'm not fluent in Japanese yet. Which jobs could I apply for?").toString()).contains("Japanese only");
        assertThat(ask("資格の試験は英語で受験できますか？").toString()).contains("日本語だけ");
    }

    // 「34歳って遅すぎますか？」 got only the section on what changes with age (the discouraging part), the SES 「罠？」 how
    // SES works: a question asking a guide for its verdict gets the guide's short answer, which gives it first
    @Test
    void aQuestionAskingForAGuidesVerdictGetsItsAnswerNotOneSection() {
        for (String[] q : new String[][] {{"36歳です。年齢的にもう遅すぎますか？それがいちばん心配です", "age"},
                {"最初に取る資格はCCNAとLinuCとAWSならどれがいいですか？", "certifications"}}) {
            Reply r = ask(q[0]);
            assertThat(r.topic()).as(q[0]).isEqualTo(TopicIds.guide(q[1]));
            assertThat(r.data()).as(q[0]).doesNotContainKey("passage");
        }
    }

    @Test
    void aShortPostingTypedAfterTheQuestionIsRead() {
        Reply r = ask("この求人どうですか？ 【未経験可】ネットワーク運用エンジニア 月給23万円〜 夜勤あり（月6回） 客先常駐あり 研修1か月 資格取得支援制度あり");
        assertThat(r.topic()).isEqualTo(TopicIds.JOBPOST);
        assertThat(r.toString()).contains("「客先常駐あり」");
        // a posting that says it allows remote work is still read as the posting, not answered with the remote-work guide
        Reply remote = ask("この求人ってどうですか？ 【未経験可】監視オペレーター 月給22万円〜 リモート可 夜勤あり 研修2週間");
        assertThat(remote.topic()).isEqualTo(TopicIds.JOBPOST);
    }

    @Test
    void everyGuidePhraseNamesAGuide() {
        assertThat(KnowledgeBase.load().aliases().guidePhrases().keySet()).isNotEmpty()
                .isSubsetOf(jp.infracareer.kernel.GuideIds.ALL);
    }

    @Test
    void askingForRepliesInEnglishIsNotAQuestionAboutTheJapaneseLevel() {
        assertThat(ask("Can you reply in English?").data()).doesNotContainEntry("not_covered", "japanese-level");
    }
}
