package jp.infracareer.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * What the JSON files the build makes from YAML resources share (the knowledge base, the interview models' training
 * answers): the fingerprint of the resources they were made from, recorded as the JSON's first field, so that a
 * starting process reads the JSON only when it was made from the very files on its class path.
 */
public final class ShippedJson {
    private ShippedJson() {}

    /**
     * SHA-256 over {@code format}, the YAML reader's version (the JSON is the tree it read), and each resource's name,
     * length and bytes in the order given; {@code what} names the resources in an error.
     */
    public static String fingerprint(String format, Collection<String> resources, String what) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update((format + com.fasterxml.jackson.dataformat.yaml.PackageVersion.VERSION + "\n").getBytes(StandardCharsets.UTF_8));
            for (String name : resources) {
                byte[] bytes;
                try (InputStream in = open(name)) {
                    bytes = in.readAllBytes();
                }
                sha.update((name + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
                sha.update(bytes);
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + ": " + e.getMessage(), e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * True when a file the build computed (shipped JSON, shipped models) at {@code url} has to be checked against the
     * files it was made from: in a class-path folder, where YAML edited after the last build sits beside the older
     * file. A jar is packaged after the build steps that write them from the YAML beside them (process-classes), so
     * the two always match there, and reading and hashing every content file again cost about a tenth of a second
     * before a fresh replica's first reply (measured 2026-12-05: 110-130 ms cold on JDK 17).
     */
    public static boolean checked(java.net.URL url) {
        return !"jar".equals(url.getProtocol());
    }

    /** The fingerprint a shipped JSON records (its first field), or null. */
    public static String recordedFingerprint(InputStream in) throws IOException {
        try (JsonParser json = new ObjectMapper().getFactory().createParser(in)) {
            return json.nextToken() == JsonToken.START_OBJECT && "fingerprint".equals(json.nextFieldName()) ? json.nextTextValue() : null;
        }
    }

    /** A resource of the class path, or an IOException naming it. */
    public static InputStream open(String resource) throws IOException {
        InputStream in = ShippedJson.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing resource " + resource);
        }
        return in;
    }
}
