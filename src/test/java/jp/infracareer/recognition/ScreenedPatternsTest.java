package jp.infracareer.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The texts a regex's every match must hold are read from its source, and never wrongly. */
class ScreenedPatternsTest {
    private static Optional<Set<String>> required(String regex) {
        return RequiredTexts.required(Pattern.compile(regex));
    }

    @Test
    void aSequenceKeepsItsLongestRunOfLiterals() {
        assertThat(required("^(?!.*[「『])[^。]{0,12}(ちょっと|少し)?考えさせて(ください|下さい)?")).contains(Set.of("考えさせて"));
        assertThat(required("\\bcall it a (day|night)\\b")).contains(Set.of("call it a "));
        // the character before a quantifier is not part of the run
        assertThat(required("abc?d")).contains(Set.of("ab"));
    }

    @Test
    void anAlternationNeedsOneOfItsBranches() {
        assertThat(required("(スキップ|パス)(で|でも)(お願い|いい)")).contains(Set.of("スキップ", "パス"));
        assertThat(required("stop|end please")).contains(Set.of("stop", "end please"));
    }

    @Test
    void whatMayBeAbsentRequiresNothing() {
        assertThat(required("(stop)?")).isEmpty();
        assertThat(required("stop|")).isEmpty();
        assertThat(required("[a-z]+")).isEmpty();
        assertThat(required("(?=stop)")).as("a lookahead consumes nothing").isEmpty();
        assertThat(required("(?i)stop")).as("case folded: the text's case is not the source's").isEmpty();
        assertThat(RequiredTexts.required(Pattern.compile("stop", Pattern.CASE_INSENSITIVE))).isEmpty();
        assertThat(required("\\Qa.b\\E")).as("quoting is not read here").isEmpty();
    }

    @Test
    void escapedSignsAreLiteralsAndClassesAreNot() {
        assertThat(required("what\\?$")).contains(Set.of("what?"));
        assertThat(required("a\\db")).contains(Set.of("a"));
        assertThat(required("x[\\]a]yz")).contains(Set.of("yz"));
    }

    @Test
    void aScreenedPatternFindsExactlyWhatItsRegexFinds() {
        String[] regexes = {"(スキップ|パス)(で|でも)(お願い|いい)", "\\b(can|could) we (stop|end)\\b", "^[^a-z0-9]*(stop|end)[^a-z0-9]*$",
            "(?:.*?)(ここで|これで)(やめ|終わ)", "ab{2,}c", "(?<!ござい)ました"};
        String[] texts = {"パスでお願いします", "スキップします", "can we stop now?", "we can stop", "stop!", "ok stop", "ここでやめます",
            "これで終わりにします", "abbc", "abc", "ありがとうございました", "わかりました", ""};
        for (String regex : regexes) {
            Pattern pattern = Pattern.compile(regex);
            ScreenedPatterns<Boolean> screened = ScreenedPatterns.of(java.util.Map.of(pattern, true));
            for (String text : texts) {
                assertThat(screened.any(text)).as(regex + " in " + text).isEqualTo(pattern.matcher(text).find());
            }
        }
        assertThat(RequiredTexts.anyOf(Pattern.compile("ab{2,}c"))).containsExactly("a");
    }

    @Test
    void patternsScreenedTogetherGiveTheFirstOneFoundInTheirOrder() {
        java.util.Map<Pattern, String> ordered = new java.util.LinkedHashMap<>();
        ordered.put(Pattern.compile("(?:.*?)(ここで|これで)(やめ|終わ)"), "end");
        ordered.put(Pattern.compile("(スキップ|パス)(で|でも)(お願い|いい)"), "skip");
        ordered.put(Pattern.compile("^[^a-z]*$"), "no latin"); // nothing required: read over every text
        ordered.put(Pattern.compile("でお願い"), "please");
        ScreenedPatterns<String> patterns = ScreenedPatterns.of(ordered);
        assertThat(patterns.first("パスでお願いします")).contains("skip");
        assertThat(patterns.first("今日はここでやめます")).contains("end");
        assertThat(patterns.first("ok stop")).isEmpty();
        assertThat(patterns.first("ok それでお願い")).contains("please");
        assertThat(patterns.first("はい")).contains("no latin");
        assertThat(patterns.any("")).isTrue();
    }

    /** A single pattern's screen is read from the pattern: it lets through every text the pattern can match. */
    @Test
    void aPatternsScreenPassesOnlyTextsHoldingWhatItNeeds() {
        Pattern setAside = Pattern.compile("^.{1,20}?(の話|のこと)?(じゃなくて|ではなく)[、。\\s]*");
        var screen = RequiredTexts.screen(setAside);
        assertThat(screen.test("ビザの話じゃなくて、派遣と正社員の違いは？")).isTrue();
        assertThat(screen.test("監視ってどんな仕事？")).isFalse();
        // a pattern whose needs are not known screens nothing out
        assertThat(RequiredTexts.screen(Pattern.compile("[。.!！]\\s*")).test("no mark")).isTrue();
    }
}
