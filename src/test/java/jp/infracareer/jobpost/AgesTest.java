package jp.infracareer.jobpost;

import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.recognition.TextNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A posting's upper age and the age a user gives, read from words (0 = none read). */
class AgesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            【応募資格】35歳以下（長期キャリア形成のため） | 35
            30才未満の方 | 29
            40歳くらいまで | 40
            Applicants under 35 (career development) | 34
            aged 29 or younger | 29
            入社後1年以内に退職した場合 | 0
            月給22万円、賞与年2回 | 0
            Overtime: under 20 hours a month | 0
            Applicants under 30 years of age | 29
            """)
    void theUpperAgeOfAPosting(String line, int max) {
        assertThat(Ages.limit(TextNormalizer.normalize(line)).map(f -> (int) f.value()).orElse(0)).isEqualTo(max);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            おれ38なんだけど、この求人って応募しても無駄？ | 38
            私は41歳です。応募できますか | 41
            I'm 41, can I apply to this? | 41
            I am 29 years old. Is this posting OK? | 29
            私は22万円ほしいです | 0
            I'm 30 hours a week on study | 0
            35歳以下って書いてあるけど大丈夫？ | 0
            30歳と40歳ならどっちが有利？ | 0
            """)
    void theAgeAUserGives(String text, int age) {
        assertThat(Ages.stated(TextNormalizer.normalize(text)).orElse(0)).isEqualTo(age);
    }
}
