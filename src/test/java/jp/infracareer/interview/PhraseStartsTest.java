package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every phrase of the bank found wherever it starts in a sentence, by one walk per place. */
class PhraseStartsTest {

    private static List<String> found(PhraseStarts starts, String text) {
        List<String> out = new ArrayList<>();
        starts.scan(text, (ids, start, end) -> {
            for (int id : ids) {
                out.add(id + "@" + start + "-" + end);
            }
        });
        return out;
    }

    @Test
    void findsEveryPhraseWhereverItStartsOverlapsIncluded() {
        PhraseStarts starts = PhraseStarts.of(new String[] {"サーバ", "サーバー", "バー", "監視", "z"});
        assertThat(found(starts, "サーバーを監視")).containsExactly("0@0-3", "1@0-4", "2@2-4", "3@5-7");
        assertThat(found(starts, "xyz")).containsExactly("4@2-3"); // a phrase that ends the text
        assertThat(found(starts, "サー")).isEmpty(); // a phrase cut short is not found
    }

    @Test
    void phrasesSpeltAlikeAreFoundTogetherAndAnEmptyOneNever() {
        PhraseStarts starts = PhraseStarts.of(new String[] {"nat", "", "nat", "dhcp"});
        assertThat(found(starts, "nat and dhcp")).containsExactly("0@0-3", "2@0-3", "3@8-12");
        assertThat(found(starts, "")).isEmpty();
    }

    @Test
    void lettersBeyondTheBasicPlaneAndNoPhrasesAtAll() {
        PhraseStarts starts = PhraseStarts.of(new String[] {"𠮷野家"});
        assertThat(found(starts, "昼は𠮷野家で")).containsExactly("0@2-6");
        assertThat(found(PhraseStarts.of(new String[0]), "anything")).isEmpty();
    }
}
