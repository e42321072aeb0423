package jp.infracareer.interview;

import static jp.infracareer.interview.Findings.judge;
import static jp.infracareer.interview.Findings.label;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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

    /** A topic named in passing (credited: false), and the same word beside what the point says of it (true). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "en|nat-scenario|port-numbers|false|Most websites are reached over ports 80 and 443.",
            "ja|nat-scenario|port-numbers|false|Webサイトを見るときは、443番のポートがよく使われます。",
            "en|vlan|limits-broadcasts|false|A broadcast goes to every machine on the LAN.",
            "ja|cannot-connect|gateway-ping|false|pingはネットワークの基本的なコマンドです。",
            "en|nat-scenario|port-numbers|true|The router keeps track of which PC used which port, so replies find their way back.",
            "ja|nat-scenario|port-numbers|true|ルーターはパソコンごとに別々のポートを割り当てて、戻りの通信を振り分けます。",
            "en|vlan|limits-broadcasts|true|Each VLAN keeps broadcasts within its own group.",
            "ja|cannot-connect|gateway-ping|true|次にデフォルトゲートウェイにpingを打って、ルーターまで届くかを確かめます。"})
    void aTopicWordMakesThePointOnlyBesideWhatThePointSaysOfIt(String lang, String question, String concept, boolean credited,
            String sentence) {
        Lang l = Lang.parse(lang).orElseThrow();
        assertThat(judge(l, question, sentence).covered().contains(label(l, question, concept))).as(sentence).isEqualTo(credited);
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
                assertThat(KB.catalog(lang).rubric(question).orElseThrow().concepts()).as(lang.code() + " " + question)
                        .anyMatch(c -> !c.weak().isEmpty());
            }
        }
    }
}
