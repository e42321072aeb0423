package jp.infracareer.content;

import java.util.List;
import java.util.Map;

/**
 * Words that name roles, stages, intents and subcommands in free text, language-neutral.
 * Roles have strong names ("サーバーエンジニア") and weak ones ("サーバー"): a weak name alone
 * yields to a stage ("サーバー監視" is about monitoring), a strong one does not.
 */
public record Aliases(
        Map<String, RoleWords> roles,
        Map<String, List<String>> stages,
        Map<String, List<String>> intents,
        Map<String, List<String>> commands) {

    public record RoleWords(List<String> strong, List<String> weak) {}
}
