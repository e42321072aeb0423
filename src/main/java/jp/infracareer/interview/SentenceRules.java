package jp.infracareer.interview;

import java.util.regex.Pattern;
import jp.infracareer.content.FeedbackRules;

/** A language's {@link FeedbackRules.Reading}, compiled once per question bank (kept by {@link PhraseTable}). */
record SentenceRules(Pattern clauseNegation, Pattern disowned, Pattern commonMisreading, Pattern asksBack,
        Pattern topicBefore, Pattern topicAfter, Pattern ownSubject, Pattern clauseBreak, Pattern motiveNegated,
        Pattern badExample, Pattern turnsBack, Pattern pointDenied, Pattern readable) {
    static SentenceRules of(FeedbackRules.Reading r) {
        return new SentenceRules(Pattern.compile(r.clauseNegation()), Pattern.compile(r.disowned()),
                Pattern.compile(r.commonMisreading()), Pattern.compile(r.asksBack()),
                Pattern.compile(r.topicBefore()), Pattern.compile(r.topicAfter()), Pattern.compile(r.ownSubject()),
                Pattern.compile(r.clauseBreak()), Pattern.compile(r.motiveNegated()), Pattern.compile(r.badExample()),
                Pattern.compile(r.turnsBack()), Pattern.compile(r.pointDenied()), Pattern.compile(r.readable()));
    }

    /** English: where the clause that holds {@code at} starts (after the last comma, semicolon or colon before it). */
    private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:、。]");

    /**
     * True when the words of a point, found at {@code start}..{@code end} of folded sentence {@code s}, are said
     * only to deny them: 「エスカレーションはせずに」, 「手順書は読みません」, "I wouldn't bother escalating". A denial
     * that is itself denied ("I never restart without approval") affirms.
     */
    boolean deniesPoint(String s, int start, int end, boolean english) {
        if (!english) {
            return pointDenied.matcher(s).region(end, s.length()).lookingAt();
        }
        int from = 0;
        for (int i = start - 1; i >= 0; i--) {
            if (CLAUSE_MARK.matcher(s).region(i, i + 1).lookingAt()) {
                from = i + 1;
                break;
            }
        }
        java.util.regex.Matcher m = pointDenied.matcher(s).region(from, start);
        return m.find() && !clauseNegation.matcher(s).region(from, m.start()).find();
    }
}
