import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.infracareer.advisor.Understanding;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.interview.InterviewWords;
import jp.infracareer.kernel.Lang;
import jp.infracareer.recognition.PassageIndex;
import jp.infracareer.recognition.TopicRecognizer;

/**
 * Time to understand one free-text question (posting shape, intent model, topic rules), measured in this
 * process over the held-out questions, after a warm-up: p50 and p99 in microseconds, against the rules alone
 * as the baseline on the same questions; then retrieval alone (the passage search for a question on its
 * page) over the labelled specific questions. Usage: java UnderstandBench questions.tsv rounds [passage-questions.tsv]
 */
public final class UnderstandBench {
    public static void main(String[] args) throws Exception {
        List<String> questions = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 3);
            if (f.length == 3) {
                questions.add(f[2]);
            }
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        KnowledgeBase kb = KnowledgeBase.load();
        TopicRecognizer rules = new TopicRecognizer(kb.aliases());
        Understanding understanding = new Understanding(Understanding.loadModel(), rules, new InterviewWords(kb), kb.aliases(),
                Understanding.passagesOf(kb));
        for (int i = 0; i < 20; i++) {
            questions.forEach(understanding::understand);
            questions.forEach(rules::recognize);
        }
        long[] full = time(questions, rounds, understanding::understand);
        long[] base = time(questions, rounds, rules::recognize);
        String report = String.format("understanding one question (%d questions x %d rounds): p50 %d us, p99 %d us;"
                + " the topic rules alone: p50 %d us, p99 %d us; ratio at p99 %.1fx%n", questions.size(), rounds,
                full[0], full[1], base[0], base[1], (double) full[1] / Math.max(1, base[1]));
        System.out.print(report);
        if (args.length > 2) {
            retrieval(kb, Path.of(args[2]), rounds);
        }
    }

    /** The passage search alone, for each labelled question on the page its label names. */
    private static void retrieval(KnowledgeBase kb, Path tsv, int rounds) throws Exception {
        PassageIndex index = Understanding.passagesOf(kb);
        List<Runnable> searches = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (line.startsWith("#") || f.length != 4) {
                continue;
            }
            Lang lang = f[1].equals("ja") ? Lang.JA : Lang.EN;
            String page = f[2].split("[|#]")[0].replace("page:", "");
            searches.add(() -> index.best(f[3], lang, page, List.of(page)));
        }
        for (int i = 0; i < 20; i++) {
            searches.forEach(Runnable::run);
        }
        long[] t = time(searches, rounds, Runnable::run);
        System.out.printf("retrieval alone (%d questions x %d rounds): p50 %d us, p99 %d us%n", searches.size(), rounds, t[0], t[1]);
    }

    private static <T> long[] time(List<T> questions, int rounds, java.util.function.Consumer<T> work) {
        long[] nanos = new long[questions.size() * rounds];
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            for (T q : questions) {
                long t0 = System.nanoTime();
                work.accept(q);
                nanos[n++] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(nanos);
        return new long[] {nanos[nanos.length / 2] / 1000, nanos[(int) (nanos.length * 0.99)] / 1000};
    }
}
