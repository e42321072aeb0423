package jp.infracareer.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import org.junit.jupiter.api.Test;

/**
 * A thirty-first newcomer trial (session 42): a factory line leader of 41 in Aichi with a family and a mortgage, typing
 * plain polite phone Japanese, and a former hotel clerk of 34 in Saitama returning after six years of childcare, part-time
 * now, who needs 時短 or remote work at first and mixes in English. 「RAID1とバックアップの違いを教えてください」 got "two
 * topics came close" with three unrelated choices. Said here in those and other words.
 */
class ThirtyFirstTrialAdvisorTest extends TrialChat {
    ThirtyFirstTrialAdvisorTest() {
        super("trial31-advisor");
    }

    private static String text(Reply r) {
        return r.title() + r.parts();
    }

    @Test
    void raidOneBesideBackupsSaysAMirrorIsNoBackup() {
        for (String asked : List.of("RAID1とバックアップの違いを教えてください", "RAID1にしてればバックアップいらないですよね？",
                "ミラーリングしてあればバックアップは不要ですか", "what's the difference between RAID1 and a backup?")) {
            Reply r = ask(asked);
            assertThat(r.topic()).as(asked).isNotEqualTo("did-you-mean");
            assertThat(text(r)).as(asked).containsAnyOf("バックアップの代わりになりません", "does not replace a backup")
                    .containsAnyOf("ミラーリング", "mirrors");
        }
    }
}
