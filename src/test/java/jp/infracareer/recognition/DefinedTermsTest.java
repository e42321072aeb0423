package jp.infracareer.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.infracareer.content.Passage;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/** A passage defines the terms it writes as definitions, not every term it mentions. */
class DefinedTermsTest {
    @Test
    void definitionsAreReadFromBulletsSentencesAndHeadings() {
        Passage ja = new Passage("guide/x", "s1", "オンコール（呼び出し待機）とは",
                "オンコールとは、当番として待機することです。還元率の開示も確かめましょう。",
                List.of("還元率：単価のうち給与に回る割合", "待機中の給与も確認する"));
        assertThat(DefinedTerms.of(ja, Lang.JA)).contains("オンコール（呼び出し待機）", "オンコール", "還元率")
                .noneMatch(t -> t.contains("待機中"));
        Passage en = new Passage("guide/x", "s1", "What on-call means",
                "Using AI in operations is called AIOps. The rota is set weekly.", List.of("Red flags: no training at all"));
        assertThat(DefinedTerms.of(en, Lang.EN)).contains("on-call means", "AIOps", "Red flags")
                .noneMatch(t -> t.contains("rota"));
    }
}
