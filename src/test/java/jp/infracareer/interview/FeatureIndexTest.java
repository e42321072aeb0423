package jp.infracareer.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureIndexTest {
    @Test
    void featuresAreNumberedInTheOrderFirstMetAndReadBack() {
        FeatureIndex index = FeatureIndex.of(List.of(List.of("監視", "w:uptime"), List.of("w:uptime", "障害")));
        assertThat(index.size()).isEqualTo(3);
        assertThat(index.inOrder()).containsExactly("監視", "w:uptime", "障害");
        assertThat(index.id("障害")).isEqualTo(2);
        assertThat(index.id("設計")).isEqualTo(-1);
        assertThat(index.ids(new java.util.LinkedHashSet<>(List.of("障害", "設計", "監視")))).containsExactly(2, 0);
        assertThat(FeatureIndex.ofOrdered(index.inOrder()).inOrder()).containsExactly(index.inOrder());
    }

    @Test
    void halvesOfDifferentSurrogatePairsStayDifferentFeatures() {
        // Japanese features are cuts of two or three UTF-16 units: an emoji or a rare kanji can be cut in half, and
        // UTF-8 would turn both halves into the same replacement character
        String a = "の\uD83D";
        String b = "の\uD83C";
        FeatureIndex index = FeatureIndex.of(List.of(List.of(a, b)));
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.id(b)).isEqualTo(1);
        assertThat(index.id("の\uFFFD")).isEqualTo(-1);
        assertThat(index.inOrder()).containsExactly(a, b);
    }

    @Test
    void anIndexReadBackWithAFeatureListedTwiceIsRefused() {
        assertThatThrownBy(() -> FeatureIndex.ofOrdered(new String[] {"監視", "障害", "監視"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
