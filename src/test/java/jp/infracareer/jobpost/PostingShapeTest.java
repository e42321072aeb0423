package jp.infracareer.jobpost;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The user's lead words before a pasted posting are dropped, and nothing of the posting with them. */
class PostingShapeTest {
    private static final String BODY = "【仕事内容】サーバーの運用・監視\n【必須】Linuxの基本操作\n【給与】月給22万円〜";

    @Test
    void aLeadInLineIsDropped() {
        assertThat(PostingShape.withoutLeadIn("この求人どう思いますか？\n" + BODY)).isEqualTo(BODY);
        assertThat(PostingShape.withoutLeadIn("can you check this job ad\nInfrastructure Engineer\nRequirements: Linux"))
                .isEqualTo("Infrastructure Engineer\nRequirements: Linux");
    }

    // a newcomer trial: the posting pasted on the same line as the question lost its first line
    @Test
    void aPostingOnTheSameLineAsTheQuestionKeepsItsStart() {
        assertThat(PostingShape.withoutLeadIn("この求人どう思いますか？" + BODY)).isEqualTo(BODY);
        assertThat(PostingShape.withoutLeadIn("これどう？ 株式会社サンプル インフラエンジニア（未経験可）\n" + BODY))
                .isEqualTo("株式会社サンプル インフラエンジニア（未経験可）\n" + BODY);
        assertThat(PostingShape.withoutLeadIn("この求人を読んで：株式会社サンプル 運用エンジニア\n" + BODY))
                .isEqualTo("株式会社サンプル 運用エンジニア\n" + BODY);
    }

    @Test
    void aFirstLineThatIsPartOfThePostingIsKept() {
        assertThat(PostingShape.withoutLeadIn("【求人】インフラエンジニア（未経験歓迎）\n" + BODY))
                .startsWith("【求人】インフラエンジニア");
        assertThat(PostingShape.withoutLeadIn("Requirements:\n- Linux\n- TCP/IP\nSalary: 4M yen")).startsWith("Requirements:");
        assertThat(PostingShape.withoutLeadIn("勤務地：東京都港区\n" + BODY)).startsWith("勤務地：東京都港区");
        assertThat(PostingShape.withoutLeadIn("株式会社サンプルはクラウドの会社です。インフラエンジニアを募集します。\n" + BODY))
                .startsWith("株式会社サンプルはクラウドの会社です。");
        // a heading inside the posting's own first line is not where the posting starts (a reviewer's cases)
        assertThat(PostingShape.withoutLeadIn("インフラエンジニア【未経験可】月給25万円〜\n" + BODY)).startsWith("インフラエンジニア【未経験可】");
        assertThat(PostingShape.withoutLeadIn("株式会社ABCでは、サーバーの構築・運用をお任せします。使用技術【Linux, AWS】\n" + BODY))
                .startsWith("株式会社ABCでは、");
        String oneLine = "株式会社ABC インフラエンジニア 仕事内容：サーバーの運用。必須スキル：Linux。【給与】月給25万円。【勤務地】東京";
        assertThat(PostingShape.withoutLeadIn(oneLine)).isEqualTo(oneLine);
        assertThat(PostingShape.withoutLeadIn("Network Engineer <Tokyo, hybrid>\nRequirements: CCNA")).startsWith("Network Engineer");
    }

    @Test
    void aQuestionThatStartsWithASectionWordIsStillTheUsers() {
        assertThat(PostingShape.withoutLeadIn("年収400万って低い？\n" + BODY)).isEqualTo(BODY);
    }

    // newcomer trial 8: a short posting typed on the question's line was taken for a request to paste one, and the
    // console waited for more lines without a word
    @Test
    void aShortPostingAfterTheQuestionIsCarriedAndAQuestionAloneCarriesNone() {
        String line = "この求人ってどうですか？ 【未経験OK】サーバー運用スタッフ 月給21万円〜 夜勤あり 研修1か月";
        assertThat(PostingShape.looksLikePosting(line)).isFalse();
        assertThat(PostingShape.carried(line)).startsWith("【未経験OK】サーバー運用スタッフ");
        assertThat(PostingShape.carried("what do you think of this job ad? Junior infra engineer, salary 3.6M yen, shifts"))
                .startsWith("Junior infra engineer");
        assertThat(PostingShape.carried("この求人どう思う？")).isEmpty();
        assertThat(PostingShape.carried("求人票の読み方を教えてください。未経験歓迎ってどういう意味ですか")).isEmpty();
        assertThat(PostingShape.carried("この求人どう思う？ なんとなく良さそうに見えたんだけど")).isEmpty();
        // a follow-up in the user's own sentence names pay but is no posting
        assertThat(PostingShape.carried("この求人どう思う？ 年収400万って低いと思うんだけど未経験なら普通なのかな")).isEmpty();
    }

    @Test
    void emptyInputIsEmpty() {
        assertThat(PostingShape.withoutLeadIn("")).isEmpty();
        assertThat(PostingShape.withoutLeadIn("  \n ")).isEmpty();
    }
}
