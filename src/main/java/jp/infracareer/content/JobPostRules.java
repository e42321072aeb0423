package jp.infracareer.content;

import java.util.List;
import java.util.Map;

/**
 * Cues for reading job postings (content/jobpost.yml), language-neutral. {@code answered}: patterns showing
 * the posting already answers a reverse question ("夜勤は月4回"), by question id; {@code later}: words that promise work
 * for later (「ゆくゆくは」), whose clause names no stage the job starts with; {@code licences}: licences a posting may require
 * (a driving licence for visits to clients); {@code flagPatterns}: findings said with other words between their own
 * words; {@code followUp}: how a question about a posting just read is told apart.
 */
public record JobPostRules(
        Map<String, Map<Integer, List<String>>> roles,
        Map<String, List<String>> sections,
        List<String> required,
        List<String> welcome,
        List<String> certifications,
        Map<String, List<String>> stages,
        Map<String, List<String>> flags,
        List<String> negations,
        List<String> postingWords,
        Map<String, List<String>> answered,
        List<String> later,
        List<String> licences,
        Map<String, FlagPattern> flagPatterns,
        FollowUp followUp,
        MinimumWage minimumWage) {

    public JobPostRules {
        minimumWage = minimumWage == null ? MinimumWage.NONE : minimumWage;
        answered = answered == null ? Map.of() : answered;
        later = later == null ? List.of() : List.copyOf(later);
        licences = licences == null ? List.of() : List.copyOf(licences);
        flagPatterns = flagPatterns == null ? Map.of() : flagPatterns;
        followUp = followUp == null ? FollowUp.NONE : followUp;
    }

    /**
     * A question about the posting the user has just had read ("この求人ってSES？"): {@code refers} are the words that
     * point back at it (この求人, "this job"), {@code near} words that do so only just after the reading
     * (「これってSES？」), {@code aspects} what such a question can ask about, each with its words
     * and the flags of the reading that answer it. The aspects are tried in the file's order. {@code weighty}: the findings
     * that weigh against applying until they are answered, named when the question is whether to apply. {@code dayOnly}:
     * words of a wish for day work, set beside the findings {@code nightFlags} (the posting's night shifts). {@code general}:
     * words that make a question about jobs in general (「派遣とかパートで入るのってアリ？」), not about the posting, when
     * nothing in it points at the posting.
     */
    public record FollowUp(List<String> refers, List<String> near, Map<String, Aspect> aspects, List<String> weighty,
            List<String> decide, List<String> dayOnly, List<String> nightFlags, List<String> general) {
        public static final FollowUp NONE = new FollowUp(List.of(), List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        public FollowUp {
            general = general == null ? List.of() : List.copyOf(general);
            nightFlags = nightFlags == null ? List.of() : List.copyOf(nightFlags);
            dayOnly = dayOnly == null ? List.of() : List.copyOf(dayOnly);
            decide = decide == null ? List.of() : List.copyOf(decide);
            weighty = weighty == null ? List.of() : List.copyOf(weighty);
            refers = refers == null ? List.of() : List.copyOf(refers);
            near = near == null ? List.of() : List.copyOf(near);
            aspects = aspects == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(aspects));
        }
    }

    /**
     * The lowest hourly wage a posting may offer (yen), as revised in fiscal year {@code asOf} ({@code source}): in
     * {@code places} by place id (the names a posting writes it by, and its wage), {@code everywhere} the lowest of any
     * prefecture. A pay below a year's figure is below every later year's too: minimum wages have only risen.
     */
    public record MinimumWage(int asOf, String source, int everywhere, Map<String, Place> places, List<String> otherPlaces,
            List<String> locationWords) {
        public static final MinimumWage NONE = new MinimumWage(0, "", 0, Map.of(), List.of(), List.of());

        /**
         * {@code otherPlaces}: prefectures and cities whose wage is not listed, so that a posting naming one is held to
         * the lowest of any ({@code everywhere}), not to a listed place it names elsewhere (a head office in Tokyo);
         * {@code locationWords}: the labels of the line that says where the work is.
         */
        public MinimumWage {
            otherPlaces = otherPlaces == null ? List.of() : List.copyOf(otherPlaces);
            locationWords = locationWords == null ? List.of() : List.copyOf(locationWords);
            source = source == null ? "" : source;
            places = places == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(places));
        }

        /**
         * A prefecture a posting may name, its minimum wage, the day that wage took effect (ISO date; prefectures revise
         * on different days), and its name as a reply says it (by language code).
         */
        public record Place(List<String> names, int wage, String since, Map<String, String> label) {
            public Place {
                since = since == null ? "" : since;
                names = names == null ? List.of() : List.copyOf(names);
                label = label == null ? Map.of() : Map.copyOf(label);
            }
        }
    }

    /**
     * One thing a question about a posting asks (pay, client sites...): its words, the flags that answer it, and the
     * guide that says more (an id of guides.yml, or none).
     */
    public record Aspect(List<String> words, List<String> flags, String guide) {
        public Aspect {
            guide = guide == null ? "" : guide;
            words = words == null ? List.of() : List.copyOf(words);
            flags = flags == null ? List.of() : List.copyOf(flags);
        }
    }

    /**
     * A finding found by pattern (Java regular expressions on the normalised text): {@code find} says it, and a line
     * that also matches one of {@code unless} says the opposite (「返還不要」) and is not flagged; {@code figures} are
     * named groups of the patterns kept as the finding's figures (the JLPT level a posting names); {@code across} are
     * tried on a sentence and the next one of the same line together, for a finding split over two sentences
     * (「受験費用会社負担。合格後1年以内に退職した場合は全額返還」).
     */
    public record FlagPattern(List<String> find, List<String> unless, List<String> figures, List<String> across) {
        public FlagPattern {
            across = across == null ? List.of() : List.copyOf(across);
            find = find == null ? List.of() : List.copyOf(find);
            unless = unless == null ? List.of() : List.copyOf(unless);
            figures = figures == null ? List.of() : List.copyOf(figures);
        }
    }
}
