package jp.infracareer.install;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.infracareer.kernel.Lang;

/**
 * Which language a page is shown in: {@code ?lang=ja|en} wins, then the browser's {@code Accept-Language}
 * (the highest q-value among Japanese and English; ties go to the one listed first), then Japanese.
 * Anything unknown or malformed is ignored, never echoed.
 */
final class PageLanguage {
    static final Lang DEFAULT = Lang.JA;
    /** RFC 9110's qvalue: 0 to 1 with at most three decimals. */
    private static final Pattern QVALUE = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

    private PageLanguage() {}

    static Lang choose(String langParameter, String acceptLanguage) {
        return fromParameter(langParameter).or(() -> fromAcceptLanguage(acceptLanguage)).orElse(DEFAULT);
    }

    static Optional<Lang> fromParameter(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "ja" -> Optional.of(Lang.JA);
            case "en" -> Optional.of(Lang.EN);
            default -> Optional.empty();
        };
    }

    /** {@code en-US,en;q=0.9,ja;q=0.8} gives English; {@code ja;q=0.5,en;q=0.4} Japanese; {@code en;q=0} nothing. */
    static Optional<Lang> fromAcceptLanguage(String header) {
        if (header == null || header.length() > 1_000) {
            return Optional.empty();
        }
        Lang best = null;
        double bestQ = 0;
        for (String range : header.split(",")) {
            String[] parts = range.split(";");
            Optional<Lang> lang = primaryLanguage(parts[0]);
            double q = quality(parts);
            if (lang.isPresent() && q > bestQ) {
                best = lang.get();
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Lang> primaryLanguage(String tag) {
        String primary = tag.strip().toLowerCase(Locale.ROOT);
        int dash = primary.indexOf('-');
        return fromParameter(dash < 0 ? primary : primary.substring(0, dash));
    }

    /** The q parameter of one language range: 1 when absent, 0 (not acceptable) when malformed. */
    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                String value = parameter.substring(2);
                return QVALUE.matcher(value).matches() ? Double.parseDouble(value) : 0;
            }
        }
        return 1;
    }
}
