package jp.infracareer.advisor;

import java.util.Optional;
import java.util.regex.Pattern;
import jp.infracareer.content.Catalog;
import jp.infracareer.explain.VerdictTopics;
import jp.infracareer.kernel.Query;
import jp.infracareer.kernel.Reply;
import jp.infracareer.kernel.TopicIds;

/**
 * Which one pick 「で、結局どれ？」 asks for ({@link Query.Verdict}): where to start among two roles named
 * (「ネットワークもサーバーもよくわからん」), else the pick of a guide the words name themselves (「結局、独学とスクールどっち？」),
 * else that of the page just shown; none when the words ask a section of that page (「LPICとLinuCって結局どっち？」 is the
 * one that weighs the two) or no page of choices came before, so that the words are read as they stand. With no page
 * before, a section of a guide that has a pick and weighs nothing the words name gives way to that pick.
 */
final class VerdictFollowUp {
    private VerdictFollowUp() {}

    /**
     * The pick, given what the words read alone ask ({@code v.otherwise()}), the query of the page last shown and the
     * words as typed.
     */
    static Optional<Reply> reply(Catalog c, Query.Verdict v, Optional<Query> shown, String words) {
        Optional<String> page = shown.flatMap(VerdictFollowUp::guideOf);
        Optional<String> asked = guideOf(v.otherwise());
        if (v.roles().size() >= 2 && asked.isEmpty()) {
            return Optional.of(VerdictTopics.roles(c, v.roles()));
        }
        Optional<Reply> named = v.otherwise() instanceof Query.Guide g ? pick(c, g.guideId()) : Optional.empty();
        if (named.isPresent()) {
            return named;
        }
        boolean sectionOfPage = v.otherwise() instanceof Query.Passage && asked.equals(page);
        if (page.isEmpty() && v.otherwise() instanceof Query.Passage p && asked.isPresent() && !namesWhatItWeighs(c, p, words)) {
            // 「ITパスポートとLinuCどっちが先？1個だけ選んで」 with no page before got the fee table: the guide's own pick
            return pick(c, asked.get());
        }
        return sectionOfPage ? Optional.empty() : page.flatMap(id -> pick(c, id));
    }

    /** A name in a section's heading: a run of Latin letters with a capital or a digit (LinuC, AWS, FE), or of katakana. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*|[\\p{IsKatakana}ー]{2,}");

    /**
     * Whether the section asked is about the very things the words name (「LPICとLinuCって結局どっち？」 reaches
     * 「LinuCとLPICの違い」, which weighs the two): its heading shares a name with the words, and names every one they
     * name (「LPICとCCNA、どれを最初に受ければいい？」 weighs CCNA too, which that section does not: a thirty-first trial).
     */
    private static boolean namesWhatItWeighs(Catalog c, Query.Passage p, String words) {
        String heading = jp.infracareer.content.Passages.find(c, p.topic(), p.section())
                .map(jp.infracareer.content.Passage::heading).orElse("");
        String said = words.toLowerCase(java.util.Locale.ROOT);
        boolean shares = NAME.matcher(heading).results().map(m -> m.group().toLowerCase(java.util.Locale.ROOT))
                .filter(n -> n.length() >= 2).anyMatch(said::contains);
        String lowerHeading = heading.toLowerCase(java.util.Locale.ROOT);
        return shares && names(said).allMatch(lowerHeading::contains);
    }

    /** The Latin names of two letters or more in a text already in lower case (lpic, ccna, aws). */
    private static java.util.stream.Stream<String> names(String lower) {
        return LATIN.matcher(lower).results().map(java.util.regex.MatchResult::group).filter(n -> n.length() >= 2);
    }

    private static final Pattern LATIN = Pattern.compile("[a-z][a-z0-9]*");

    private static Optional<Reply> pick(Catalog c, String guideId) {
        return c.guide(guideId).flatMap(g -> VerdictTopics.guide(c, g));
    }

    /** The guide a query shows, whole, in short or one of its sections. */
    private static Optional<String> guideOf(Query query) {
        if (query instanceof Query.Guide g) {
            return Optional.of(g.guideId());
        }
        return query instanceof Query.Passage p ? TopicIds.guideId(p.topic()) : Optional.empty();
    }
}
