package jp.infracareer.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Phone numbers and e-mail addresses found and removed; addresses, prefixes, years and amounts left alone. */
class ContactDetailsTest {

    @ParameterizedTest
    @ValueSource(strings = {"連絡先は090-1234-5678です", "０８０－９８７６－５４３２までお願いします", "携帯 07011112222 に", "call me on +81 90 1234 5678",
            "office: 03-1234-5678", "mail taro.yamada+jobs@example.co.jp please", "メールはhanako_s@mail.example.comです",
            "03(1234)5678まで", "(090)1234-5678", "090.1234.5678", "taro＠example.com", "＋８１ ９０ １２３４ ５６７８", "09012345678@docomo.ne.jp"})
    void contactDetailsAreFoundAndRemoved(String text) {
        assertThat(ContactDetails.present(text)).isTrue();
        String left = ContactDetails.redacted(text, "[…]");
        assertThat(left).contains("[…]");
        assertThat(ContactDetails.present(left)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.168.10.254/24で254台", "2026年に転職しました", "月給240,000円", "10.0.0.1にpingを打ちました",
            "ポート8080と443を開けます", "1234567890という数字", "0.5秒で応答します", "2交代で夜勤を15年", "2023-01-15に入社", "0120-12-34",
            "10.0.0.254と10.0.1.254"})
    void numbersThatAreNoContactDetailsAreLeftAlone(String text) {
        assertThat(ContactDetails.present(text)).isFalse();
        assertThat(ContactDetails.redacted(text, "[…]")).isEqualTo(text);
    }
}
