package jp.infracareer.content;

import java.util.List;

/** Tips of the day for the advisor channel, in one language. */
public record Tips(List<Tip> tips) {

    public record Tip(String id, String category, String text) {}
}
