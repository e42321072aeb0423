package jp.infracareer.state;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Records in files, one JSON file per group under a data directory, for a single process. A group's file is
 * replaced whole through a temporary file and an atomic move, so a crash leaves the old file or the new one,
 * never half of one. File names are the group's hex encoding: no group name can reach outside the directory.
 * The files hold tokens: they are created readable by their owner only where the file system allows it.
 */
public final class FileRecords implements Records {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {};

    private final Path dir;

    public FileRecords(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dir, e);
        }
    }

    @Override
    public synchronized Optional<String> get(String group, String name) {
        return Optional.ofNullable(read(group).get(name));
    }

    @Override
    public synchronized void put(String group, String name, String value) {
        TreeMap<String, String> values = read(group);
        values.put(name, value);
        write(group, values);
    }

    @Override
    public synchronized void remove(String group, String name) {
        TreeMap<String, String> values = read(group);
        if (values.remove(name) != null) {
            write(group, values);
        }
    }

    @Override
    public synchronized Map<String, String> group(String group) {
        return Map.copyOf(read(group));
    }

    @Override
    public synchronized void removeGroup(String group) {
        try {
            Files.deleteIfExists(file(group));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete a record file in " + dir, e);
        }
    }

    private Path file(String group) {
        return dir.resolve(HexFormat.of().formatHex(group.getBytes(StandardCharsets.UTF_8)) + ".json");
    }

    private TreeMap<String, String> read(String group) {
        Path file = file(group);
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        try {
            return JSON.readValue(file.toFile(), MAP);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the record file " + file.getFileName() + " in " + dir, e);
        }
    }

    private void write(String group, TreeMap<String, String> values) {
        Path file = file(group);
        try {
            if (values.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            Path temp = Files.createTempFile(dir, ".records", ".tmp");
            try {
                restrict(temp);
                Files.write(temp, JSON.writeValueAsBytes(values));
                try {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a record file in " + dir, e);
        }
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the directory's own permissions apply
        }
    }
}
