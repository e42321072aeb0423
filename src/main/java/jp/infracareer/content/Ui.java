package jp.infracareer.content;

import jp.infracareer.kernel.Lang;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Interface wording for one language: flat dotted keys ("help.title") to text, lists for examples. */
public final class Ui {
    private final Lang lang;
    private final Map<String, String> texts;
    private final Map<String, List<String>> lists;

    Ui(Lang lang, Map<String, String> texts, Map<String, List<String>> lists) {
        this.lang = lang;
        this.texts = Map.copyOf(texts);
        this.lists = Map.copyOf(lists);
    }

    public Lang lang() {
        return lang;
    }

    /** The text for a key; a missing key is a content bug, caught by the knowledge-base tests. */
    public String text(String key) {
        String value = texts.get(key);
        if (value == null) {
            throw new IllegalArgumentException("ui." + lang.code() + " has no text '" + key + "'");
        }
        return value;
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** {@code own} where this language has it (a text for one kind of question), else {@code fallback}. */
    public String ownOr(String own, String fallback) {
        return texts.containsKey(own) ? own : fallback;
    }

    /** The text for a key with {name} placeholders filled in, in argument pairs: name, value, name, value... */
    public String format(String key, String... namesAndValues) {
        String value = text(key);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            value = value.replace("{" + namesAndValues[i] + "}", Objects.toString(namesAndValues[i + 1], ""));
        }
        return value;
    }

    public List<String> list(String key) {
        List<String> value = lists.get(key);
        if (value == null) {
            throw new IllegalArgumentException("ui." + lang.code() + " has no list '" + key + "'");
        }
        return value;
    }

    public Map<String, String> texts() {
        return texts;
    }

    public Map<String, List<String>> lists() {
        return lists;
    }
}
