package jp.infracareer.content;

import jp.infracareer.kernel.Lang;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The whole knowledge base, loaded once at start-up from {@code content/} on the class path. */
public final class KnowledgeBase {
    private static final String ROOT = "content/";

    private final Map<Lang, Catalog> catalogs;
    private final Aliases aliases;
    private final JobPostRules jobPostRules;

    private KnowledgeBase(Map<Lang, Catalog> catalogs, Aliases aliases, JobPostRules jobPostRules) {
        this.catalogs = catalogs;
        this.aliases = aliases;
        this.jobPostRules = jobPostRules;
    }

    /**
     * The knowledge base on the class path: read from the copy the build ships as JSON ({@value #SHIPPED}) when
     * it was made from these very content files, else from the YAML files themselves (with a warning). Both give
     * the same objects (ShippedKnowledgeBaseTest); JSON skips the YAML parser, most of loading's cold CPU.
     */
    public static KnowledgeBase load() {
        return shipped().orElseGet(() -> {
            org.slf4j.LoggerFactory.getLogger(KnowledgeBase.class).warn(
                    "no knowledge base made from these content files on the class path ({}); reading the YAML", SHIPPED);
            return fromYaml();
        });
    }

    /** The knowledge base read from its YAML files (what the build's shipped JSON is made from). */
    public static KnowledgeBase fromYaml() {
        ObjectMapper yaml = yamlMapper();
        Map<String, Object> parts = new LinkedHashMap<>();
        for (Map.Entry<String, Class<?>> file : FILES.entrySet()) {
            parts.put(file.getKey(), file.getValue() == JsonNode.class ? tree(yaml, file.getKey()) : read(yaml, file.getKey(), file.getValue()));
        }
        return assemble(parts);
    }

    /** Where the build writes the knowledge base as JSON (a class-path resource). */
    public static final String SHIPPED = "models/content.json";

    /**
     * Every content file the knowledge base is made of, with the type it is read as (a tree for the UI texts,
     * which are flattened): in the order the shipped JSON holds them.
     */
    static final Map<String, Class<?>> FILES = files();

    private static Map<String, Class<?>> files() {
        Map<String, Class<?>> files = new LinkedHashMap<>();
        for (Lang lang : Lang.values()) {
            String dir = ROOT + lang.code() + "/";
            files.put(dir + "roles.yml", RolesFile.class);
            files.put(dir + "comparisons.yml", ComparisonsFile.class);
            files.put(dir + "stages.yml", Stages.class);
            files.put(dir + "day.yml", Day.class);
            files.put(dir + "interview.yml", QuestionsFile.class);
            files.put(dir + "feedback.yml", FeedbackRules.class);
            files.put(dir + "fit.yml", FitQuiz.class);
            files.put(dir + "tips.yml", Tips.class);
            files.put(dir + "ui.yml", JsonNode.class);
            files.put(dir + "rubrics.yml", RubricsFile.class);
            files.put(dir + "guides.yml", GuidesFile.class);
            files.put(dir + "asked.yml", AskedFile.class);
            files.put(dir + "glossary.yml", GlossaryFile.class);
        }
        files.put(ROOT + "scoring.yml", Scoring.class);
        files.put(ROOT + "aliases.yml", Aliases.class);
        files.put(ROOT + "jobpost.yml", JobPostRules.class);
        return java.util.Collections.unmodifiableMap(files);
    }

