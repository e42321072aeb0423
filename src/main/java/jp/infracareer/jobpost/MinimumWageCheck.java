package jp.infracareer.jobpost;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import jp.infracareer.content.JobPostRules;
import jp.infracareer.recognition.TextNormalizer;

/**
 * Pay below the minimum wage (a twenty-fifth trial's 「試用期間は時給1,100円」 in Tokyo; a twenty-sixth's monthly base of
 * 165,000 yen over 105 days off, about 950 yen an hour): the lowest hourly figure of a posting, and its monthly base pay
 * over the reading's scheduled hours ({@link ScheduledHours}), against the minimum of the place the work is, or of
 * anywhere when that is not a listed place ({@link JobPostRules.MinimumWage}). One per reading: it keeps what it has seen.
 */
final class MinimumWageCheck {
    /**
     * The content's minimum wages with every name normalised once, when the reader is built (they were normalised for
     * each line of each posting).
     */
    record Wages(JobPostRules.MinimumWage wage, Map<JobPostRules.MinimumWage.Place, List<String>> places, List<String> otherPlaces,
            List<String> locationWords) {
        Wages(JobPostRules.MinimumWage wage) {
            this(wage, normalisedPlaces(wage), normalised(wage.otherPlaces()), normalised(wage.locationWords()));
        }

        private static Map<JobPostRules.MinimumWage.Place, List<String>> normalisedPlaces(JobPostRules.MinimumWage wage) {
            Map<JobPostRules.MinimumWage.Place, List<String>> out = new java.util.LinkedHashMap<>();
            wage.places().values().forEach(p -> out.put(p, normalised(p.names())));
            return out;
        }

        private static List<String> normalised(List<String> words) {
            return words.stream().map(TextNormalizer::normalize).toList();
        }
    }

    private final Wages wages;
    private final JobPostRules.MinimumWage wage;
    private final BinaryOperator<String> quote;
    private double lowest = Double.MAX_VALUE;
    private String lowestQuote = "";
    private final StringBuilder location = new StringBuilder();

    MinimumWageCheck(Wages wages, BinaryOperator<String> quote) {
        this.wages = wages;
        this.wage = wages.wage();
        this.quote = quote;
    }

    void read(String line, String normalized) {
        NumberFlags.hourlyPay(normalized).filter(f -> f.value() < lowest).ifPresent(f -> {
            lowest = f.value();
            lowestQuote = quote.apply(line, f.phrase());
        });
        if (wages.locationWords().stream().anyMatch(normalized::contains)) {
            location.append(normalized).append('\n');
        }
    }

    /** An hourly figure below the minimum: the pay, the minimum and where it holds. */
    Optional<JobPostReading.Flag> hourly(String normalizedPosting) {
        if (wage.everywhere() <= 0 || lowest == Double.MAX_VALUE) {
            return Optional.empty();
        }
        Optional<JobPostRules.MinimumWage.Place> place = place(normalizedPosting);
        int minimum = minimum(place);
        if (lowest >= minimum) {
            return Optional.empty();
        }
        Map<String, String> figures = figures(place, minimum);
        figures.put("hourly", String.format("%,d", (int) lowest));
        return Optional.of(new JobPostReading.Flag(place.isPresent() ? "below-minimum-wage" : "below-minimum-wage-anywhere",
                lowestQuote, figures));
    }

    /**
     * A monthly base pay (yen, without fixed overtime) below the minimum once divided by the reading's scheduled hours;
     * only when the posting gives what they come from (its monthly hours or its days off).
     */
    Optional<JobPostReading.Flag> monthly(double baseYen, String baseQuote, String normalizedPosting, ScheduledHours scheduled) {
        if (!scheduled.fromPosting()) {
            return Optional.empty();
        }
        // the hours every other figure of the reading is worked out at (a thirtieth trial's bullets disagreed)
        return below("base-below-minimum-wage", baseYen, baseQuote, normalizedPosting, scheduled);
    }

    /**
     * The pay named for the probation period (「試用期間3か月（月給18万円）」, a thirty-first trial's, checked for the regular
     * pay only) below the minimum: over the posting's scheduled hours when it gives them, else over the most hours a month
     * can be scheduled ({@link ScheduledHours#legalMost}), at which the hourly figure is the highest it can be.
     */
    Optional<JobPostReading.Flag> probation(double yen, String quote, String normalizedPosting, ScheduledHours scheduled) {
        ScheduledHours hours = scheduled.fromPosting() ? scheduled : ScheduledHours.legalMost(scheduled.daily());
        return below("probation-below-minimum-wage", yen, quote, normalizedPosting, hours).map(f -> {
            Map<String, String> figures = new java.util.LinkedHashMap<>(f.figures());
            figures.put("pay", String.format(java.util.Locale.ROOT, yen % 10_000 == 0 ? "%.0f" : "%.1f", yen / 10_000));
            figures.put("pay_yen", String.format(java.util.Locale.ROOT, "%,d", Math.round(yen)));
            return new JobPostReading.Flag(f.id(), f.quote(), figures);
        });
    }

