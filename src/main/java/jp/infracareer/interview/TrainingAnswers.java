package jp.infracareer.interview;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.infracareer.content.ShippedJson;

/**
 * The labelled tuning answers the interview's models learn from ({@value #INDEX} lists their files). The build
 * ships them as one JSON file with their fingerprint ({@value #SHIPPED}, advisor/ShipTrainingAnswers), so that a
 * replica's first interview reads JSON instead of parsing the YAML sets: the YAML scanner was a second of C2's time
 * and more of the interpreter's in a loaded replica's first minute (bench/README.md, 2026-12-05). Without a shipped
 * file made from the same files (tests changing nothing, a build without the step) the YAML is read as before.
 */
public final class TrainingAnswers {
    static final String INDEX = "interview/judgement-training.txt";
    public static final String SHIPPED = "models/judgement-training.json";
    private static final String FORMAT = "judgement-training-json/1 ";

    private TrainingAnswers() {}

    /** Every answer of every training set: from the shipped JSON when it was made from these files, else the YAML. */
    static List<JsonNode> read() {
        String expected = fingerprint();
        try (InputStream in = TrainingAnswers.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in != null) {
                Optional<List<JsonNode>> shipped = fromShipped(in, expected);
                if (shipped.isPresent()) {
                    return shipped.get();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SHIPPED + ": " + e.getMessage(), e);
        }
        return fromYaml();
    }

    /** Every answer of every training set, parsed from the YAML files on the class path. */
    static List<JsonNode> fromYaml() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<JsonNode> out = new ArrayList<>();
        try {
            for (String file : files()) {
                try (InputStream in = open("interview/" + file)) {
                    yaml.readTree(in).path("answers").forEach(out::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The training files' names, as {@value #INDEX} lists them. */
    private static List<String> files() throws IOException {
        try (BufferedReader index = new BufferedReader(new InputStreamReader(open(INDEX), StandardCharsets.UTF_8))) {
            return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    /** What the shipped JSON must have been made from: the list, each file's name and bytes, the format. */
    public static String fingerprint() {
        List<String> names = new ArrayList<>(List.of(INDEX));
        try {
            files().forEach(f -> names.add("interview/" + f));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the training answers: " + e.getMessage(), e);
        }
        return ShippedJson.fingerprint(FORMAT, names, "the training answers");
    }

    /** Writes the answers as one JSON object: the fingerprint first, then the answers in the files' order. */
    public static void writeShipped(OutputStream out, String fingerprint) throws IOException {
        List<JsonNode> answers = fromYaml();
        try (JsonGenerator json = new ObjectMapper().getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("fingerprint", fingerprint);
            json.writeArrayFieldStart("answers");
            for (JsonNode answer : answers) {
                json.writeTree(answer);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** The fingerprint a shipped JSON records (its first field), or null. */
    public static String recordedFingerprint(InputStream in) throws IOException {
        return ShippedJson.recordedFingerprint(in);
    }

    /** Reads shipped JSON; empty when it records another fingerprint than {@code expected}. */
    static Optional<List<JsonNode>> fromShipped(InputStream in, String expected) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (JsonParser json = mapper.getFactory().createParser(in)) {
            if (json.nextToken() != JsonToken.START_OBJECT || !"fingerprint".equals(json.nextFieldName())
                    || !expected.equals(json.nextTextValue())) {
                return Optional.empty();
            }
            if (!"answers".equals(json.nextFieldName()) || json.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("not shipped training answers");
            }
            List<JsonNode> out = new ArrayList<>();
            while (json.nextToken() == JsonToken.START_OBJECT) {
                out.add(mapper.readTree(json));
            }
            return Optional.of(out);
        }
    }

    private static InputStream open(String resource) throws IOException {
        return ShippedJson.open(resource);
    }
}
