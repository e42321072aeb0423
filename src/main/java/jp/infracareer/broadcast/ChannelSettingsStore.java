package jp.infracareer.broadcast;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import jp.infracareer.kernel.Lang;
import jp.infracareer.state.Records;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each workspace's advisor-channel settings, kept in that workspace's group of {@link Records} (beside its
 * installation), so that removing the app from a workspace deletes them with everything else. A small index
 * (team id to group) lets the schedule find the workspaces that have a channel; an entry whose group has
 * been deleted is dropped the next time it is read.
 */
public final class ChannelSettingsStore {
    static final String NAME = "advisor-channel";
    /** The index's own group: no workspace group is named like this (theirs start with "ws:"). */
    static final String INDEX = "index:advisor-channels";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger log = LoggerFactory.getLogger(ChannelSettingsStore.class);

    /** Settings as stored, with the workspace they belong to. */
    public record Stored(String enterpriseId, String teamId, ChannelSettings settings) {}

    private final Records records;
    private final BiFunction<String, String, String> groupOf;

    /** @param groupOf the group of a workspace's records, from its enterprise id (or null) and team id */
    public ChannelSettingsStore(Records records, BiFunction<String, String, String> groupOf) {
        this.records = records;
        this.groupOf = groupOf;
    }

    public Optional<Stored> find(String teamId) {
        if (teamId == null) {
            return Optional.empty();
        }
        Optional<String> group = records.get(INDEX, teamId);
        if (group.isEmpty()) {
            return Optional.empty();
        }
        Optional<Stored> stored = records.get(group.get(), NAME).flatMap(json -> decode(teamId, json));
        if (stored.isEmpty()) {
            // the workspace removed the app (its group is gone): the index follows
            records.remove(INDEX, teamId);
        }
        return stored;
    }

    public void save(String enterpriseId, String teamId, ChannelSettings settings) {
        String group = groupOf.apply(enterpriseId, teamId);
        records.put(group, NAME, encode(enterpriseId, settings));
        records.put(INDEX, teamId, group);
    }

    /** Every workspace with settings now. */
    public List<Stored> all() {
        List<Stored> all = new ArrayList<>();
        for (Map.Entry<String, String> entry : records.group(INDEX).entrySet()) {
            find(entry.getKey()).ifPresent(all::add);
        }
        return all;
    }

    private static String encode(String enterpriseId, ChannelSettings s) {
        ObjectNode node = JSON.createObjectNode();
        node.put("enterprise", enterpriseId);
        node.put("channel", s.channelId());
        s.advisorIds().stream().sorted().forEach(node.withArray("advisors")::add);
        node.put("lang", s.lang().code());
        return node.toString();
    }

    private static Optional<Stored> decode(String teamId, String json) {
        try {
            JsonNode node = JSON.readTree(json);
            Set<String> advisors = new HashSet<>();
            node.path("advisors").forEach(a -> advisors.add(a.asText()));
            String enterprise = node.path("enterprise").isTextual() ? node.path("enterprise").asText() : null;
            return Optional.of(new Stored(enterprise, teamId, new ChannelSettings(node.path("channel").asText(), advisors,
                    Lang.parse(node.path("lang").asText()).orElse(Lang.JA))));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            log.warn("a workspace's advisor-channel settings could not be read: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
