package jp.infracareer.interview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.infracareer.kernel.InterviewControl;
import jp.infracareer.kernel.Tracks;
import java.util.Optional;
import jp.infracareer.content.Aliases;
import jp.infracareer.content.InterviewQuestion;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.recognition.TextNormalizer;

/**
 * Recognises interview words in both languages: phrases that start an interview, track names, controls
 * ("ヒント", "skip"), and the names of single questions to drill ("志望動機", "why infra").
 */
public final class InterviewWords {
    public static final String GENERAL = Tracks.GENERAL;
    public static final List<String> TRACKS = Tracks.ALL;

    private final List<String> start;
    private final Map<String, String> tracks = new LinkedHashMap<>();
    private final Map<String, InterviewControl> controls = new LinkedHashMap<>();
    /** normalised name to question id, longest names first so "なぜインフラ" beats "インフラ". */
    private final List<Map.Entry<String, String>> names = new ArrayList<>();

    public InterviewWords(KnowledgeBase kb) {
        Aliases.InterviewWords words = kb.aliases().interview();
        start = words.start().stream().map(TextNormalizer::normalize).toList();
        words.tracks().forEach((track, list) -> list.forEach(w -> tracks.put(TextNormalizer.normalize(w), track)));
        words.controls().forEach((control, list) -> {
            InterviewControl known = InterviewControl.ofId(control)
                    .orElseThrow(() -> new IllegalStateException("aliases.yml names an unknown interview control: " + control));
            list.forEach(w -> controls.put(TextNormalizer.normalize(w), known));
        });
        for (Lang lang : Lang.values()) {
            for (InterviewQuestion q : kb.catalog(lang).questions()) {
                names.add(Map.entry(TextNormalizer.normalize(q.id()), q.id()));
                q.names().forEach(n -> names.add(Map.entry(TextNormalizer.normalize(n), q.id())));
            }
        }
        names.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
    }

    /** True when free text asks for a mock interview ("面接練習したい", "mock interview: why infra"). */
    public boolean startsInterview(String text) {
        String normalized = TextNormalizer.normalize(text);
        return start.stream().anyMatch(normalized::contains);
    }

    /** A control word standing alone ("ヒント", "skip"). */
    public Optional<InterviewControl> control(String text) {
        return Optional.ofNullable(controls.get(TextNormalizer.normalize(text).replaceAll("[。.!！?？]+$", "")));
    }

    /** The track named by a whole argument ("network", "クラウド"). */
    public Optional<String> track(String text) {
        return Optional.ofNullable(tracks.get(TextNormalizer.normalize(text)));
    }

    /** A track named anywhere in free text ("ネットワークの面接練習"). */
    public String trackIn(String text) {
        String normalized = TextNormalizer.normalize(text);
        return tracks.entrySet().stream()
                .filter(e -> !e.getValue().equals(GENERAL) && e.getKey().length() >= 3 && normalized.contains(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(GENERAL);
    }

    /** The question a text names, by id or by one of its names in either language. */
    public Optional<String> question(String text) {
        String normalized = TextNormalizer.normalize(text);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        return names.stream().filter(e -> normalized.contains(e.getKey())).map(Map.Entry::getValue).findFirst();
    }
}
