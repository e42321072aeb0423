package jp.infracareer.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link Records} must do; each implementation's test extends this. */
public abstract class RecordsContract {
    protected abstract Records records();

    @Test
    void valuesAreKeptByGroupAndNameAndReplaced() {
        Records r = records();
        r.put("ws:-:T1", "bot", "one");
        r.put("ws:-:T1", "installer:U1", "who");
        r.put("ws:-:T2", "bot", "two");
        r.put("ws:-:T1", "bot", "one again");
        assertThat(r.get("ws:-:T1", "bot")).hasValue("one again");
        assertThat(r.get("ws:-:T2", "bot")).hasValue("two");
        assertThat(r.get("ws:-:T3", "bot")).isEmpty();
        assertThat(r.group("ws:-:T1")).isEqualTo(Map.of("bot", "one again", "installer:U1", "who"));
    }

    @Test
    void removingANameOrAGroupLeavesTheOthers() {
        Records r = records();
        r.put("ws:-:T1", "bot", "one");
        r.put("ws:-:T1", "settings", "s");
        r.put("ws:-:T2", "bot", "two");
        r.remove("ws:-:T1", "settings");
        assertThat(r.group("ws:-:T1")).isEqualTo(Map.of("bot", "one"));
        r.removeGroup("ws:-:T1");
        assertThat(r.group("ws:-:T1")).isEmpty();
        assertThat(r.get("ws:-:T1", "bot")).isEmpty();
        assertThat(r.get("ws:-:T2", "bot")).hasValue("two");
        r.remove("ws:-:T9", "nothing");
        r.removeGroup("ws:-:T9");
    }

    @Test
    void groupNamesAndValuesAreTakenLiterallyWhateverTheyContain() {
        Records r = records();
        String odd = "../../etc/passwd *?[x] \u0000 改行\n";
        r.put(odd, odd, "日本語の値 \"quoted\" \n");
        assertThat(r.get(odd, odd)).hasValue("日本語の値 \"quoted\" \n");
        assertThat(r.group("ws:-:T1")).isEmpty();
        r.removeGroup(odd);
        assertThat(r.group(odd)).isEmpty();
    }
}
