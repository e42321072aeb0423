package jp.infracareer.kernel;

import java.util.List;

/** The guide topics of DESIGN.md ({@code guide/<id>}): a job seeker's practical questions. */
public final class GuideIds {
    /** The day-time ways in (help desk, corporate IT): where the aptitude quiz sends someone who can't work nights. */
    public static final String OTHER_ENTRIES = "other-entries";
    public static final List<String> ALL = List.of("salary", "certifications", "roadmap", "age", "background", "ses",
            "night-shift", "portfolio", "resume", "reverse-questions", "future", "on-prem-cloud", "school", "job-search",
            OTHER_ENTRIES, "tough", "remote", "abroad");

    private GuideIds() {}
}
