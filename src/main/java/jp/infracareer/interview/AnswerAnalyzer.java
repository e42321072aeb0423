package jp.infracareer.interview;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.FeedbackRules;
import jp.infracareer.content.InterviewQuestion;
import jp.infracareer.kernel.Lang;
import jp.infracareer.interview.Feedback.Flag;
import jp.infracareer.interview.Feedback.Length;
import jp.infracareer.interview.Feedback.Point;
import jp.infracareer.interview.Feedback.Status;
import jp.infracareer.interview.Feedback.Verdict;

/**
 * Reads one answer to one question and scores it: structure (PREP/STAR points, each quoted from the
 * answer), length against one minute of speech, job terms, and weak motives. Pure: same input, same result.
 */
public final class AnswerAnalyzer {
    static final String CONCLUSION = "conclusion";
    static final String RESULT = "result";
    static final String REASON = "reason";
    static final String EPISODE = "episode";
    static final String LINK = "link";
    static final String LEARNING = "learning";

    private static final Pattern NUMBER = Pattern.compile("[0-9０-９]|[一二三四五六七八九十百千]+(?=[人件台年か月ヶカ時間分割倍回店日名])");
    private static final int QUOTE_MAX = 80;
    private static final int WEAK_MOTIVE_PENALTY = 12;
    private static final int MAX_PENALTY = 36;

    private AnswerAnalyzer() {}

    public static Feedback analyze(Catalog catalog, InterviewQuestion question, String answer) {
        FeedbackRules rules = catalog.feedback();
        boolean english = catalog.lang() == Lang.EN;
        List<String> sentences = sentences(answer == null ? "" : answer, english);

        List<Point> points = new ArrayList<>();
        int earned = 0;
        int possible = 0;

        boolean star = "STAR".equals(question.method());
        if (star) {
            // STAR opens with the situation, so what counts is closing with the result and the lesson
            Optional<String> result = find(sentences, rules.markers(RESULT), english);
            points.add(point(RESULT, result));
            possible += 20;
            earned += result.isPresent() ? 20 : 0;
        } else {
            // the first sentence answers the question: a conclusion phrase, or the question's own subject
            String first = sentences.isEmpty() ? "" : sentences.get(0);
            boolean firstIsShort = english ? words(first) <= 40 : first.length() <= 120;
            boolean concludes = !first.isEmpty() && firstIsShort
                    && (has(first, rules.markers(CONCLUSION), english) || has(first, question.keyTerms(), english));
            points.add(new Point(CONCLUSION, concludes ? Status.MET : Status.MISSED, concludes ? quote(first) : ""));
            possible += 20;
            earned += concludes ? 20 : 0;
        }

        Optional<String> reason = find(sentences, rules.markers(REASON), english);
        points.add(point(REASON, reason));
        possible += 15;
        earned += reason.isPresent() ? 15 : 0;

        Optional<String> episode = find(sentences, rules.markers(EPISODE), english);
        boolean concrete = episode.isPresent() && (NUMBER.matcher(episode.get()).find()
                || sentences.stream().anyMatch(s -> NUMBER.matcher(s).find() && has(s, rules.markers("specifics"), english)));
        Status episodeStatus = episode.isEmpty() ? Status.MISSED : concrete ? Status.MET : Status.PARTIAL;
        int episodeWeight = question.needsEpisode() ? 20 : 10;
        if (question.needsEpisode() || episode.isPresent()) {
            points.add(new Point(EPISODE, episodeStatus, episode.map(AnswerAnalyzer::quote).orElse("")));
            possible += episodeWeight;
            earned += episodeStatus == Status.MET ? episodeWeight : episodeStatus == Status.PARTIAL ? episodeWeight / 2 : 0;
        }

        // a technical explanation is judged on its content, not on a line about joining the company
        if (!"technical".equals(question.category())) {
            Optional<String> link = find(sentences, rules.markers(LINK), english);
            points.add(point(LINK, link));
            possible += 15;
            earned += link.isPresent() ? 15 : 0;
        }

        if (question.needsLearning()) {
            Optional<String> learning = find(sentences, rules.markers(LEARNING), english);
            points.add(point(LEARNING, learning));
            possible += 10;
            earned += learning.isPresent() ? 10 : 0;
        }

        Length length = length(answer == null ? "" : answer, rules.length());
        possible += 10;
        earned += switch (length.verdict()) {
            case GOOD -> 10;
            case SHORT, LONG -> 5;
            case TOO_SHORT, TOO_LONG -> 0;
        };

        List<String> used = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        String folded = fold(answer == null ? "" : answer);
        for (String term : question.keyTerms()) {
            (contains(folded, fold(term), english) ? used : missed).add(term);
        }
        possible += 10;
        earned += Math.min(10, used.size() * 4);

        List<Flag> flags = new ArrayList<>();
        for (FeedbackRules.WeakMotive motive : rules.weakMotives()) {
            for (String sentence : sentences) {
                if (has(sentence, motive.patterns(), english)) {
                    flags.add(new Flag(motive.id(), quote(sentence), motive.why()));
                    break;
                }
            }
        }
        int penalty = Math.min(MAX_PENALTY, flags.size() * WEAK_MOTIVE_PENALTY);

        double raw = 100.0 * earned / possible;
        // a very short answer cannot score well however it is built: scale it down by how little of a
        // minute it fills (square root, so a well-built but short answer keeps about half its points)
        if (length.verdict() == Verdict.TOO_SHORT) {
            raw = raw * Math.sqrt((double) length.count() / rules.length().idealMin());
        }
        int score = (int) Math.round(raw) - penalty;
        score = Math.max(0, Math.min(100, score));
        Feedback draft = new Feedback(score, List.copyOf(points), length, List.copyOf(used),
                List.copyOf(missed.subList(0, Math.min(3, missed.size()))), List.copyOf(flags), "");
        return new Feedback(score, draft.points(), length, draft.usedTerms(), draft.missedTerms(), draft.weakMotives(),
                NextStep.choose(catalog, question, draft));
    }

