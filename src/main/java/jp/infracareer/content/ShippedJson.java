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
     * length and CRC-32 in the order given; {@code what} names the resources in an error. A jar's directory records
     * each file's length and CRC-32, so the files of a jar are checked without reading them (reading and hashing the
     * knowledge base's YAML cost 110-130 ms cold before a fresh replica's first reply, measured 2026-12-05); a
     * class-path folder's files are read. A CRC-32 is no defence against a forged file, and none is needed here: this
     * tells a file made from other YAML (edited after the last build, or packaged without the build's step) from one
     * made from these.
     */
    public static String fingerprint(String format, Collection<String> resources, String what) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update((format + com.fasterxml.jackson.dataformat.yaml.PackageVersion.VERSION + "\n").getBytes(StandardCharsets.UTF_8));
            for (String name : resources) {
                long[] sizeAndCrc = sizeAndCrc(name);
                sha.update((name + "\n" + sizeAndCrc[0] + "\n" + sizeAndCrc[1] + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + ": " + e.getMessage(), e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A resource's length and CRC-32: from the jar's directory when it is in one, else from its bytes. */
    static long[] sizeAndCrc(String resource) throws IOException {
        java.net.URL url = ShippedJson.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IOException("missing resource " + resource);
        }
        return sizeAndCrc(url);
    }

    static long[] sizeAndCrc(java.net.URL url) throws IOException {
        if (url.openConnection() instanceof java.net.JarURLConnection jar) {
            java.util.jar.JarEntry entry = jar.getJarEntry();
            if (entry.getSize() >= 0 && entry.getCrc() >= 0) {
                return new long[] {entry.getSize(), entry.getCrc()};
            }
        }
        byte[] bytes;
        try (InputStream in = url.openStream()) {
            bytes = in.readAllBytes();
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes);
        return new long[] {bytes.length, crc.getValue()};
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
