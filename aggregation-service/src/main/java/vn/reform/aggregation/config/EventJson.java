package vn.reform.aggregation.config;

import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper for events and stored payloads: unknown fields are ignored (contracts §2: additive changes
 * do not bump the schema version).
 */
@Component
public class EventJson {

    private final JsonMapper mapper;

    public EventJson(JsonMapper bootMapper) {
        this.mapper = bootMapper.rebuild()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    public JsonNode tree(String json) {
        return mapper.readTree(json);
    }

    public <T> T convert(JsonNode node, Class<T> type) {
        return mapper.treeToValue(node, type);
    }

    public <T> T read(String json, Class<T> type) {
        return mapper.readValue(json, type);
    }

    public String write(Object value) {
        return mapper.writeValueAsString(value);
    }
}
