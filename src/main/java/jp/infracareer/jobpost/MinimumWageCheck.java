package jp.infracareer.jobpost;

import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import jp.infracareer.content.JobPostRules;
import jp.infracareer.recognition.TextNormalizer;

/**
 * An hourly pay below the minimum wage (「試用期間は時給1,100円」 for work in Tokyo, a twenty-fifth trial): the lowest
 * hourly figure of a posting against the minimum of the place it names, or of anywhere when it names none of
 * {@link JobPostRules.MinimumWage#places}. One per reading: it keeps the lowest figure seen.
 */
final class MinimumWageCheck {
    private final JobPostRules.MinimumWage wage;
    private final BinaryOperator<String> quote;
    private double lowest = Double.MAX_VALUE;
    private String lowestQuote = "";

    MinimumWageCheck(JobPostRules.MinimumWage wage, BinaryOperator<String> quote) {
        this.wage = wage;
        this.quote = quote;
    }

    void read(String line, String normalized) {
        NumberFlags.hourlyPay(normalized).filter(f -> f.value() < lowest).ifPresent(f -> {
            lowest = f.value();
            lowestQuote = quote.apply(line, f.phrase());
        });
    }

    /** The finding, with the pay, the minimum and where it holds ("" for anywhere), when the pay is below it. */
    Optional<JobPostReading.Flag> flag(String normalizedPosting) {
        if (wage.everywhere() <= 0 || lowest == Double.MAX_VALUE) {
            return Optional.empty();
        }
        Optional<JobPostRules.MinimumWage.Place> place = wage.places().values().stream()
                .filter(p -> p.names().stream().map(TextNormalizer::normalize).anyMatch(normalizedPosting::contains)).findFirst();
        int minimum = place.map(JobPostRules.MinimumWage.Place::wage).orElse(wage.everywhere());
        if (lowest >= minimum) {
            return Optional.empty();
        }
        Map<String, String> figures = new java.util.LinkedHashMap<>();
        figures.put("hourly", String.format("%,d", (int) lowest));
        figures.put("minimum", String.format("%,d", minimum));
        figures.put("year", String.valueOf(wage.asOf()));
        // the place as each language's reply names it ({place_ja}, {place_en})
        place.ifPresent(p -> p.label().forEach((lang, name) -> figures.put("place_" + lang, name)));
        return Optional.of(new JobPostReading.Flag(place.isPresent() ? "below-minimum-wage" : "below-minimum-wage-anywhere",
                lowestQuote, figures));
    }
}
