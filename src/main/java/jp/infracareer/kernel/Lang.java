package jp.infracareer.kernel;

import java.util.Locale;
import java.util.Optional;

/** The languages the advisor speaks. Japanese first. */
public enum Lang {
    JA("ja"),
    EN("en");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Accepts "ja", "en", "日本語", "英語", "japanese", "english" in any case; empty for anything else. */
    public static Optional<Lang> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "ja", "jp", "japanese", "日本語", "にほんご":
                return Optional.of(JA);
            case "en", "english", "英語", "えいご":
                return Optional.of(EN);
            default:
                return Optional.empty();
        }
    }
}
