package jp.infracareer.kernel;

import java.util.List;

/** The mock-interview tracks, by id: buttons on many features' replies start one. */
public final class Tracks {
    public static final String GENERAL = "general";
    public static final List<String> ALL = List.of(GENERAL, "server", "network", "cloud");

    private Tracks() {}
}
