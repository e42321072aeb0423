package jp.infracareer.kernel;


/** What the user asked for, once the words are understood. Each answers with one topic. */
public sealed interface Query {

    record Help() implements Query {}

    record Roles() implements Query {}

    record RoleDetail(String roleId) implements Query {}

    /** Roles in the order the user named them. */
    record Compare(String first, String second) implements Query {}

    record StageOverview() implements Query {}

    record StageDetail(String stageId) implements Query {}

    record Day() implements Query {}

    record SetLang(Lang lang) implements Query {}

    /** Asking in words to have one's data deleted (「記録を消して」): what would be deleted, and a button that does it. */
    record OfferForget() implements Query {}

    /** "lang" with no usable language. */
    record LangUsage() implements Query {}

    /** A role was named that we do not know; answer with the list. */
    record UnknownRole(String given) implements Query {}

    record UnknownStage(String given) implements Query {}

    /** "compare" named the same role twice. */
    record SameRole(String roleId) implements Query {}

    /** Not understood; {@code nearest} are topic ids that came closest (may be empty). */
    record Fallback(java.util.List<String> nearest) implements Query {
        public Fallback {
            nearest = nearest == null ? java.util.List.of() : java.util.List.copyOf(nearest);
        }

        public Fallback() {
            this(java.util.List.of());
        }
    }

    /**
     * About something the guide does not cover, by name ({@code subject}: a key of aliases.yml not_covered, such as
     * visas or the Japanese level employers ask for): said so, with where to look instead.
     */
    record NotCovered(String subject) implements Query {}

    /** "What is X?" about a term of the glossary: its short definition, with the way to the topic it belongs to. */
    record Define(String termId) implements Query {}

    /** How many devices a network of this prefix holds (「/26だと何台？」): worked out. */
    record SubnetHosts(int prefix) implements Query {}

    /** Two terms of the glossary set side by side (「NATとDHCPの違いは？」): both definitions. */
    record DefineTwo(String first, String second) implements Query {}

    /** Not sure between two topics: ask which one was meant. */
    record DidYouMean(String first, String second) implements Query {}

    /** A job seeker's practical question ({@code guide/<id>}): the short answer, or the full page. */
    record Guide(String guideId, boolean full) implements Query {}

    /**
     * A specific question answered with one section of a page ({@code topic#section}, e.g.
     * stage/monitoring#who): the section, a line saying where it is from, and a button to the whole page.
     */
    record Passage(String topic, String section) implements Query {
        /** The passage of an id as content writes it ("guide/background#s13"). */
        public static Passage of(String id) {
            int hash = id.indexOf('#');
            if (hash <= 0) {
                throw new IllegalArgumentException("a passage id is topic#section: " + id);
            }
            return new Passage(id.substring(0, hash), id.substring(hash + 1));
        }
    }

    /** A tip, of a theme when one was asked for (tips.yml categories), else today's. */
    record Tip(String category) implements Query {}

    /** Thanks or a greeting: answered like a person would. */
    record SmallTalk(boolean thanks) implements Query {}

    /**
     * 「もっと詳しく」 or "tell me more" said alone: the whole of the page last shown in short, as its button opens it (a
     * user's state keeps which), or a question back when there is none.
     */
    record More() implements Query {}

    /**
     * 「で、結局どれ？」 or "just tell me one" after a page that weighs choices: that page's one pick (a guide's verdict), or
     * where to start among the roles named. {@code otherwise} is what the words would be read as with no such page.
     */
    record Verdict(java.util.List<String> roles, Query otherwise) implements Query {}

    /**
     * 「長い」「3行で」 or "tl;dr" after a page: that page made short (a guide's one pick, else its first lines), or the page
     * of the topic named beside the words (「年収の話 3行にまとめて」). {@code otherwise} is what the rest of the words ask.
     */
    record Shorter(Query otherwise) implements Query {}

    /**
     * 「それってマジ？」 or "is that true?" after a page: an answer that stands by it, with where its figures come from.
     * {@code rest} is what the other words ask (「それって」 nothing, 「マジで40歳から無理？」 a question of its own);
     * {@code otherwise} what the whole message asks, read as if there were no page before.
     */
    record Doubt(Query rest, Query otherwise) implements Query {}

    /** A goodbye said alone ("bye", 「今日はもうやめる」): seen off kindly, not read as a question. */
    record Goodbye() implements Query {}

    /** A short message that says how the job seeker feels (「もう無理かも」, "kind of stressed"): heard first, then a small step. */
    record Feeling(java.util.List<String> guides) implements Query {}

    /** How the mock interview scores answers, asked in words (「採点の基準を教えて」): explained, nothing started. */
    record HowScored() implements Query {}

    /** Start a mock interview on a track; with {@code questionId}, drill that one question. */
    record StartInterview(String track, String questionId) implements Query {}

    /**
     * hint, skip, repeat, end or share for the interview in progress. {@code sessionId} is set when the
     * control comes from a button, so a click on an old interview's message can be told apart.
     */
    record InterviewAction(InterviewControl control, String sessionId) implements Query {}

    /** A model answer to one interview question. */
    record ShowExample(String questionId) implements Query {}

    /**
     * The interview's courses and every question's id, to start one by name: after "interview list", or after a word
     * that names neither ({@code given}, shown back; empty for the list asked for).
     */
    record InterviewMenu(String given) implements Query {}

    /** Read a pasted job posting; empty text asks how. */
    record ReadJobPost(String text) implements Query {}

    /** Start the aptitude quiz. */
    record StartFit() implements Query {}

    /** Go back to the aptitude quiz in progress. */
    record ResumeFit() implements Query {}

    /** A quiz button: the option chosen for question {@code index} of quiz {@code sessionId}. */
    record FitAnswer(String sessionId, int index, String optionId) implements Query {}

    /** A quiz button: back from question {@code index} of quiz {@code sessionId} to the one before, to answer it again. */
    record FitBack(String sessionId, int index) implements Query {}

    /** An advisor announcement for the advisor channel (Slack only). */
    record Announce(String text) implements Query {}

    /** Delete everything held about the user. */
    record Forget() implements Query {}
}