    private static KnowledgeBase assemble(Map<String, Object> parts) {
        Map<Lang, Catalog> catalogs = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            String dir = ROOT + lang.code() + "/";
            catalogs.put(lang, new Catalog(
                    lang,
                    ((RolesFile) parts.get(dir + "roles.yml")).roles(),
                    ((ComparisonsFile) parts.get(dir + "comparisons.yml")).comparisons(),
                    (Stages) parts.get(dir + "stages.yml"),
                    (Day) parts.get(dir + "day.yml"),
                    ((QuestionsFile) parts.get(dir + "interview.yml")).questions(),
                    (FeedbackRules) parts.get(dir + "feedback.yml"),
                    (FitQuiz) parts.get(dir + "fit.yml"),
                    (Tips) parts.get(dir + "tips.yml"),
                    ui(lang, (JsonNode) parts.get(dir + "ui.yml")),
                    ((RubricsFile) parts.get(dir + "rubrics.yml")).resolved(),
                    (Scoring) parts.get(ROOT + "scoring.yml"),
                    ((GuidesFile) parts.get(dir + "guides.yml")).guides(),
                    ((AskedFile) parts.get(dir + "asked.yml")).asked(),
                    ((GlossaryFile) parts.get(dir + "glossary.yml")).terms()));
        }
        return new KnowledgeBase(catalogs, (Aliases) parts.get(ROOT + "aliases.yml"), (JobPostRules) parts.get(ROOT + "jobpost.yml"));
    }

    /**
     * What the shipped JSON must have been made from: every content file's name and bytes, the format, and the
     * YAML reader's version (the JSON is the tree it read).
     */
    public static String fingerprint() {
        return ShippedJson.fingerprint("knowledge-base-json/1 ", FILES.keySet(), "the content files");
    }

    /**
     * Writes the knowledge base's content files as one JSON object (the build step, advisor/ShipKnowledgeBase):
     * the fingerprint first, then each file's YAML tree under its name, in {@link #FILES}' order.
     */
    public static void writeShipped(java.io.OutputStream out, String fingerprint) throws IOException {
        ObjectMapper yaml = yamlMapper();
        try (com.fasterxml.jackson.core.JsonGenerator json = new ObjectMapper().getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("fingerprint", fingerprint);
            json.writeObjectFieldStart("files");
            for (String name : FILES.keySet()) {
                json.writeFieldName(name);
                json.writeTree(tree(yaml, name));
            }
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    /** The fingerprint a shipped JSON records (its first field), or null. */
    public static String recordedFingerprint(InputStream in) throws IOException {
        return ShippedJson.recordedFingerprint(in);
    }

    /** The knowledge base from the shipped JSON, when there is one made from the content files on the class path. */
    static java.util.Optional<KnowledgeBase> shipped() {
        String expected = fingerprint();
        try (InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            return in == null ? java.util.Optional.empty() : fromShipped(in, expected);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SHIPPED + ": " + e.getMessage(), e);
        }
    }

    /** Reads shipped JSON; empty when it records another fingerprint than {@code expected} (made from other files). */
    static java.util.Optional<KnowledgeBase> fromShipped(InputStream in, String expected) throws IOException {
        ObjectMapper mapper = jsonMapper();
        try (com.fasterxml.jackson.core.JsonParser json = mapper.getFactory().createParser(in)) {
            if (json.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT || !"fingerprint".equals(json.nextFieldName())
                    || !expected.equals(json.nextTextValue())) {
                return java.util.Optional.empty();
            }
            if (!"files".equals(json.nextFieldName()) || json.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                throw new IOException("not a shipped knowledge base");
            }
            Map<String, Object> parts = new LinkedHashMap<>();
            for (String name = json.nextFieldName(); name != null; name = json.nextFieldName()) {
                Class<?> type = FILES.get(name);
                if (type == null) {
                    throw new IOException("unknown content file " + name);
                }
                json.nextToken();
                parts.put(name, mapper.readValue(json, type));
            }
            if (!parts.keySet().equals(FILES.keySet())) {
                throw new IOException("content files missing");
            }
            return java.util.Optional.of(assemble(parts));
        }
    }

    /** As strict as {@link #yamlMapper()}, for the shipped JSON. */
    private static ObjectMapper jsonMapper() {
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    public Catalog catalog(Lang lang) {
        return catalogs.get(lang);
    }

    public Aliases aliases() {
        return aliases;
    }

    public JobPostRules jobPostRules() {
        return jobPostRules;
    }

    /** Strict: an unknown key in a content file is a typo, and fails loading. */
    public static ObjectMapper yamlMapper() {
        return JsonMapper.builder(new YAMLFactory())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    static <T> T read(ObjectMapper yaml, String resource, Class<T> type) {
        try (InputStream in = open(resource)) {
            return yaml.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode tree(ObjectMapper yaml, String resource) {
        try (InputStream in = open(resource)) {
            return yaml.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    private static Ui ui(Lang lang, JsonNode root) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, List<String>> lists = new LinkedHashMap<>();
        flatten("", root, texts, lists);
        return new Ui(lang, texts, lists);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> texts, Map<String, List<String>> lists) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e ->
                    flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), texts, lists));
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.asText()));
            lists.put(prefix, List.copyOf(items));
        } else {
            texts.put(prefix, node.asText());
        }
    }

    private static InputStream open(String resource) throws IOException {
        return ShippedJson.open(resource);
    }

    record RolesFile(List<Role> roles) {}

    record ComparisonsFile(List<Comparison> comparisons) {}

    record QuestionsFile(List<InterviewQuestion> questions) {}

    /**
     * rubrics.yml: the rubrics, and the misconception rules several of them share, written once; a rubric names a
     * shared rule by its id alone ({@link Rubric.Misconception#reference}). {@code everywhere} names shared rules read in
     * every question's answers, after its own: a wrong fact about the job (the late-night premium, who directs an SES
     * engineer) or a tool is as wrong in a story about night shifts as in any other answer.
     */
    record RubricsFile(List<Rubric.Misconception> sharedMisconceptions, List<String> everywhere, List<Rubric> rubrics) {
        RubricsFile {
            sharedMisconceptions = sharedMisconceptions == null ? List.of() : List.copyOf(sharedMisconceptions);
            everywhere = everywhere == null ? List.of() : List.copyOf(everywhere);
            rubrics = rubrics == null ? List.of() : List.copyOf(rubrics);
        }

        /** The rubrics with each reference replaced by the shared rule it names; an unknown id fails loading. */
        List<Rubric> resolved() {
            Map<String, Rubric.Misconception> shared = new java.util.HashMap<>();
            for (Rubric.Misconception m : sharedMisconceptions) {
                if (m.reference() || m.when().isEmpty() || shared.put(m.id(), m) != null) {
                    throw new IllegalStateException("shared misconception " + m.id() + " is empty or written twice");
                }
            }
            for (String id : everywhere) {
                if (!shared.containsKey(id)) {
                    throw new IllegalStateException("everywhere names misconception " + id + ", which is not in shared_misconceptions");
                }
            }
            return rubrics.stream().map(r -> r.withMisconceptions(java.util.stream.Stream.concat(r.misconceptions().stream(),
                    everywhere.stream().filter(id -> r.misconceptions().stream().noneMatch(m -> m.id().equals(id)))
                            .map(Rubric.Misconception::referenceTo)).map(m -> {
                if (!m.reference()) {
                    if (m.when().isEmpty()) { // a rule without words would match every sentence
                        throw new IllegalStateException(r.question() + ": misconception " + m.id() + " has no when");
                    }
                    return m;
                }
                Rubric.Misconception rule = shared.get(m.id());
                if (rule == null) {
                    throw new IllegalStateException(r.question() + " names misconception " + m.id()
                            + ", which has no rule there nor in shared_misconceptions");
                }
                return rule;
            }).toList())).toList();
        }
    }

    record GuidesFile(List<Guide> guides) {}

    /** The terms newcomers ask the meaning of ("Zabbixって何？"), defined in a few sentences each. */
    record GlossaryFile(List<GlossaryTerm> terms) {
        GlossaryFile {
            terms = terms == null ? List.of() : List.copyOf(terms);
        }
    }

    /** Per passage id, questions people ask that it answers (the FAQ side of retrieval). */
    record AskedFile(Map<String, List<String>> asked) {
        AskedFile {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            if (asked != null) {
                asked.forEach((id, questions) -> copy.put(id, questions == null ? List.of() : List.copyOf(questions)));
            }
            asked = java.util.Collections.unmodifiableMap(copy);
        }
    }
}
