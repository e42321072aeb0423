package jp.infracareer.interview;

import java.util.regex.Pattern;
import jp.infracareer.content.FeedbackRules;

/** A language's {@link FeedbackRules.Reading}, compiled once per question bank (kept by {@link PhraseTable}). */
record SentenceRules(Pattern clauseNegation, Pattern disowned, Pattern commonMisreading, Pattern asksBack,
        Pattern topicBefore, Pattern topicAfter, Pattern ownSubject, Pattern clauseBreak, Pattern motiveNegated,
        Pattern badExample, Pattern turnsBack, Pattern pointDenied, Pattern readable, Pattern denialCondemned,
        Pattern worksAt, Pattern pastDeed, Pattern imagined, Pattern pointDisclaimed, Pattern contrast, Pattern othersDid,
        Pattern acknowledgement) {
    static SentenceRules of(FeedbackRules.Reading r) {
        return new SentenceRules(Pattern.compile(r.clauseNegation()), Pattern.compile(r.disowned()),
                Pattern.compile(r.commonMisreading()), Pattern.compile(r.asksBack()),
                Pattern.compile(r.topicBefore()), Pattern.compile(r.topicAfter()), Pattern.compile(r.ownSubject()),
                Pattern.compile(r.clauseBreak()), Pattern.compile(r.motiveNegated()), Pattern.compile(r.badExample()),
                Pattern.compile(r.turnsBack()), Pattern.compile(r.pointDenied()), Pattern.compile(r.readable()),
                Pattern.compile(r.denialCondemned()), Pattern.compile(r.worksAt()), Pattern.compile(r.pastDeed()),
                Pattern.compile(r.imagined()), Pattern.compile(r.pointDisclaimed()), Pattern.compile(r.contrast()),
                Pattern.compile(r.othersDid()), Pattern.compile(r.acknowledgement()));
    }

    /** English: a denial that is itself denied right before it ("I never skip the runbook", "I would not ignore it"). */
    private static final Pattern DENIAL_DENIED = Pattern.compile("(?:\\bnever|\\bnot|n't)\\s+(?:\\w+\\s+)?$");

    /**
     * True when the words of a point, found at {@code start}..{@code end} of folded sentence {@code s}, are said
     * only to deny them: 「エスカレーションはせずに」, 「手順書は読みません」, "I wouldn't bother escalating". A sentence
     * that condemns the denial (「読まずに作業するのは危険です」, "Skipping escalation is a mistake") and, in English, a
     * denial denied right before it ("I never restart without approval") affirm.
     */
    boolean deniesPoint(String s, int start, int end, boolean english) {
        if (denialCondemned.matcher(s).find()) {
            return false;
        }
        if (!english) {
            return pointDenied.matcher(s).region(end, s.length()).lookingAt();
        }
        int from = clauseStart(s, start);
        java.util.regex.Matcher m = pointDenied.matcher(s).region(from, start);
        return m.find() && !DENIAL_DENIED.matcher(s).region(from, m.start()).find();
    }

    /**
     * True when the part of folded sentence {@code s} that holds {@code at} disclaims what it says: the speaker does
     * not know it yet, has not done it, or only heard of it (「手順書という言葉は聞いたことがありますが」, "I'm not sure
     * yet what design involves"). A part runs from one contrast mark to the next, the mark included; in English a
     * clause (up to a comma) is a part too, so that "When I'm not sure, I ask early" still asks early.
     */
    boolean disclaims(String s, int at, boolean english) {
        int from = 0;
        int to = s.length();
        java.util.regex.Matcher turn = contrast.matcher(s);
        while (turn.find()) {
            if (turn.end() <= at) {
                from = turn.end();
            } else if (turn.start() >= at) {
                to = turn.end();
                break;
            }
        }
        if (english) {
            from = Math.max(from, clauseStart(s, at));
            to = Math.min(to, Math.min(s.length(), clauseEnd(s, at) + 1));
        }
        return pointDisclaimed.matcher(s).region(from, to).find();
    }

    /** English: where the clause that holds {@code at} starts, after the last comma, semicolon or colon before it. */
    static int clauseStart(String s, int at) {
        int from = at;
        while (from > 0 && CLAUSE_MARKS.indexOf(s.charAt(from - 1)) < 0) {
            from--;
        }
        return from;
    }

    /** English: where the clause that holds {@code at} ends, at the next comma, semicolon or colon. */
    static int clauseEnd(String s, int at) {
        int to = at;
        while (to < s.length() && CLAUSE_MARKS.indexOf(s.charAt(to)) < 0) {
            to++;
        }
        return to;
    }

    private static final String CLAUSE_MARKS = ",;:";
}
