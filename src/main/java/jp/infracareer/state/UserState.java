package jp.infracareer.state;

import java.util.Optional;
import jp.infracareer.content.Lang;

/**
 * What the advisor remembers about one user. Immutable: the store replaces it atomically.
 *
 * @param lang the language the user chose with "lang", if any
 */
public record UserState(Optional<Lang> lang) {
    public static final UserState EMPTY = new UserState(Optional.empty());

    public UserState {
        lang = lang == null ? Optional.empty() : lang;
    }

    public UserState withLang(Lang chosen) {
        return new UserState(Optional.of(chosen));
    }

    public boolean isEmpty() {
        return this.equals(EMPTY);
    }
}
