package jp.infracareer.recognition;

/** A term found in a text, at [start, end) of the normalised text. */
record Mention(Term term, int start, int end) {
    int length() {
        return end - start;
    }

    boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }
}
