package jp.infracareer.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's sources ({@code bench/src}) use the engine's own types, and nothing else compiles them: a change
 * to a record they build once broke {@code bench/run.sh} unnoticed until the next bench run. Compiling them here
 * against the classes under test catches that in the build.
 */
class BenchSourcesCompileTest {

    @Test
    void theBenchSourcesCompileAgainstTheCurrentClasses(@TempDir Path out) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("-nowarn", "-proc:none", "-d", out.toString(),
                "-cp", System.getProperty("java.class.path")));
        try (Stream<Path> files = Files.list(Path.of("bench", "src"))) {
            files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().forEach(arguments::add);
        }
        assertThat(arguments).anyMatch(a -> a.endsWith("Bench.java"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, errors, errors, arguments.toArray(String[]::new));
        assertThat(status).as("javac bench/src/*.java:%n%s", errors.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.resolve("Bench.class")).exists();
        assertThat(new File(out.toFile(), "BareBoltApp.class")).exists();
    }
}
