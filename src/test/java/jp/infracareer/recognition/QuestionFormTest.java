package jp.infracareer.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/** How a question asks decides whether it wants a definition, the page's gist or a section's detail. */
class QuestionFormTest {
    private static void all(Lang lang, QuestionForm form, List<String> questions) {
        assertThat(questions).allSatisfy(q -> assertThat(QuestionForm.of(q, lang)).as(q).isEqualTo(form));
    }

    @Test
    void askingWhatATermIsWantsItsDefinition() {
        all(Lang.JA, QuestionForm.DEFINITION, List.of("オンコールってなんですか", "SESの還元率ってなに？", "要件定義とは", "商流が深いってどういう意味？"));
        all(Lang.EN, QuestionForm.DEFINITION, List.of("What is on-call?", "what's AIOps", "What does SES mean?"));
    }

    @Test
    void aVerdictAChoiceOrAnImpressionWantsTheGist() {
        all(Lang.JA, QuestionForm.GIST, List.of("SESってやめたほうがいい？", "45歳女性、事務職20年です。さすがに厳しいですか",
                "CCNAとLPICどっちから？", "38歳未経験ですがインフラエンジニアになれますか？", "夜勤って実際どんな感じ？"));
        all(Lang.EN, QuestionForm.GIST, List.of("Is joining an SES company a bad idea?", "I'm 45. Is it too late for me?",
                "Is self-study enough, or should I pay for a school?", "What is working night shifts actually like?"));
    }

    @Test
    void aQuestionWordOrAPlainYesNoAboutADetailWantsTheSection() {
        // 「何が違う」 asks for the comparison even beside 「どっち」; 「…してもいい？」 asks about that one thing
        all(Lang.JA, QuestionForm.DETAIL, List.of("夜勤ってどのくらいあるの？", "LPICとLinuCって何が違うの？どっち取ればいいかわからん",
                "逆質問で残業時間を聞いても大丈夫？", "DBエンジニア志望なんですけど、オラクルマスターって取る価値は？",
                "勉強のコツある？", "前職の成果は数字で書けって言われるけど、売上とか無い事務職だったんだよね…"));
        all(Lang.EN, QuestionForm.DETAIL, List.of("How much do beginners earn?", "What is the difference between LinuC and LPIC?",
                "Is it OK to ask about overtime in my reverse questions?", "Are there questions I should not ask?",
                "Which infra jobs will still be in demand once AI takes over more work?"));
    }
}
