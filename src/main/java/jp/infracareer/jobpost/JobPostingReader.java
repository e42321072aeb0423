package jp.infracareer.jobpost;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.infracareer.content.JobPostRules;
import jp.infracareer.jobpost.JobPostReading.Evidence;
import jp.infracareer.jobpost.JobPostReading.Flag;
import jp.infracareer.jobpost.JobPostReading.Status;
import jp.infracareer.recognition.PhraseMatcher;
import jp.infracareer.recognition.TextNormalizer;

/**
 * Reads a pasted job posting the way the seed article teaches: look at the job description, the
 * technologies and the required skills, not the title. Scores each role from the words each line uses
 * (job-description lines count most, benefits lines least), decides infra vs server by breadth, and
 * collects the stages, the flags a newcomer should notice and the lines that show all of it.
 */
public final class JobPostingReader {
    /** TITLE: what the posting calls the job, never read as evidence of what the job is. */
    enum Section { TITLE, DUTIES, TECH, SKILLS, OTHER }

    /** Stages of a job that only watches and runs systems: the usual entry-level operations job. */
    static final Set<String> OPERATIONS_STAGES = Set.of("monitoring", "operations", "maintenance");
    /** The longest first line still taken for a title when the posting has no title heading. */
    private static final int MAX_TITLE = 60;
    /** How many opening lines may be a title and the user's lead words. */
    private static final int OPENING_LINES = 2;

    static final List<String> ROLE_ORDER = List.of("infra", "server", "network", "cloud", "database", "security", "devops");
    static final List<String> STAGE_ORDER = List.of("requirements", "design", "build", "maintenance", "operations", "monitoring");
    /** Domains whose presence beside servers makes a job "the whole foundation". */
    static final List<String> BREADTH = List.of("network", "cloud", "database", "security");
    private static final int MIN_CHARS = 30;
    private static final int MAX_QUOTE = 100;
    private static final int MAX_EVIDENCE_PER_SECTION = 6;
    private static final String THIN_TRAINING = "thin-training";
    /** 「ママさんエンジニア活躍中」: said only beside fixed overtime of at least this many hours a month (about an hour a day). */
    private static final String FAMILY_CLAIM = "family-claim";
    private static final int FAMILY_OVERTIME_HOURS = 20;
    /** Working days a month that fixed overtime is spread over, to say it per day. */
    private static final double WORKING_DAYS = 20;
    /** A label opening a line (「仕事内容：」「【仕事内容】」): the same duty said under it and again without it is one line. */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("^(【[^】]{1,12}】|[^:：、。]{1,12}[:：])\\s*");

    private record RoleTerm(String role, int weight) {}

    private final PhraseMatcher<RoleTerm> roleTerms = new PhraseMatcher<>();
    private final PhraseMatcher<Section> headings = new PhraseMatcher<>();
    private final PhraseMatcher<String> stageTerms = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> laterWords = new PhraseMatcher<>();
    private final PhraseMatcher<String> flagTerms = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> requiredWords = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> welcomeWords = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> certificationTerms = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> licenceTerms = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> postingWords = new PhraseMatcher<>();
    private final List<String> negations;
    private final Map<String, List<java.util.regex.Pattern>> answeredBy = new LinkedHashMap<>();
    /** Findings found by pattern (jobpost.yml flag_patterns), by flag: what says it, and what says the opposite. */
    private final Map<String, Finder> flagPatterns = new LinkedHashMap<>();

    /** One flag's patterns compiled: each of {@code find} alone, as two may name the same group. */
    private record Finder(List<java.util.regex.Pattern> find, java.util.Optional<java.util.regex.Pattern> unless, List<String> figures,
            List<java.util.regex.Pattern> across) {
        static Finder of(JobPostRules.FlagPattern p) {
            return new Finder(p.find().stream().map(java.util.regex.Pattern::compile).toList(),
                    p.unless().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(java.util.regex.Pattern.compile(String.join("|", p.unless()))),
                    p.figures(), p.across().stream().map(java.util.regex.Pattern::compile).toList());
        }
    }
    /** The flags in the order a reader should see them: the follow-up aspect "overall" lists them, worst first. */
    private final List<String> flagOrder;

    public JobPostingReader(JobPostRules rules) {
        rules.roles().forEach((role, groups) -> groups.forEach((weight, words) ->
                words.forEach(w -> roleTerms.add(w, new RoleTerm(role, weight)))));
        rules.sections().forEach((kind, words) ->
                words.forEach(w -> headings.add(w, Section.valueOf(kind.toUpperCase(java.util.Locale.ROOT)))));
        rules.stages().forEach((stage, words) -> words.forEach(w -> stageTerms.add(w, stage)));
        rules.later().forEach(w -> laterWords.add(w, true));
        rules.flags().forEach((flag, words) -> words.forEach(w -> flagTerms.add(w, flag)));
        rules.required().forEach(w -> requiredWords.add(w, true));
        rules.welcome().forEach(w -> welcomeWords.add(w, true));
        rules.certifications().forEach(w -> certificationTerms.add(w, true));
        rules.licences().forEach(w -> licenceTerms.add(w, true));
        rules.postingWords().forEach(w -> postingWords.add(w, true));
        negations = rules.negations().stream().map(TextNormalizer::normalize).toList();
        rules.answered().forEach((question, patterns) ->
                answeredBy.put(question, patterns.stream().map(java.util.regex.Pattern::compile).toList()));
        rules.flagPatterns().forEach((flag, p) -> flagPatterns.put(flag, Finder.of(p)));
        JobPostRules.Aspect overall = rules.followUp().aspects().get("overall");
        flagOrder = overall == null ? List.of() : overall.flags();
        minimumWages = new MinimumWageCheck.Wages(rules.minimumWage());
    }