    /**
     * A monthly pay (yen) over {@code scheduled} hours against the places the work may be: each listed one (a posting for
     * sites in Saitama and Tokyo, a thirty-first trial's, was held to Saitama's alone). Below every one: {@code id}, said
     * with the lowest and the places compared; below some only: {@code id-some}, naming which; no listed place: the floor.
     */
    private Optional<JobPostReading.Flag> below(String id, double yen, String quote, String normalizedPosting, ScheduledHours scheduled) {
        if (wage.everywhere() <= 0 || yen <= 0) {
            return Optional.empty();
        }
        double hours = scheduled.hours();
        double perHour = yen / hours;
        List<JobPostRules.MinimumWage.Place> places = places(normalizedPosting);
        List<JobPostRules.MinimumWage.Place> under = places.stream().filter(p -> perHour < p.wage()).toList();
        Optional<JobPostRules.MinimumWage.Place> place = places.stream().findFirst();
        if (places.isEmpty() ? perHour >= wage.everywhere() : under.isEmpty()) {
            return Optional.empty();
        }
        boolean some = under.size() < places.size();
        Map<String, String> figures = figures(some ? Optional.of(under.get(0)) : place, some ? under.get(0).wage() : minimum(place));
        figures.put("base_yen", String.format("%,d", Math.round(yen)));
        figures.put("hours", String.valueOf(Math.round(hours)));
        figures.putAll(scheduled.figures());
        figures.put("hourly", String.format("%,d", (int) Math.floor(perHour)));
        if (places.size() > 1) {
            // each place compared, with its wage, for the sentence that says which ({places_ja}; {above_ja} when some)
            for (String lang : List.of("ja", "en")) {
                figures.put("places_" + lang, listed(places, lang));
                figures.put("below_" + lang, listed(under, lang));
                figures.put("above_" + lang, listed(places.stream().filter(p -> !under.contains(p)).toList(), lang));
            }
        }
        String found = places.isEmpty() ? id + "-anywhere" : some ? id + "-some" : id;
        return Optional.of(new JobPostReading.Flag(found, quote, figures));
    }

    /** Places with their wages, as a list in one language: 「埼玉県（1,141円）・東京都（1,226円）」, "Saitama (1,141 yen), Tokyo (1,226 yen)". */
    private static String listed(List<JobPostRules.MinimumWage.Place> places, String lang) {
        return String.join(lang.equals("ja") ? "・" : ", ", places.stream().map(p -> p.label().get(lang)
                + (lang.equals("ja") ? "（" + String.format("%,d", p.wage()) + "円）" : " (" + String.format("%,d", p.wage()) + " yen)")).toList());
    }

    /**
     * The listed place the work is in: named on the line that says where the work is, or, with no such line naming a
     * place, the only place the posting names (of several listed ones, the lowest wage's); empty when another place is
     * named there (its wage is not listed).
     */
    private Optional<JobPostRules.MinimumWage.Place> place(String normalizedPosting) {
        // two listed places named (勤務地：東京または埼玉): the lower wage, which a pay below is below wherever the work is
        return places(normalizedPosting).stream().findFirst();
    }

    /** Every listed place the work may be in, lowest wage first (as {@link #place}); none when an unlisted one is named. */
    private List<JobPostRules.MinimumWage.Place> places(String normalizedPosting) {
        String where = location.toString();
        boolean locationNamesAPlace = named(where, wages.otherPlaces()) || wages.places().values().stream().anyMatch(n -> named(where, n));
        String text = locationNamesAPlace ? where : normalizedPosting;
        // another place named beside a listed one: held to anywhere's wage. A listed name is taken out first, so that the
        // 「京都」 inside 「東京都」 is not another place
        String rest = text;
        for (List<String> names : wages.places().values()) {
            for (String name : names) {
                rest = rest.replace(name, " ");
            }
        }
        if (named(rest, wages.otherPlaces())) {
            return List.of();
        }
        return wages.places().entrySet().stream().filter(e -> named(text, e.getValue())).map(Map.Entry::getKey)
                .sorted(java.util.Comparator.comparingInt(JobPostRules.MinimumWage.Place::wage)).toList();
    }

    /** Whether the text holds one of the (normalised) names. */
    private static boolean named(String text, List<String> names) {
        return names.stream().anyMatch(text::contains);
    }

    private int minimum(Optional<JobPostRules.MinimumWage.Place> place) {
        return place.map(JobPostRules.MinimumWage.Place::wage).orElse(wage.everywhere());
    }

    private Map<String, String> figures(Optional<JobPostRules.MinimumWage.Place> place, int minimum) {
        Map<String, String> figures = new java.util.LinkedHashMap<>();
        figures.put("minimum", String.format("%,d", minimum));
        figures.put("year", String.valueOf(wage.asOf()));
        // the place as each language's reply names it ({place_ja}, {place_en})
        place.ifPresent(p -> p.label().forEach((lang, name) -> figures.put("place_" + lang, name)));
        return figures;
    }
}
