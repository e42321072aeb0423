package jp.infracareer.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.kernel.Query;
import jp.infracareer.content.KnowledgeBase;
import org.junit.jupiter.api.Test;

/** The rules behind recognition, each on a phrasing that only that rule decides. */
class TopicRecognizerTest {
    private static final TopicRecognizer recognizer = new TopicRecognizer(KnowledgeBase.load().aliases());

    @Test
    void twoRolesAreComparedInTheOrderNamed() {
        assertThat(recognizer.recognize("サーバーとインフラの違い")).isEqualTo(new Query.Compare("server", "infra"));
        assertThat(recognizer.recognize("network engineer vs cloud engineer")).isEqualTo(new Query.Compare("network", "cloud"));
    }

    @Test
    void hiraganaReadingsOfKanjiTermsAreUnderstood() {
        assertThat(recognizer.recognize("ようけんていぎってなに")).isEqualTo(new Query.StageDetail("requirements"));
        assertThat(recognizer.recognize("こうちくの仕事")).isEqualTo(new Query.StageDetail("build"));
    }

    @Test
    void aReadingFollowedByASmallKanaIsAnotherWord() {
        // かんしゃ (感謝, thanks) is not かんし (監視, monitoring)
        assertThat(recognizer.recognize("かんしゃしてます")).isEqualTo(new Query.Fallback());
    }

    @Test
    void aWeakRoleWordYieldsToAStage() {
        assertThat(recognizer.recognize("サーバー監視ってきつい？")).isEqualTo(new Query.StageDetail("monitoring"));
    }

    @Test
    void aWeakStageWordNeedsAnInfrastructureContext() {
        assertThat(recognizer.recognize("how do I build a website")).isEqualTo(new Query.Fallback());
        assertThat(recognizer.recognize("what happens in the build phase")).isEqualTo(new Query.StageDetail("build"));
    }

    @Test
    void englishTyposWithinOneOrTwoEditsAreTolerated() {
        assertThat(recognizer.recognize("what does a netwrok engineer do")).isEqualTo(new Query.RoleDetail("network"));
        assertThat(recognizer.recognize("secruity engineer")).isEqualTo(new Query.RoleDetail("security"));
    }

    @Test
    void theUmbrellaWordWithAListWordAsksForTheRoles() {
        assertThat(recognizer.recognize("インフラ系の職種って何がある？")).isEqualTo(new Query.Roles());
        assertThat(recognizer.recognize("インフラエンジニアって何？")).isEqualTo(new Query.RoleDetail("infra"));
    }

    @Test
    void abbreviationsNameTheirRoles() {
        assertThat(recognizer.recognize("SREって何する人？")).isEqualTo(new Query.RoleDetail("devops"));
        assertThat(recognizer.recognize("NWエンジニアとDBエンジニア")).isEqualTo(new Query.Compare("network", "database"));
        assertThat(recognizer.recognize("AWSの仕事に興味があります")).isEqualTo(new Query.RoleDetail("cloud"));
    }

    @Test
    void aComparisonWordWithNoRoleIsNotGuessed() {
        assertThat(recognizer.recognize("ReactとVueどっちがいい？")).isEqualTo(new Query.Fallback());
    }
}
