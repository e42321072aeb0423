package jp.infracareer.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.infracareer.content.FitQuiz;

/** Totals a finished quiz: roles ranked by the weights of the chosen options, and the answers behind the top one. */
public record FitResult(List<String> ranked, Map<String, Integer> totals, List<String> reasons) {
    static final List<String> ROLE_ORDER = List.of("infra", "server", "network", "cloud", "database", "security", "devops");

    public static FitResult of(FitQuiz quiz, List<String> answers) {
        Map<String, Integer> totals = new HashMap<>();
        ROLE_ORDER.forEach(r -> totals.put(r, 0));
        List<FitQuiz.Option> chosen = new ArrayList<>();
        for (int i = 0; i < answers.size() && i < quiz.questions().size(); i++) {
            String optionId = answers.get(i);
            quiz.questions().get(i).options().stream().filter(o -> o.id().equals(optionId)).findFirst().ifPresent(o -> {
                chosen.add(o);
                o.weights().forEach((role, w) -> totals.merge(role, w, Integer::sum));
            });
        }
        List<String> ranked = ROLE_ORDER.stream()
                .sorted(Comparator.comparingInt((String r) -> totals.get(r)).reversed().thenComparingInt(ROLE_ORDER::indexOf))
                .toList();
        String top = ranked.get(0);
        List<String> reasons = chosen.stream().filter(o -> o.weights().getOrDefault(top, 0) > 0)
                .sorted(Comparator.comparingInt((FitQuiz.Option o) -> o.weights().get(top)).reversed())
                .limit(3).map(FitQuiz.Option::reason).toList();
        return new FitResult(ranked, Map.copyOf(totals), reasons);
    }
}
