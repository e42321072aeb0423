package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishVerbsTest {
    @Test
    void theListIsLowerCaseWordsEachOnce() throws Exception {
        var lines = new String(getClass().getClassLoader().getResourceAsStream(EnglishVerbs.RESOURCE).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(lines).hasSizeGreaterThan(300).doesNotHaveDuplicates().allMatch(w -> w.matches("[a-z]+"));
        assertThat(EnglishVerbs.listed()).hasSize(lines.size());
    }

    @Test
    void aVerbIsKnownInItsThirdPersonForms() {
        assertThat(EnglishVerbs.isVerb("translates")).isTrue();
        assertThat(EnglishVerbs.isVerb("queries")).isTrue();
        assertThat(EnglishVerbs.isVerb("pushes")).isTrue();
        assertThat(EnglishVerbs.isVerb("sent")).isTrue();
        assertThat(EnglishVerbs.isVerb("address")).isFalse();
        assertThat(EnglishVerbs.isVerb("dns")).isFalse();
        // "-ss" is not a third-person ending: "pass" is listed, "pas" is not a word
        assertThat(EnglishVerbs.isVerb("class")).isFalse();
    }
}
