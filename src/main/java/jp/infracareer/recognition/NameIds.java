package jp.infracareer.recognition;

import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;

/**
 * Names numbered in the order first added, held in Lucene's {@link BytesRefHash} (a few large byte blocks) rather than
 * a map: the models keep tens of thousands of feature names for the process's life, and as strings, map entries and
 * boxed numbers they were hundreds of thousands of small objects that every young collection copies (bench/README.md).
 * A name is keyed by its UTF-16 units, two bytes each: features cut from Japanese text can split a surrogate pair, and
 * UTF-8 would turn each half into the same replacement character and merge them. {@link #id} is safe from many threads
 * once nothing is added.
 */
public final class NameIds {
    private final BytesRefHash ids = new BytesRefHash();

    /** Adds {@code name} if new; its number either way. */
    public int add(String name) {
        int id = ids.add(key(name));
        return id >= 0 ? id : -id - 1;
    }

    /** The number of {@code name}, or -1 when it was never added. */
    public int id(String name) {
        return ids.find(key(name));
    }

    public int size() {
        return ids.size();
    }

    /** The names by their numbers: the i-th is name number i. */
    public String[] inOrder() {
        String[] out = new String[ids.size()];
        BytesRef name = new BytesRef();
        for (int id = 0; id < out.length; id++) {
            ids.get(id, name);
            char[] chars = new char[name.length / 2];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) (((name.bytes[name.offset + 2 * i] & 0xFF) << 8) | (name.bytes[name.offset + 2 * i + 1] & 0xFF));
            }
            out[id] = new String(chars);
        }
        return out;
    }

    private static BytesRef key(String name) {
        byte[] bytes = new byte[2 * name.length()];
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            bytes[2 * i] = (byte) (c >>> 8);
            bytes[2 * i + 1] = (byte) c;
        }
        return new BytesRef(bytes);
    }
}