    /** The minimum wages pay is compared with, their names normalised once. */
    private final MinimumWageCheck.Wages minimumWages;

    public JobPostReading read(String text) {
        String all = TextNormalizer.normalize(text == null ? "" : text);
        if (all.replace(" ", "").length() < MIN_CHARS) {
            return JobPostReading.unread(Status.TOO_SHORT);
        }
        Map<String, Double> score = new HashMap<>();
        Map<Section, List<Evidence>> evidence = new EnumMap<>(Section.class);
        Set<String> stages = new LinkedHashSet<>();
        Set<String> later = new LinkedHashSet<>();
        Map<String, Flag> flags = new LinkedHashMap<>();
        ProbationPay pay = new ProbationPay();
        DaysOff holidays = new DaysOff();
        MinimumWageCheck wage = new MinimumWageCheck(minimumWages, JobPostingReader::quote);
        Double monthlyHours = null;
        Double dailyHours = null;
        Section section = Section.DUTIES;
        String sectionHeading = "";
        boolean sawHeading = false;
        int opening = 0;
        int titleLinesLeft = 0;
        Set<String> quoted = new java.util.HashSet<>();
        var decade = new java.util.concurrent.atomic.AtomicReference<Flag>();
        var workingHours = new java.util.concurrent.atomic.AtomicReference<Flag>();

        for (Segment segment : segments(text == null ? "" : text)) {
            String line = segment.text().strip();
            String normalized = TextNormalizer.normalize(line);
            if (normalized.isEmpty()) {
                continue;
            }
            var heading = heading(line, normalized);
            if (heading != null) {
                section = heading;
                sectionHeading = normalized;
                sawHeading = true;
                // 「【募集職種】インフラエンジニア」 is the title; a bare 「【募集職種】」 has it on the next line
                titleLinesLeft = heading == Section.TITLE && bare(normalized) ? 1 : 0;
            } else if (!sawHeading && opening < OPENING_LINES && isTitle(line, normalized)) {
                // the short lines that open a posting, before any heading, are its title (and the user's lead
                // words): 「インフラエンジニア（構築・運用）」 says what the job is called, the duties what it is
                section = Section.TITLE;
            } else if (section == Section.TITLE && titleLinesLeft > 0) {
                titleLinesLeft--;
            } else if (section == Section.TITLE) {
                section = Section.DUTIES;
            }
            opening++;
            double weight = switch (section) {
                case DUTIES -> 1.5;
                case TECH, SKILLS -> 1.0;
                case OTHER, TITLE -> 0.3;
            };
            Set<String> rolesOnLine = new LinkedHashSet<>();
            for (var m : roleTerms.find(normalized)) {
                score.merge(m.value().role(), m.value().weight() * weight, Double::sum);
                rolesOnLine.add(m.value().role());
            }
            // a title counts a little toward the roles (as much as a benefits line) and never as stages or quotes
            if (section != Section.OTHER && section != Section.TITLE && !(heading != null && bare(normalized))) {
                // 「監視からスタートし、ゆくゆくは構築も」: work promised for later, from the clause that says so on, is not
                // what the job starts with
                int from = laterFrom(normalized);
                stageTerms.find(normalized).forEach(m -> (m.start() >= from ? later : stages).add(m.value()));
            }
            for (var m : flagTerms.find(normalized)) {
                if (!denied(normalized, m.start(), m.end())) {
                    flags.putIfAbsent(m.value(), new Flag(m.value(), quote(line, normalized.substring(m.start(), m.end()))));
                }
            }
            // 「研修費用30万円を返還」: a finding said with an amount between its words, which the phrases miss
            flagPatterns.forEach((flag, finder) -> finder.find().stream().map(p -> p.matcher(normalized)).filter(java.util.regex.Matcher::find)
                    .filter(m -> !denied(normalized, m.start(), m.end()))
                    .filter(m -> finder.unless().map(u -> !u.matcher(normalized).find()).orElse(true))
                    .findFirst().ifPresent(m -> {
                        Map<String, String> figures = new LinkedHashMap<>();
                        finder.figures().forEach(name -> figures.put(name, m.group(name)));
                        // a finding whose figures were read replaces the same finding found by its words alone
                        if (!figures.isEmpty() && flags.containsKey(flag) && flags.get(flag).figures().isEmpty()) {
                            flags.put(flag, new Flag(flag, flags.get(flag).quote(), figures));
                        }
                        flags.putIfAbsent(flag, new Flag(flag, quote(line, m.group()), figures));
                    }));
            acrossSentences(line, segment.next(), flags);
            // the upper age as a number, so that a question giving the user's age can be answered against it
            // 「35歳未満の方歓迎」 is a preference the posting states, not a limit: said so (a thirty-first trial's was "a limit")
            Ages.limit(normalized).filter(f -> flags.getOrDefault("age-limit", new Flag("age-limit", "")).figures().isEmpty())
                    .ifPresent(f -> flags.put("age-limit", new Flag("age-limit", quote(line, f.phrase()), Ages.welcomed(normalized, f)
                            ? Map.of("max", String.valueOf((int) f.value()), "variant", "welcome") : Map.of("max", String.valueOf((int) f.value())))));
            if (decade.get() == null) {
                Ages.decade(normalized).ifPresent(f -> decade.set(new Flag("age-mixed", quote(line, f.phrase()),
                        Map.of("decade", String.valueOf((int) f.value())))));
            }
            if (workingHours.get() == null && WORKING_HOURS.matcher(sectionHeading + " " + normalized).find()) {
                NumberFlags.dayHours(normalized).ifPresent(h -> workingHours.set(new Flag("working-hours", quote(line, h.phrase()),
                        Map.of("start", h.start(), "end", h.end()))));
            }
            NumberFlags.fewHolidays(normalized).ifPresent(f -> flags.putIfAbsent("few-holidays", new Flag("few-holidays", quote(line, f.phrase()))));
            holidays.read(line, normalized);
            NumberFlags.longNightShift(normalized).ifPresent(f ->
                    flags.putIfAbsent("long-night-shift", new Flag("long-night-shift", quote(line, f.phrase()))));
            pay.read(line, normalized);
            wage.read(line, normalized);
            monthlyHours = monthlyHours != null ? monthlyHours : ScheduledHours.monthly(normalized).orElse(null);
            dailyHours = dailyHours != null ? dailyHours : ScheduledHours.daily(normalized).orElse(null);
            boolean requiredContext = (requiredWords.any(normalized) || requiredWords.any(sectionHeading))
                    && !welcomeWords.any(normalized) && !(welcomeWords.any(sectionHeading) && !requiredWords.any(normalized));
            if (certificationTerms.any(normalized) && requiredContext) {
                String cert = certificationTerms.find(normalized).get(0).phrase();
                flags.putIfAbsent("required-cert", new Flag("required-cert", quote(line, cert)));
            }
            if (licenceTerms.any(normalized) && requiredContext) {
                flags.putIfAbsent("required-licence", new Flag("required-licence",
                        quote(line, licenceTerms.find(normalized).get(0).phrase())));
            }
            if (!rolesOnLine.isEmpty() && section != Section.TITLE) {
                List<Evidence> list = evidence.computeIfAbsent(section, s -> new ArrayList<>());
                // a posting pasted from a job site says its duties in a summary and again in the details: quoted once (a
                // thirtieth trial's duties were shown twice)
                if (list.size() < MAX_EVIDENCE_PER_SECTION && quoted.add(LABEL.matcher(normalized).replaceFirst(""))) {
                    String term = roleTerms.find(normalized).stream().max(Comparator.comparingInt(m -> m.value().weight()))
                            .map(m -> m.phrase()).orElse("");
                    list.add(new Evidence(strongest(normalized), quote(line, term)));
                }
            }
        }

        // one basis for every figure worked out per hour (a thirtieth trial's bullets used 160 and 173 hours)
        ScheduledHours hours = ScheduledHours.of(monthlyHours, holidays.days == null ? 0 : (int) holidays.days.value(), dailyHours);
        pay.workedAt(hours);
        pay.lowerOnProbation().ifPresent(quote -> flags.putIfAbsent("probation-pay", new Flag("probation-pay", quote)));
        wage.hourly(all).ifPresent(flag -> flags.putIfAbsent(flag.id(), flag));
        java.util.Optional<Flag> basePay = pay.basePay();
        basePay.ifPresent(flag -> flags.putIfAbsent(flag.id(), flag));
        pay.monthly().ifPresent(flag -> flags.putIfAbsent(flag.id(), flag));
        // a claim that someone earned a high figure already says what a wide range's top would (one point, not two)
        if (flags.containsKey("newcomers-welcome") && !flags.containsKey("pay-claim")) {
            pay.rangeTop().ifPresent(flag -> flags.putIfAbsent(flag.id(), flag));
        }
        // the monthly base (without fixed overtime) over the hours the days off leave
        pay.monthlyBase().flatMap(base -> wage.monthly(base.yen(), base.quote(), all, hours))
                .ifPresent(flag -> flags.putIfAbsent(flag.id(), flag));
        pay.probationPay().flatMap(p -> wage.probation(p.yen(), p.quote(), all, hours))
                .ifPresent(flag -> flags.putIfAbsent(flag.id(), flag));
        pay.atOvertimeCap().ifPresent(flag -> flags.putIfAbsent(flag.id(), flag));
        pay.yearlyGap().ifPresent(flag -> flags.putIfAbsent(flag.id(), flag));
        holidays.contradiction().ifPresent(flag -> flags.putIfAbsent(flag.id(), flag));
        ageMixed(flags, decade.get());
        familyBesideOvertime(flags);
        if (workingHours.get() != null) {
            flags.putIfAbsent("working-hours", workingHours.get());
        }
        double total = score.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total < 2 && !sawHeading && !postingWords.any(all)) {
            return JobPostReading.unread(Status.NOT_A_POSTING);
        }

