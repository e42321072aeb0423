package jp.infracareer.advisor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.JobPostRules;
import jp.infracareer.jobpost.JobPostReading;
import jp.infracareer.jobpost.PostingFollowUp;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.ConversationStore;
import jp.infracareer.state.PostingNotes;
import jp.infracareer.state.UserState;

/**
 * The last posting read for a user, kept as its findings (not its text) so that a question about it afterwards
 * (「これってSESですか？」, "should I apply to this one?") is answered from it rather than from a general page.
 */
final class PostingMemory {
    private final PostingFollowUp followUp;
    private final ConversationStore store;
    private final Clock clock;

    PostingMemory(JobPostRules rules, ConversationStore store, Clock clock) {
        this.followUp = new PostingFollowUp(rules);
        this.store = store;
        this.clock = clock;
    }

    /** Keeps what a posting read for {@code user} says (one that could not be read leaves the last one). */
    JobPostReading remember(UserKey user, JobPostReading reading) {
        if (reading.status() == JobPostReading.Status.READ) {
            PostingNotes notes = new PostingNotes(clock.instant(), reading.flags().stream()
                    .map(f -> new PostingNotes.Finding(f.id(), f.quote(), f.figures())).toList(),
                    reading.stages(), reading.laterStages(), reading.answered());
            store.update(user, s -> s.withLastPosting(notes));
        }
        return reading;
    }

    /** The answer when {@code text} asks about the posting read last, within the day. */
    Optional<Reply> answer(UserState state, Catalog catalog, String text) {
        Instant now = clock.instant();
        return state.lastPosting().filter(n -> n.keptAt(now)).flatMap(notes ->
                followUp.aspect(text, notes.justReadAt(now), readingOf(notes))
                        // 「おれ44だからそもそも応募しちゃだめ？」 just after a posting with an upper age: about that posting
                        .or(() -> notes.justReadAt(now) ? followUp.ageAspect(text, readingOf(notes)) : Optional.empty())
                        .map(aspect -> followUp.reply(catalog, readingOf(notes), aspect, text)));
    }

    private static JobPostReading readingOf(PostingNotes notes) {
        return new JobPostReading(JobPostReading.Status.READ, "", false, List.of(), Map.of(), List.of(), notes.stages(),
                notes.laterStages(), notes.findings().stream()
                        .map(f -> new JobPostReading.Flag(f.id(), f.quote(), f.figures())).toList(),
                notes.answered(), false);
    }
}
