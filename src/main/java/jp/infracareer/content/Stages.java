package jp.infracareer.content;

import java.util.List;

/** The stage overview (upstream vs downstream, where newcomers start) and the stages in order. */
public record Stages(Overview overview, List<Stage> stages) {

    public record Overview(
            String summary,
            String upstream,
            String downstream,
            String whereNewcomersStart,
            String onpremVsCloud) {}
}
