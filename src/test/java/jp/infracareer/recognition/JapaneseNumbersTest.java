package jp.infracareer.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JapaneseNumbersTest {
    @Test
    void kanjiNumbersOfAHundredOrMoreAreWrittenInDigits() {
        assertThat(JapaneseNumbers.inDigits("二百五十四台です")).isEqualTo("254台です");
        assertThat(JapaneseNumbers.inDigits("月に三千円、千二百円、百二十台")).isEqualTo("月に3000円、1200円、120台");
        // 万 stays, as amounts are written with digits before it: 「三百万円」 reads as 「300万円」 and still holds 万円
        assertThat(JapaneseNumbers.inDigits("年収は三百万円から三百五十万円、一千六百万台")).isEqualTo("年収は300万円から350万円、1600万台");
    }

    @Test
    void wordsThatOnlyLookLikeNumbersStayAsTheyAre() {
        // 十分 is "enough", 千葉 a place, 一つ a count, 百 alone a word of its own (百貨店)
        for (String text : new String[] {"十分に確認します", "千葉の現場", "一つずつ", "百貨店で働いていました", "二十四時間"}) {
            assertThat(JapaneseNumbers.inDigits(text)).isEqualTo(text);
        }
    }
}