        List<String> domains = BREADTH.stream().filter(d -> score.getOrDefault(d, 0.0) >= 2).toList();
        double breadth = BREADTH.stream().mapToDouble(d -> score.getOrDefault(d, 0.0)).sum()
                + 0.3 * score.getOrDefault("devops", 0.0);
        double infra = score.getOrDefault("infra", 0.0) + 0.5 * breadth + (domains.size() >= 2 ? 3 : 0);
        double server = score.getOrDefault("server", 0.0);
        String leaning = infra > server ? "infra" : "server";
        boolean close = Math.abs(infra - server) <= 0.15 * Math.max(infra, server);

        // the best match is "infra" itself when the job spreads over three or more domains of comparable weight
        double top = score.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        long significant = java.util.stream.Stream.concat(java.util.stream.Stream.of("server"), BREADTH.stream())
                .filter(d -> score.getOrDefault(d, 0.0) >= 0.25 * top && score.getOrDefault(d, 0.0) > 0).count();
        Map<String, Double> ranked = new HashMap<>(score);
        ranked.put("infra", leaning.equals("infra") && significant >= 3 ? top + 1 + score.getOrDefault("infra", 0.0)
                : score.getOrDefault("infra", 0.0) + (domains.size() >= 2 ? 3 + domains.size() : 0));
        List<String> roles = ROLE_ORDER.stream().filter(r -> ranked.getOrDefault(r, 0.0) > 0)
                .sorted(Comparator.comparingDouble((String r) -> ranked.get(r)).reversed()
                        .thenComparingInt(ROLE_ORDER::indexOf))
                .toList();

