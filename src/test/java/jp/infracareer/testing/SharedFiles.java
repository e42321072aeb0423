package jp.infracareer.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files from {@code ../shared} (Slack's manifest schema, payload samples). A user's clone has no
 * {@code ../shared}: tests that need it are skipped with a reason that says so; CI always has it.
 */
public final class SharedFiles {
    private SharedFiles() {}

    public static Path require(String relative) {
        Path shared = Path.of("..", "shared").toAbsolutePath().normalize();
        Path file = shared.resolve(relative);
        assumeTrue(Files.isRegularFile(file),
                "skipped: " + file + " is not here (../shared sits beside the project in CI only)");
        return file;
    }
}
