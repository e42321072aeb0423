package jp.infracareer.kernel;

import java.util.List;

/** The guide topics of DESIGN.md ({@code guide/<id>}): a job seeker's practical questions. */
public final class GuideIds {
    public static final List<String> ALL = List.of("salary", "certifications", "roadmap", "age", "background", "ses",
            "night-shift", "portfolio", "resume", "reverse-questions", "future", "on-prem-cloud", "school", "job-search",
            "other-entries", "tough");

    private GuideIds() {}
}
