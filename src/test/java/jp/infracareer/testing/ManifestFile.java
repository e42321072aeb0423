package jp.infracareer.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The project's {@code manifest.yml}, read as the tests see it (the working directory is the project root). */
public final class ManifestFile {
    private ManifestFile() {}

    public static JsonNode read() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("manifest.yml")));
    }

    /** {@code oauth_config.scopes.bot}, in the manifest's order. */
    public static List<String> botScopes() throws IOException {
        List<String> scopes = new ArrayList<>();
        read().path("oauth_config").path("scopes").path("bot").forEach(scope -> scopes.add(scope.asText()));
        if (scopes.isEmpty()) {
            throw new IllegalStateException("manifest.yml lists no oauth_config.scopes.bot");
        }
        return List.copyOf(scopes);
    }
}
