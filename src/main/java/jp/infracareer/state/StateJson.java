package jp.infracareer.state;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A user's state as stable JSON, for a store shared by several replicas: {@code {"schema":1,"state":{...}}}
 * with the records' own field names, keys sorted, instants as ISO-8601 text. A record written by a newer
 * schema than this code knows is refused rather than half-read.
 */
public final class StateJson {
    /** Bump when a stored record changes shape, and teach {@link #read} the old one. */
    public static final int SCHEMA = 1;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private StateJson() {}

    public static String write(UserState state) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("schema", SCHEMA);
        envelope.set("state", JSON.valueToTree(state));
        try {
            return JSON.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("user state could not be written as JSON", e);
        }
    }

    public static UserState read(String json) {
        try {
            JsonNode envelope = JSON.readTree(json);
            int schema = envelope.path("schema").asInt(-1);
            if (schema != SCHEMA) {
                throw new IllegalStateException("user state has schema " + schema + "; this version reads " + SCHEMA);
            }
            return JSON.treeToValue(envelope.path("state"), UserState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("user state is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
