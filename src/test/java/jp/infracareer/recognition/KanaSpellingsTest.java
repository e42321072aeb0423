package jp.infracareer.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KanaSpellingsTest {
    private final KanaSpellings kana = new KanaSpellings(Map.of("基本情報", List.of(), "資格", List.of(), "監視", List.of(),
            "LPIC", List.of("えるぴっく")));

    @Test
    void aTermTypedInHiraganaIsWrittenAsTheContentWritesIt() {
        assertThat(kana.spell("きほんじょうほうってむずかしい？")).isEqualTo("基本情報ってむずかしい？");
        assertThat(kana.spell("えるぴっくのしかくをとりたい")).isEqualTo("LPICの資格をとりたい");
        assertThat(kana.spell("夜勤ありのかんしは大変？")).isEqualTo("夜勤ありの監視は大変？");
    }

    @Test
    void aSpellingInsideAnotherWordIsLeftAlone() {
        assertThat(kana.spell("しかくいはこ")).isEqualTo("しかくいはこ");
        assertThat(kana.spell("かんしゃしています")).isEqualTo("かんしゃしています");
        assertThat(kana.spell("監視の仕事")).isEqualTo("監視の仕事");
        // after a kanji, は is the particle, not the start of はけん
        KanaSpellings haken = new KanaSpellings(Map.of("派遣", List.of()));
        assertThat(haken.spell("転職はけんとう中です")).isEqualTo("転職はけんとう中です");
        assertThat(haken.spell("はけんと正社員")).isEqualTo("派遣と正社員");
    }

    @Test
    void textWithNothingToSpellIsReturnedAsItIs() {
        String text = "What does monitoring work involve?";
        assertThat(kana.spell(text)).isSameAs(text);
    }

    @Test
    void everyTermOfTheContentIsReachedFromEachOfItsSpellings() {
        Map<String, List<String>> terms = jp.infracareer.content.KnowledgeBase.load().aliases().kanaSpelled();
        assertThat(terms).isNotEmpty();
        KanaSpellings all = new KanaSpellings(terms);
        terms.forEach((term, spellings) -> {
            String reading = Readings.of(term).chars().mapToObj(c -> String.valueOf((char) (c >= 'ァ' && c <= 'ヶ' ? c - ('ァ' - 'ぁ') : c)))
                    .collect(java.util.stream.Collectors.joining());
            if (spellings.isEmpty()) {
                // a Japanese term: its dictionary reading must be kana the user could type
                assertThat(all.spell(reading + "って？")).as(term + " read as " + reading).isEqualTo(term + "って？");
            }
            spellings.forEach(s -> assertThat(all.spell(s + "って？")).as(term + " spelled " + s).isEqualTo(term + "って？"));
        });
    }
}
