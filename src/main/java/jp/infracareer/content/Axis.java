package jp.infracareer.content;

import java.util.Locale;

/** Comparison axes: 業務範囲の広さ, 担当領域, 必要なスキル, キャリアの選択肢, 求められる視点. */
public enum Axis {
    BREADTH,
    DOMAIN,
    SKILLS,
    CAREER,
    VIEWPOINT;

    /** The key used in YAML and in ui.yml ("axis.breadth"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