        Map<String, List<Evidence>> bySection = new LinkedHashMap<>();
        evidence.forEach((s, list) -> bySection.put(s.name().toLowerCase(java.util.Locale.ROOT), List.copyOf(list)));
        Set<String> answered = new LinkedHashSet<>();
        answeredBy.forEach((question, patterns) -> {
            if (patterns.stream().anyMatch(p -> p.matcher(all).find())) {
                answered.add(question);
            }
        });
        if (basePay.isPresent()) {
            answered.add("fixed-overtime"); // the posting gave the fixed overtime's hours and amount: no need to ask them
        }
        if (stages.isEmpty()) {
            stages.addAll(later); // only later work named: it is all the posting says of the stages
        }
        // a short manners course is thin only beside design or build work; then it, not the general training finding, is said
        if (flags.containsKey(THIN_TRAINING)) {
            if (stages.contains("design") || stages.contains("build")) {
                flags.remove("training");
            } else {
                Flag thin = flags.remove(THIN_TRAINING);
                // before monitoring or operations work the general training finding says it was short (a thirty-first
                // trial's 「1週間のビジネスマナー研修のあと、すぐに現場配属」 was listed as if training were plentiful)
                if (!stages.isEmpty()) {
                    flags.put("training", new Flag("training", thin.quote(), Map.of("variant", "short")));
                }
            }
        }
        later.removeAll(stages);
        boolean operationsEntry = !stages.isEmpty() && OPERATIONS_STAGES.containsAll(stages)
                && (stages.contains("monitoring") || stages.contains("operations"));
        return new JobPostReading(Status.READ, leaning, close, roles, bySection, domains,
                STAGE_ORDER.stream().filter(stages::contains).toList(), STAGE_ORDER.stream().filter(later::contains).toList(),
                inOrder(flags.values()), answered,
                operationsEntry);
    }

    /** Where the working hours are said: the line or heading that names them. */
    private static final java.util.regex.Pattern WORKING_HOURS = java.util.regex.Pattern.compile("勤務時間|就業時間|勤務|日勤|working hours|hours of work|shift");

    /**
     * An upper age (or one welcomed) beside people older than it said to work there (「35歳未満の方歓迎」 and 「40代活躍中」,
     * a thirty-first trial's, went unremarked): the two lines disagree.
     */
    private static void ageMixed(Map<String, Flag> flags, Flag decade) {
        Flag limit = flags.get("age-limit");
        if (limit == null || decade == null || !limit.figures().containsKey("max")
                || Integer.parseInt(decade.figures().get("decade")) <= Integer.parseInt(limit.figures().get("max"))) {
            return;
        }
        flags.put("age-mixed", new Flag("age-mixed", limit.quote() + "」「" + decade.quote(),
                Map.of("max", limit.figures().get("max"), "decade", decade.figures().get("decade"))));
    }

    /**
     * 「ママさんエンジニア活躍中」 beside fixed overtime of many hours (a thirty-first trial's 45 hours): the pay expects long
     * days that a parent's pick-up does not allow; without such overtime the line is not a point to raise.
     */
    private static void familyBesideOvertime(Map<String, Flag> flags) {
        Flag claim = flags.get(FAMILY_CLAIM);
        if (claim == null) {
            return;
        }
        int hours = flags.values().stream().filter(f -> f.id().startsWith("fixed-overtime")).map(f -> f.figures().get("hours"))
                .filter(java.util.Objects::nonNull).mapToInt(Integer::parseInt).max().orElse(0);
        if (hours < FAMILY_OVERTIME_HOURS) {
            flags.remove(FAMILY_CLAIM);
            return;
        }
        flags.put(FAMILY_CLAIM, new Flag(FAMILY_CLAIM, claim.quote(), Map.of("hours", String.valueOf(hours),
                "per_day", String.format(java.util.Locale.ROOT, "%.1f", hours / WORKING_DAYS))));
    }

    /** The flags worst first (content's order); those it does not rank, such as the pay figures, after them. */
    private List<Flag> inOrder(java.util.Collection<Flag> flags) {
        return flags.stream().sorted(java.util.Comparator.comparingInt(f -> {
            int rank = flagOrder.indexOf(f.id());
            return rank < 0 ? Integer.MAX_VALUE : rank;
        })).toList();
    }

    /** Where in a line the work promised for later begins: the start of the clause that says so; past the end if none. */
    private int laterFrom(String normalized) {
        int at = laterWords.find(normalized).stream().mapToInt(PhraseMatcher.Match::start).min().orElse(-1);
        if (at < 0) {
            return Integer.MAX_VALUE;
        }
        int clause = Math.max(normalized.lastIndexOf('、', at), normalized.lastIndexOf(',', at));
        return clause < 0 ? 0 : clause + 1;
    }

    /** A heading line with nothing after the heading ("Requirements:" names no requirements stage). */
    private boolean bare(String normalized) {
        var found = headings.find(normalized);
        return !found.isEmpty() && normalized.replaceAll("[\\p{Punct}【】■◆●□：\\s]", "").length()
                <= found.get(0).end() - found.get(0).start();
    }

    /** A title line: short, not a bullet, not a sentence (no full stop). */
    private static boolean isTitle(String line, String normalized) {
        return normalized.length() <= MAX_TITLE && !line.matches("^[・\\-*•].*") && !normalized.endsWith("。")
                && !normalized.endsWith(".") && !normalized.endsWith(":");
    }

    /** A flag word followed closely by a denial (夜勤はありません), or preceded by "no"/"not". */
    private boolean denied(String normalized, int start, int end) {
        String after = normalized.substring(end, Math.min(normalized.length(), end + 8));
        // a denial in the next item is that item's (「ネイティブレベルの日本語力、学歴不問」 does not deny the Japanese)
        after = after.split("[、。,]", 2)[0];
        String before = normalized.substring(Math.max(0, start - 4), start);
        return negations.stream().anyMatch(after::contains) || before.matches(".*\\b(no|not|non)\\s*$");
    }

    /**
     * Findings said over two sentences of one line (「受験費用会社負担。合格後1年以内に退職した場合は全額返還」: a twenty-eighth
     * trial's was missed, each sentence alone saying half), from the patterns under {@code across}; quoted whole.
     */
    private void acrossSentences(String line, String next, Map<String, Flag> flags) {
        if (next.isEmpty()) {
            return;
        }
        String both = line + next.strip();
        String normalized = TextNormalizer.normalize(both);
        // the denial is the second sentence's (「…会社負担。退職時も返還不要」): the first's 「会社負担」 is half the finding
        String second = TextNormalizer.normalize(next);
        flagPatterns.forEach((flag, finder) -> {
            if (flags.containsKey(flag) || finder.unless().map(u -> u.matcher(second).find()).orElse(false)) {
                return;
            }
            finder.across().stream().map(p -> p.matcher(normalized)).filter(java.util.regex.Matcher::find).findFirst()
                    .ifPresent(m -> flags.put(flag, new Flag(flag, quote(both, m.group()))));
        });
    }

    /** A part of the posting read as a line, and the sentence after it when a full stop split one line (else ""). */
    record Segment(String text, String next) {}

    /**
     * The posting cut into lines: its own line breaks, and also before 【 and ■ headings, ・ bullets, and after
     * a Japanese full stop, so that a posting pasted as one line still has parts to quote and sections.
     */
    static List<Segment> segments(String text) {
        // ・ is also the middle dot of 構築・運用: only a ・ after a space starts a bullet
        String marked = text.replaceAll("(?<=.)(【|■|◆|●)", "\n$1").replaceAll("(?<=\\s)・", "\n・");
        List<Segment> out = new ArrayList<>();
        for (String item : marked.split("\\R")) {
            String[] sentences = item.split("(?<=。)(?=.)");
            for (int i = 0; i < sentences.length; i++) {
                out.add(new Segment(sentences[i], i + 1 < sentences.length ? sentences[i + 1] : ""));
            }
        }
        return out;
    }

    /** A heading line: short, marked (【】, ■, ●, #, a trailing colon) or nothing but a section word. */
    private Section heading(String line, String normalized) {
        var found = headings.find(normalized);
        if (found.isEmpty()) {
            return null;
        }
        var first = found.get(0);
        boolean marked = line.startsWith("【") || line.startsWith("■") || line.startsWith("●") || line.startsWith("◆")
                || line.startsWith("#") || line.startsWith("[") || line.startsWith("<") || line.startsWith("＜");
        char after = normalized.charAt(Math.min(first.end(), normalized.length() - 1));
        // 「仕事内容：データセンターでの監視、…」: a label and its colon open the line, however long what follows it is (a
        // twelfth trial's duties, after 「休日：…」, were read as part of the holidays and no stage was found)
        boolean labelsALongLine = first.start() <= 2 && first.end() < normalized.length() && (after == ':' || after == '】');
        boolean labelled = labelsALongLine || normalized.length() <= 40 && (first.start() <= 2)
                && (marked || normalized.endsWith(":") || normalized.length() <= first.length() + 3 || after == ':');
        return labelled ? first.value() : null;
    }

    private String strongest(String normalized) {
        return roleTerms.find(normalized).stream().max(Comparator.comparingInt(m -> m.value().weight()))
                .map(m -> m.value().role()).orElse("");
    }

    /** The line, or in a long line the sentence or clause around {@code phrase} (normalised), which triggered a finding. */
    private static String quote(String line, String phrase) {
        return Quotes.around(line, phrase, MAX_QUOTE);
    }

    /**
     * Every weekend and public holiday off beside a count of days off a year they alone exceed (「土日祝休み」 and 「年間休日105日」,
     * a twenty-eighth trial's, went unremarked): weekends are about 104 days a year and public holidays on weekdays about 15.
     */
    private static final class DaysOff {
        /** Fewer days off a year than this cannot hold every weekend and public holiday (about 120 in a year). */
        private static final int WEEKENDS_AND_HOLIDAYS = 115;
        private String offQuote;
        private NumberFlags.Found days;
        private String daysQuote;

        void read(String line, String normalized) {
            if (offQuote == null) {
                NumberFlags.weekendsAndHolidaysOff(normalized).ifPresent(f -> offQuote = quote(line, f.phrase()));
            }
            if (days == null) {
                NumberFlags.holidays(normalized).ifPresent(f -> {
                    days = f;
                    daysQuote = quote(line, f.phrase());
                });
            }
        }

        java.util.Optional<Flag> contradiction() {
            if (offQuote == null || days == null || days.value() >= WEEKENDS_AND_HOLIDAYS) {
                return java.util.Optional.empty();
            }
            String quote = offQuote.equals(daysQuote) ? daysQuote : offQuote + "」「" + daysQuote;
            return java.util.Optional.of(new Flag("weekends-off-few-days", quote, Map.of("days", String.valueOf((int) days.value()))));
        }
    }

    /** The posting's monthly pay and the pay it names for the probation period, compared once all is read. */
    private static final class ProbationPay {
        private Double main;
        private String mainQuote;
        private Double hourly;
        private String hourlyQuote;
        private Double yearly;
        private String yearlyQuote;
        /** The yearly pay the posting expects for the job (「想定年収380万〜」), not an example someone earned. */
        private Double statedYearly;
        private String statedYearlyQuote;
        private NumberFlags.Found probation;
        private String probationQuote;
        private Integer probationMonths;
        private NumberFlags.Range range;
        private String rangeQuote;
        private NumberFlags.FixedOvertime overtime;
        private String overtimeQuote;
        /** The hours of fixed overtime said without an amount (「固定残業代80時間分を含む」). */
        private NumberFlags.Found overtimeHours;
        /** The legal premium for overtime (Labour Standards Act, Art. 37): overtime is paid at 125% of the hourly rate. */
        private static final double OVERTIME_RATE = 1.25;
        /** The scheduled hours a month every hourly figure is worked out at, set once the whole posting is read. */
        private ScheduledHours hours = ScheduledHours.of(null, 0, null);

        void workedAt(ScheduledHours scheduled) {
            hours = scheduled;
        }

        /** A finding's figures with the scheduled hours they were worked out at. */
        private java.util.Map<String, String> withHours(java.util.Map<String, String> figures) {
            java.util.Map<String, String> out = new java.util.LinkedHashMap<>(figures);
            out.putAll(hours.figures());
            return out;
        }

        void read(String line, String normalized) {
            if (overtime == null) {
                NumberFlags.fixedOvertime(normalized).ifPresent(f -> {
                    overtime = f;
                    overtimeQuote = quote(line, f.phrase());
                });
            }
            if (overtime == null && overtimeHours == null) {
                NumberFlags.fixedOvertimeHours(normalized).ifPresent(f -> {
                    overtimeHours = f;
                    overtimeQuote = quote(line, f.phrase());
                });
            }
            int at = NumberFlags.probationAt(normalized);
            String before = at < 0 ? normalized : normalized.substring(0, at);
            if (probationMonths == null) {
                probationMonths = NumberFlags.probationMonths(normalized).orElse(null);
            }
            if (range == null) {
                NumberFlags.yearlyRange(before).ifPresent(r -> {
                    range = r;
                    rangeQuote = quote(line, r.phrase());
                });
            }
            if (yearly == null) {
                NumberFlags.yearlyPay(before).ifPresent(f -> {
                    yearly = f.value();
                    yearlyQuote = quote(line, f.phrase());
                });
            }
            if (statedYearly == null && !EXAMPLE.matcher(normalized).find()) {
                NumberFlags.yearlyPay(before).ifPresent(f -> {
                    statedYearly = f.value();
                    statedYearlyQuote = quote(line, f.phrase());
                });
            }
            if (hourly == null) {
                NumberFlags.hourlyPay(before).ifPresent(f -> {
                    hourly = f.value();
                    hourlyQuote = quote(line, f.phrase());
                });
            }
            if (main == null) {
                NumberFlags.monthlyPay(before).ifPresent(f -> {
                    main = f.value();
                    mainQuote = quote(line, f.phrase());
                });
            }
            if (at >= 0 && probation == null) {
                NumberFlags.probationPay(normalized.substring(at)).ifPresent(f -> {
                    probation = f;
                    probationQuote = quote(line, normalized.substring(at, Math.min(normalized.length(), at + 4)));
                });
            }
        }

        /**
         * The base pay under a monthly pay that includes fixed overtime (月給24万円、固定残業代45時間分・6万円を含む: 18万円),
         * and whether the fixed amount falls short of the 25% overtime premium on it at 160 scheduled hours a month
         * (8 hours on 20 days; the real figure is the company's own average, which the flag asks about).
         */
        java.util.Optional<Flag> basePay() {
            if (main != null && overtime == null && overtimeHours != null && overtimeHours.value() > 0) {
                // 「月給30万円（固定残業代60時間分を含む）」 gives no amount: the base pay worked back at 160 scheduled hours and
                // the 25% premium, so that 「基本給っていくら？」 is answered (a twenty-third trial's was not)
                double overtimeH = overtimeHours.value();
                double base = main / (1 + OVERTIME_RATE * overtimeH / hours.hours());
                return java.util.Optional.of(new Flag("fixed-overtime-estimate", overtimeQuote,
                        withHours(java.util.Map.of("monthly", man(main), "hours", String.valueOf((int) overtimeH), "base", man(base),
                                "monthly_yen", yen(main), "base_yen", yen(base)))));
            }
            if (main == null || overtime == null || !overtime.included() || overtime.amount() >= main) {
                return java.util.Optional.empty();
            }
            double base = main - overtime.amount();
            // the whole pay for the overtime hours at 125% of the base's hourly rate (not the 25% premium alone), which the
            // fixed amount must reach; said, and judged, from the same figure
            double baseHourly = base * 10_000 / hours.hours();
            double owed = baseHourly * OVERTIME_RATE * overtime.hours() / 10_000;
            boolean shortOfPremium = overtime.amount() < owed - 0.05;
            return java.util.Optional.of(new Flag(shortOfPremium ? "fixed-overtime-short" : "fixed-overtime-base", overtimeQuote,
                    withHours(java.util.Map.of("monthly", man(main), "paid", man(overtime.amount()), "base", man(base),
                            "hours", String.valueOf(overtime.hours()), "owed", man(owed), "monthly_yen", yen(main),
                            "paid_yen", yen(overtime.amount()), "base_yen", yen(base), "owed_yen", yen(owed),
                            "base_hourly", perHourYen(baseHourly)))));
        }

        /** A monthly pay in yen, as a finding says it (to the thousand), and the words that say it. */
        record MonthlyYen(double yen, String quote) {}

        /**
         * The monthly pay without its fixed overtime (the base worked out by {@link #basePay()}), else the monthly pay
         * named: what the minimum wage is compared with.
         */
        java.util.Optional<MonthlyYen> monthlyBase() {
            java.util.Optional<Flag> base = basePay();
            if (base.isPresent()) {
                return java.util.Optional.of(new MonthlyYen(baseYen(), base.get().quote()));
            }
            return main == null ? java.util.Optional.empty() : java.util.Optional.of(new MonthlyYen(roundedYen(main), mainQuote));
        }

        /** The pay named for the probation period when it is lower than the regular pay, in yen, and where it is said. */
        java.util.Optional<MonthlyYen> probationPay() {
            return lowerOnProbation().map(quote -> new MonthlyYen(roundedYen(probation.value()), quote));
        }

        /** The base pay {@link #basePay()} works out, in yen rounded as its figures are (to the thousand). */
        private double baseYen() {
            return roundedYen(overtime == null ? main / (1 + OVERTIME_RATE * overtimeHours.value() / hours.hours())
                    : main - overtime.amount());
        }

        private static double roundedYen(double man) {
            return Math.round(man * 10) * 1_000.0;
        }

        /**
         * The monthly pay named, and twelve months of it: what a question about the posting's yearly pay is told (a
         * bonus, if any, comes on top). Not shown with the reading's findings: it answers a question asked after it.
         */
        java.util.Optional<Flag> monthly() {
            if (main == null && yearly == null && hourly != null) {
                // at the scheduled hours the other figures count
                double monthly = hourly * hours.hours() / 10_000;
                return java.util.Optional.of(new Flag("hourly-pay", hourlyQuote, withHours(java.util.Map.of("hourly",
                        String.format(java.util.Locale.ROOT, "%,d", Math.round(hourly)), "monthly", man(Math.round(monthly * 10) / 10.0),
                        "yearly", man(Math.round(monthly * 12)), "monthly_yen", yen(monthly), "yearly_yen", yen(monthly * 12)))));
            }
            if (main == null) {
                return yearly == null ? java.util.Optional.empty() : java.util.Optional.of(new Flag("yearly-pay", yearlyQuote,
                        java.util.Map.of("yearly", man(yearly), "yearly_yen", yen(yearly))));
            }
            if (lowerOnProbation().isPresent() && probationMonths != null) {
                // 「試用期間6か月（月給20万円）」: the first year is those months at the lower pay (a twenty-eighth trial was
                // told twelve months of the full pay)
                int months = probationMonths;
                double first = probation.value() * months + main * (12 - months);
                return java.util.Optional.of(new Flag("monthly-pay-probation", mainQuote, withPerHour(java.util.Map.ofEntries(
                        java.util.Map.entry("monthly", man(main)), java.util.Map.entry("probation", man(probation.value())),
                        java.util.Map.entry("months", String.valueOf(months)), java.util.Map.entry("rest", String.valueOf(12 - months)),
                        java.util.Map.entry("first_year", man(first)), java.util.Map.entry("yearly", man(main * 12)),
                        java.util.Map.entry("monthly_yen", yen(main)), java.util.Map.entry("probation_yen", yen(probation.value())),
                        java.util.Map.entry("first_year_yen", yen(first)), java.util.Map.entry("yearly_yen", yen(main * 12))))));
            }
            return java.util.Optional.of(new Flag("monthly-pay", mainQuote, withPerHour(java.util.Map.of("monthly", man(main),
                    "yearly", man(main * 12), "monthly_yen", yen(main), "yearly_yen", yen(main * 12)))));
        }

        /**
         * A yearly range whose top is far above its bottom (「年収350万〜800万円」) on a posting for newcomers: the top is what
         * a few experienced people earn, not what a newcomer starts on (a twenty-eighth trial's went unremarked).
         */
        java.util.Optional<Flag> rangeTop() {
            if (range == null || range.top() < RANGE_TOP_FLOOR || range.top() < RANGE_SPREAD * range.low()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Flag("pay-range-top", rangeQuote, java.util.Map.of("low", man(range.low()),
                    "top", man(range.top()), "low_yen", yen(range.low()), "top_yen", yen(range.top()))));
        }

        /** Words of a yearly figure someone earned, or an example (年収例, 実績): not the pay the job is expected to give. */
        private static final java.util.regex.Pattern EXAMPLE = java.util.regex.Pattern.compile(
                "例|モデル|実績|実現|達成|在籍|メンバー|先輩|最高|最大|上限|\\bmax|example|earned");
        /** A stated yearly pay this much above twelve months of the monthly pay needs something on top to be true. */
        private static final double YEARLY_GAP = 1.1;

        /**
         * The posting's own yearly figure far above what its monthly pay makes in a year (「想定年収380万〜」 beside 月給23万円,
         * 276万 a year: a thirty-first trial's went unremarked): the gap, and what would have to fill it.
         */
        java.util.Optional<Flag> yearlyGap() {
            if (main == null || statedYearly == null || statedYearly < main * 12 * YEARLY_GAP) {
                return java.util.Optional.empty();
            }
            double twelve = main * 12;
            boolean lowerFirst = lowerOnProbation().isPresent() && probationMonths != null;
            double first = lowerFirst ? probation.value() * probationMonths + main * (12 - probationMonths) : twelve;
            java.util.Map<String, String> figures = new java.util.LinkedHashMap<>();
            figures.put("stated", man(statedYearly));
            figures.put("monthly", man(main));
            figures.put("twelve", man(twelve));
            figures.put("first", man(first));
            figures.put("gap", man(Math.round(statedYearly - first)));
            figures.put("bonus_months", String.format(java.util.Locale.ROOT, "%.1f", (statedYearly - first) / main));
            figures.put("stated_yen", yen(statedYearly));
            figures.put("monthly_yen", yen(main));
            figures.put("twelve_yen", yen(twelve));
            figures.put("first_yen", yen(first));
            figures.put("gap_yen", yen(Math.round(statedYearly - first)));
            if (lowerFirst) {
                figures.put("variant", "probation");
            }
            return java.util.Optional.of(new Flag("yearly-gap", statedYearlyQuote, figures));
        }

        /** A top of at least this (万円) and this many times the bottom is a range a newcomer should ask about. */
        private static final double RANGE_TOP_FLOOR = 500;
        private static final double RANGE_SPREAD = 1.5;

        /**
         * Fixed overtime of 45 hours a month or more: the whole of the ordinary monthly limit on overtime (Labour Standards
         * Act, Art. 36(4)) is paid in advance, so the company expects to use it (a fourteenth newcomer trial: only said
         * when asked).
         */
        java.util.Optional<Flag> atOvertimeCap() {
            int hours = overtime != null ? overtime.hours() : overtimeHours != null ? (int) overtimeHours.value() : 0;
            if (hours < OVERTIME_CAP_HOURS) {
                return java.util.Optional.empty();
            }
            // beyond 45 hours the pay assumes overtime allowed only under a special clause, and only some months a year
            return java.util.Optional.of(new Flag(hours > OVERTIME_CAP_HOURS ? "fixed-overtime-over-cap" : "fixed-overtime-cap",
                    overtimeQuote, java.util.Map.of("hours", String.valueOf(hours))));
        }

        /**
         * The monthly pay's figures with the pay as an hourly rate at the scheduled hours (「時給にしたらコンビニと比べて
         * どうなん？」, a thirtieth trial, was told the overtime again): with fixed overtime, also the base's rate and the
         * rate over the scheduled hours and the overtime the pay covers ({with_overtime}).
         */
        private java.util.Map<String, String> withPerHour(java.util.Map<String, String> monthly) {
            java.util.Map<String, String> figures = new java.util.LinkedHashMap<>(monthly);
            figures.put("per_hour", perHourYen(main * 10_000 / hours.hours()));
            // the hours unrounded, so that a pay the user gives is divided by the same hours as the posting's
            figures.put("sched_exact", String.format(java.util.Locale.ROOT, "%.2f", hours.hours()));
            int overtimeH = overtime != null && overtime.included() ? overtime.hours() : overtimeHours != null ? (int) overtimeHours.value() : 0;
            if (overtimeH > 0 && (overtime == null || overtime.amount() < main)) {
                double base = baseYen();
                figures.put("ot_hours", String.valueOf(overtimeH));
                figures.put("base_yen", String.format(java.util.Locale.ROOT, "%,d", Math.round(base)));
                figures.put("base_hourly", perHourYen(base / hours.hours()));
                figures.put("with_overtime", perHourYen(main * 10_000 / (hours.hours() + overtimeH)));
                figures.put("all_hours", String.valueOf(Math.round(hours.hours() + overtimeH)));
            }
            return withHours(figures);
        }

        /** Yen an hour, rounded down as the minimum-wage check rounds it, so that two findings never differ by a yen. */
        private static String perHourYen(double yen) {
            return String.format(java.util.Locale.ROOT, "%,d", (long) Math.floor(yen));
        }

        /** The ordinary limit on overtime a month under a 36 agreement (Labour Standards Act, Art. 36(4)). */
        private static final int OVERTIME_CAP_HOURS = 45;

        /** 万円 as whole yen, to the thousand ("180,000"): English readers count in yen. */
        private static String yen(double man) {
            return String.format(java.util.Locale.ROOT, "%,d", (long) roundedYen(man));
        }

        private static String man(double value) {
            return String.format(java.util.Locale.ROOT, value == Math.rint(value) ? "%.0f" : "%.1f", value);
        }

        java.util.Optional<String> lowerOnProbation() {
            return main != null && probation != null && probation.value() < main
                    ? java.util.Optional.of(probationQuote) : java.util.Optional.empty();
        }
    }
}
