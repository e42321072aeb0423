package jp.infracareer.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.infracareer.content.FitQuiz;

/**
 * Totals a finished quiz: roles ranked by the weights of the chosen options, the answers behind the top one,
 * and the limits the user stated, which the advice must respect: day work only, no interest in coding.
 */
public record FitResult(List<String> ranked, Map<String, Integer> totals, List<String> reasons, boolean dayOnly,
        boolean noCode) {
    static final List<String> ROLE_ORDER = List.of("infra", "server", "network", "cloud", "database", "security", "devops");
    /** The answers that state a limit (fit.yml question and option ids; FitQuizTest holds them to the content). */
    static final String NIGHT_SHIFTS = "night-shifts";
    static final String DAYTIME = "daytime";
    static final String CODE = "code";
    static final String NOT_MUCH = "not-much";

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
        return new FitResult(ranked, Map.copyOf(totals), reasons, chose(quiz, answers, NIGHT_SHIFTS, DAYTIME),
                chose(quiz, answers, CODE, NOT_MUCH));
    }

    private static boolean chose(FitQuiz quiz, List<String> answers, String questionId, String optionId) {
        for (int i = 0; i < answers.size() && i < quiz.questions().size(); i++) {
            if (quiz.questions().get(i).id().equals(questionId)) {
                return answers.get(i).equals(optionId);
            }
        }
        return false;
    }
}
