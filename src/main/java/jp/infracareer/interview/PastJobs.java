package jp.infracareer.interview;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.infracareer.content.FeedbackRules.Background;
import jp.infracareer.recognition.PhraseMatcher;
import jp.infracareer.recognition.TextNormalizer;

/**
 * The past job a message names (feedback.yml {@code backgrounds}), read as every phrase list of the project is
 * ({@link PhraseMatcher}): Japanese names anywhere, in any kana or with long-vowel marks dropped, English ones as whole
 * words and their plurals ("alt" is not found in "alternative"). The first background of the list that is named wins.
 */
final class PastJobs {
    private PastJobs() {}

    static Optional<Background> named(List<Background> backgrounds, String text) {
        PhraseMatcher<Integer> matcher = MATCHERS.computeIfAbsent(backgrounds, PastJobs::matcher);
        return matcher.find(TextNormalizer.normalize(text == null ? "" : text)).stream()
                .map(PhraseMatcher.Match::value).min(Integer::compare).map(backgrounds::get);
    }

    private static PhraseMatcher<Integer> matcher(List<Background> backgrounds) {
        PhraseMatcher<Integer> matcher = new PhraseMatcher<>();
        for (int i = 0; i < backgrounds.size(); i++) {
            for (String name : backgrounds.get(i).names()) {
                matcher.add(name, i);
                if (TextNormalizer.isAscii(name)) {
                    matcher.add(name + "s", i);
                }
            }
        }
        return matcher;
    }

    /** One matcher per language's list, made at its first use: the lists come only from content files. */
    private static final Map<List<Background>, PhraseMatcher<Integer>> MATCHERS = new java.util.concurrent.ConcurrentHashMap<>();
}
