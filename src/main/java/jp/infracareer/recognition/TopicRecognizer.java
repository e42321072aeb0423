package jp.infracareer.recognition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.infracareer.kernel.Query;
import jp.infracareer.content.Aliases;
import jp.infracareer.recognition.Term.Kind;

/**
 * Understands a free-text question ("監視ってどんな仕事？", "infra vs server") as a {@link Query}.
 * Rules, in order: a day question; two roles means a comparison; one stage (unless a role is named
 * outright); the stage overview; the list of roles ("インフラ系の職種"); one role; help; otherwise fallback.
 */
public final class TopicRecognizer {
    public static final String DEFAULT_FIRST = "infra";
    public static final String DEFAULT_SECOND = "server";

    private final Vocabulary vocabulary;

    public TopicRecognizer(Aliases aliases) {
        this.vocabulary = new Vocabulary(aliases);
    }

    /** Loads Kuromoji's dictionary now (it takes a while), so that building a recognizer later is quick. */
    public static void warmUp() {
        Readings.of("監視");
    }

    public Query recognize(String text) {
        Found f = find(text);
        if (f.intents.contains("day")) {
            return new Query.Day();
        }
        if (f.roles.size() >= 2 && (f.intents.contains("compare") || f.pairNamed)) {
            return new Query.Compare(f.roles.get(0), f.roles.get(1));
        }
        if (f.stages.size() == 1 && !(f.roles.size() == 1 && f.strongRole)) {
            return new Query.StageDetail(f.stages.get(0));
        }
        if (f.stages.size() >= 2 || f.intents.contains("stages")) {
            return new Query.StageOverview();
        }
        // "インフラ" is the umbrella: "インフラ系の職種" asks for the list, not for the infra role
        if (f.intents.contains("roles") && (f.roles.isEmpty() || f.roles.equals(List.of(DEFAULT_FIRST)))) {
            return new Query.Roles();
        }
        if (f.roles.size() == 1) {
            String role = f.roles.get(0);
            return f.intents.contains("compare") ? new Query.Compare(role, counterpart(role)) : new Query.RoleDetail(role);
        }
        if (f.intents.contains("help")) {
            return new Query.Help();
        }
        return new Query.Fallback();
    }

    /** Whether the text asks for a comparison (aliases.yml intents.compare: 違い, 比べ, vs, difference…). */
    public boolean asksToCompare(String text) {
        return find(text).intents.contains("compare");
    }

    /** Role ids named in the text, in the order named, each once. */
    public List<String> rolesIn(String text) {
        return find(text).roles;
    }

    /** Every role mention in order, repeats included ("infra infra" gives two). */
    public List<String> roleMentionsIn(String text) {
        List<String> ids = new ArrayList<>();
        for (Mention m : vocabulary.find(TextNormalizer.normalize(text))) {
            if (m.term().kind() == Kind.ROLE) {
                ids.add(m.term().id());
            }
        }
        return ids;
    }

    public List<String> stagesIn(String text) {
        return find(text).stages;
    }

    /** The role a single named role is compared with when the user names only one. */
    public static String counterpart(String role) {
        return DEFAULT_FIRST.equals(role) ? DEFAULT_SECOND : DEFAULT_FIRST;
    }

    private Found find(String text) {
        Found f = new Found();
        String normalized = TextNormalizer.normalize(text);
        List<Mention> mentions = vocabulary.find(normalized);
        boolean infraContext = mentions.stream().anyMatch(m -> m.term().kind() == Kind.ROLE
                || (m.term().kind() == Kind.STAGE && m.term().strong())
                || (m.term().kind() == Kind.INTENT && m.term().id().equals("stages")));
        Mention firstRole = null;
        for (Mention m : mentions) {
            Term t = m.term();
            switch (t.kind()) {
                case ROLE -> {
                    if (firstRole != null && !firstRole.term().id().equals(t.id()) && f.roles.size() == 1) {
                        f.pairNamed = normalized.length() <= PAIR_ALONE || PAIR_JOINER.matcher(
                                normalized.substring(Math.min(firstRole.end(), m.start()), Math.max(firstRole.end(), m.start())).strip()).matches();
                    }
                    if (!f.roles.contains(t.id())) {
                        f.roles.add(t.id());
                    }
                    firstRole = firstRole == null ? m : firstRole;
                    f.strongRole |= t.strong();
                }
                case STAGE -> {
                    if ((t.strong() || infraContext) && !f.stages.contains(t.id())) {
                        f.stages.add(t.id());
                    }
                }
                case INTENT -> f.intents.add(t.id());
            }
        }
        return f;
    }

    /**
     * Two roles named side by side (「サーバーとネットワーク」, "cloud vs infra", 「インフラ、サーバー」) or in a message this short
     * ask to compare them; named apart in a sentence (「ゲーム会社のサーバーとかのインフラってやれたりする？」, a thirteenth trial)
     * they do not, unless a comparing word says so.
     */
    private static final java.util.regex.Pattern PAIR_JOINER = java.util.regex.Pattern.compile(
            "|ト|トカ|カ|ヤ|、|,|&|/|・|vs\\.?|v|and|or|versus|to"); // normalised: hiragana as katakana
    static final int PAIR_ALONE = 20;

    private static final class Found {
        boolean pairNamed;
        final List<String> roles = new ArrayList<>();
        final List<String> stages = new ArrayList<>();
        final Set<String> intents = new HashSet<>();
        boolean strongRole;
    }
}
