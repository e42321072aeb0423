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

    public static KnowledgeBase load() {
        ObjectMapper yaml = yamlMapper();
        Map<Lang, Catalog> catalogs = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            String dir = ROOT + lang.code() + "/";
            catalogs.put(lang, new Catalog(
                    lang,
                    read(yaml, dir + "roles.yml", RolesFile.class).roles(),
                    read(yaml, dir + "comparisons.yml", ComparisonsFile.class).comparisons(),
                    read(yaml, dir + "stages.yml", Stages.class),
                    read(yaml, dir + "day.yml", Day.class),
                    read(yaml, dir + "interview.yml", QuestionsFile.class).questions(),
                    read(yaml, dir + "feedback.yml", FeedbackRules.class),
                    read(yaml, dir + "fit.yml", FitQuiz.class),
                    read(yaml, dir + "tips.yml", Tips.class),
                    readUi(yaml, lang, dir + "ui.yml"),
                    read(yaml, dir + "rubrics.yml", RubricsFile.class).rubrics(),
                    read(yaml, ROOT + "scoring.yml", Scoring.class),
                    read(yaml, dir + "guides.yml", GuidesFile.class).guides()));
        }
        return new KnowledgeBase(catalogs, read(yaml, ROOT + "aliases.yml", Aliases.class),
                read(yaml, ROOT + "jobpost.yml", JobPostRules.class));
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

    private static Ui readUi(ObjectMapper yaml, Lang lang, String resource) {
        JsonNode root;
        try (InputStream in = open(resource)) {
            root = yaml.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
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
        InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing resource " + resource);
        }
        return in;
    }

    record RolesFile(List<Role> roles) {}

    record ComparisonsFile(List<Comparison> comparisons) {}

    record QuestionsFile(List<InterviewQuestion> questions) {}

    record RubricsFile(List<Rubric> rubrics) {}

    record GuidesFile(List<Guide> guides) {}
}
