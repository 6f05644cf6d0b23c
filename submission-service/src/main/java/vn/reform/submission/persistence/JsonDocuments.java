package vn.reform.submission.persistence;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Catalogue records are stored as their JSON form (ISO dates and instants as strings, integral numbers as integers),
 * so that what is stored, what the API shows and what is published are the same shape.
 */
@Component
public class JsonDocuments {

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final JsonMapper mapper;

    public JsonDocuments(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public Document toDocument(Object value) {
        return Document.parse(mapper.writeValueAsString(value));
    }

    public <T> T fromDocument(Document document, Class<T> type) {
        return mapper.readValue(document.toJson(RELAXED), type);
    }

    public String toJson(Object value) {
        return mapper.writeValueAsString(value);
    }
}
