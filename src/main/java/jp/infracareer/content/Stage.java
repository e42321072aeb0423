package jp.infracareer.content;

import java.util.List;

/** One of the six stages of infrastructure work, in one language. */
public record Stage(
        String id,
        String name,
        String stream,
        String purpose,
        List<String> tasks,
        List<String> deliverables,
        List<String> tools,
        String who,
        int difficulty,
        String newcomers,
        String onpremVsCloud) {

    public boolean upstream() {
        return "upstream".equals(stream);
    }
}