    private static Point point(String id, Optional<String> sentence) {
        return new Point(id, sentence.isPresent() ? Status.MET : Status.MISSED, sentence.map(AnswerAnalyzer::quote).orElse(""));
    }

    static Length length(String answer, FeedbackRules.Length band) {
        int count = band.countsWords() ? words(answer) : (int) answer.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        Verdict verdict;
        if (count < band.tooShort()) {
            verdict = Verdict.TOO_SHORT;
        } else if (count < band.idealMin()) {
            verdict = Verdict.SHORT;
        } else if (count <= band.idealMax()) {
            verdict = Verdict.GOOD;
        } else if (count <= band.tooLong()) {
            verdict = Verdict.LONG;
        } else {
            verdict = Verdict.TOO_LONG;
        }
        return new Length(count, band.unit(), verdict);
    }

    static List<String> sentences(String text, boolean english) {
        List<String> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(english ? Locale.ENGLISH : Locale.JAPANESE);
        for (String line : text.split("\\R")) {
            it.setText(line);
            int start = it.first();
            for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                String sentence = line.substring(start, end).strip();
                if (!sentence.isEmpty()) {
                    out.add(sentence);
                }
            }
        }
        return out;
    }

    private static Optional<String> find(List<String> sentences, List<String> markers, boolean english) {
        return sentences.stream().filter(s -> has(s, markers, english)).findFirst();
    }

    private static boolean has(String sentence, List<String> markers, boolean english) {
        String folded = fold(sentence);
        for (String marker : markers) {
            if (contains(folded, fold(marker), english)) {
                return true;
            }
        }
        return false;
    }

    /** English markers match whole words ("once" is not in "concern"); Japanese ones anywhere. */
    private static boolean contains(String foldedText, String foldedMarker, boolean english) {
        if (!english || !foldedMarker.chars().allMatch(c -> c < 0x80)) {
            return foldedText.contains(foldedMarker);
        }
        int from = 0;
        for (int at = foldedText.indexOf(foldedMarker, from); at >= 0; at = foldedText.indexOf(foldedMarker, at + 1)) {
            int end = at + foldedMarker.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(foldedText.charAt(at - 1));
            boolean endOk = end >= foldedText.length() || !Character.isLetterOrDigit(foldedText.charAt(end))
                    || foldedMarker.endsWith("%");
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'';
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    static String quote(String sentence) {
        return jp.infracareer.kernel.Texts.cut(sentence.strip(), QUOTE_MAX);
    }

    static Set<String> ids(List<Point> points) {
        Set<String> ids = new LinkedHashSet<>();
        points.forEach(p -> ids.add(p.id()));
        return ids;
    }
}
