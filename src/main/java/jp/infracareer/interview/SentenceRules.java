package jp.infracareer.interview;

import java.util.regex.Pattern;
import jp.infracareer.content.FeedbackRules;

/** A language's {@link FeedbackRules.Reading}, compiled once per question bank (kept by {@link PhraseTable}). */
record SentenceRules(Pattern clauseNegation, Pattern disowned, Pattern commonMisreading, Pattern asksBack,
        Pattern topicBefore, Pattern topicAfter, Pattern ownSubject, Pattern clauseBreak, Pattern motiveNegated,
        Pattern badExample, Pattern turnsBack) {
    static SentenceRules of(FeedbackRules.Reading r) {
        return new SentenceRules(Pattern.compile(r.clauseNegation()), Pattern.compile(r.disowned()),
                Pattern.compile(r.commonMisreading()), Pattern.compile(r.asksBack()),
                Pattern.compile(r.topicBefore()), Pattern.compile(r.topicAfter()), Pattern.compile(r.ownSubject()),
                Pattern.compile(r.clauseBreak()), Pattern.compile(r.motiveNegated()), Pattern.compile(r.badExample()),
                Pattern.compile(r.turnsBack()));
    }
}
