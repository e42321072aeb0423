package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.judge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.content.Rubric;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * A point's topic named in passing ("Web traffic uses port 80", 「DHCPサーバーから割り当てられています」) does not make
 * the point; the same word beside what the point says of it does (rubrics.yml: a concept's {@code weak} and
 * {@code with}).
 */
class TopicWordsTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    private static String label(Lang lang, String question, String concept) {
        return KB.catalog(lang).rubric(question).orElseThrow().concepts().stream().filter(c -> c.id().equals(concept))
                .findFirst().orElseThrow().label();
    }

    @Test
    void aTopicNamedInPassingMakesNoPoint() {
        assertThat(judge(Lang.EN, "nat-scenario", "Most websites are reached over ports 80 and 443.").covered())
                .doesNotContain(label(Lang.EN, "nat-scenario", "port-numbers"));
        assertThat(judge(Lang.JA, "nat-scenario", "Webサイトを見るときは、443番のポートがよく使われます。").covered())
                .doesNotContain(label(Lang.JA, "nat-scenario", "port-numbers"));
        assertThat(judge(Lang.EN, "vlan", "A broadcast goes to every machine on the LAN.").covered())
                .doesNotContain(label(Lang.EN, "vlan", "limits-broadcasts"));
        assertThat(judge(Lang.JA, "cannot-connect", "pingはネットワークの基本的なコマンドです。").covered())
                .doesNotContain(label(Lang.JA, "cannot-connect", "gateway-ping"));
    }

    @Test
    void theSameWordBesideWhatThePointSaysOfItMakesIt() {
        assertThat(judge(Lang.EN, "nat-scenario", "The router keeps track of which PC used which port, so replies find their way back.").covered())
                .contains(label(Lang.EN, "nat-scenario", "port-numbers"));
        assertThat(judge(Lang.JA, "nat-scenario", "ルーターはパソコンごとに別々のポートを割り当てて、戻りの通信を振り分けます。").covered())
                .contains(label(Lang.JA, "nat-scenario", "port-numbers"));
        assertThat(judge(Lang.EN, "vlan", "Each VLAN keeps broadcasts within its own group.").covered())
                .contains(label(Lang.EN, "vlan", "limits-broadcasts"));
        assertThat(judge(Lang.JA, "cannot-connect", "次にデフォルトゲートウェイにpingを打って、ルーターまで届くかを確かめます。").covered())
                .contains(label(Lang.JA, "cannot-connect", "gateway-ping"));
    }

    @Test
    void weakPhrasingsAreSynonymsAndComeWithWordsThatGoWithThem() {
        assertThatThrownBy(() -> new Rubric.Concept("c", "label", List.of("port"), List.of(), List.of("ports"), List.of("track")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rubric.Concept("c", "label", List.of("port"), List.of(), List.of("port"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        Rubric.Concept concept = new Rubric.Concept("c", "label", List.of("port", "tell apart"), List.of(), List.of("port"), List.of("track"));
        assertThat(concept.strong()).containsExactly("tell apart");
        // every language marks the same points' topics (ja and en share ids)
        for (String question : List.of("nat-scenario", "vlan", "cannot-connect")) {
            for (Lang lang : Lang.values()) {
                assertThat(KB.catalog(lang).rubric(question).orElseThrow().concepts()).as(lang.code().toLowerCase(Locale.ROOT) + " " + question)
                        .anyMatch(c -> !c.weak().isEmpty());
            }
        }
    }
}
