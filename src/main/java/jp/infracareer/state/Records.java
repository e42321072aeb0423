package jp.infracareer.state;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Small records that must outlive the process (a workspace's installation, its settings): named values in
 * groups, a group being everything about one workspace, so that forgetting a workspace is one step. Kept in
 * files in one process ({@link FileRecords}) or in Redis for several replicas; both pass the same contract.
 */
public interface Records {
    Optional<String> get(String group, String name);

    void put(String group, String name, String value);

    void remove(String group, String name);

    /** Every value of the group, by name (empty when the group holds nothing). */
    Map<String, String> group(String group);

    /** Forgets the whole group. */
    void removeGroup(String group);

    /** Held in this process only: for tests and for runs that keep nothing. */
    static Records inMemory() {
        Map<String, Map<String, String>> groups = new ConcurrentHashMap<>();
        return new Records() {
            @Override
            public Optional<String> get(String group, String name) {
                return Optional.ofNullable(groups.getOrDefault(group, Map.of()).get(name));
            }

            @Override
            public void put(String group, String name, String value) {
                groups.computeIfAbsent(group, g -> new ConcurrentHashMap<>()).put(name, value);
            }

            @Override
            public void remove(String group, String name) {
                groups.computeIfPresent(group, (g, values) -> {
                    values.remove(name);
                    return values.isEmpty() ? null : values;
                });
            }

            @Override
            public Map<String, String> group(String group) {
                return Map.copyOf(groups.getOrDefault(group, Map.of()));
            }

            @Override
            public void removeGroup(String group) {
                groups.remove(group);
            }
        };
    }
}
