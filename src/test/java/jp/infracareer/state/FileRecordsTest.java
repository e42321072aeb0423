package jp.infracareer.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileRecordsTest extends RecordsContract {
    @TempDir
    Path dir;

    private Records records;

    @Override
    protected Records records() {
        if (records == null) {
            records = new FileRecords(dir);
        }
        return records;
    }

    @Test
    void whatIsWrittenIsReadBackByTheNextProcessAndNothingIsWrittenOutsideTheDirectory() throws Exception {
        records().put("../escape", "bot", "token-like");
        Records next = new FileRecords(dir);
        assertThat(next.get("../escape", "bot")).hasValue("token-like");
        try (var files = Files.list(dir.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains("escape"));
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(name -> name.matches("[0-9a-f]+\\.json"));
        }
    }
}
