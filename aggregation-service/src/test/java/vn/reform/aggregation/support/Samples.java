package vn.reform.aggregation.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract's sample events (from the folder in the system property {@code contracts.dir}), and variations
 * of them for other rounds, agencies and values.
 */
public final class Samples {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private Samples() {
    }

    public static ObjectNode load(String name) {
        String dir = System.getProperty("contracts.dir");
        if (dir == null) {
            throw new IllegalStateException("system property contracts.dir is not set (surefire sets it)");
        }
        try {
            return (ObjectNode) JSON.readTree(Files.readString(Path.of(dir, "samples", name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode template() {
        return load("template-published-cchc-v1.json");
    }

    public static ObjectNode sampleReport() {
        return load("report-submitted-sngv-v1.json");
    }

    /** The sample round with another code and expected agencies. */
    public static ObjectNode round(String code, String dataTo, String... expected) {
        ObjectNode event = load("round-changed-2023-par-adhoc-v1.json");
        withNewId(event).put("key", code);
        ObjectNode p = (ObjectNode) event.get("payload");
        p.put("code", code);
        p.put("dataTo", dataTo);
        p.putArray("expectedAgencies").addAll(java.util.Arrays.stream(expected).map(p::textNode).toList());
        return event;
    }

    public static ObjectNode agency(String code, String name, String kind) {
        ObjectNode event = load("agency-changed-sngv-v1.json");
        withNewId(event).put("key", code);
        ObjectNode p = (ObjectNode) event.get("payload");
        p.put("code", code);
        p.put("name", name);
        p.put("kind", kind);
        return event;
    }

    /** The sample report moved to another round/agency with the given sequence and values edited. */
    public static ObjectNode report(String round, String agency, int sequence, int version,
                                    Consumer<ObjectNode> editValues) {
        ObjectNode event = sampleReport();
        withNewId(event).put("key", round + "|" + agency);
        ObjectNode p = (ObjectNode) event.get("payload");
        p.put("round", round);
        p.put("agency", agency);
        p.put("sequence", sequence);
        p.put("version", version);
        editValues.accept((ObjectNode) p.get("values"));
        return event;
    }

    /** A status event (returned/accepted/reopened sample) for another round/agency and sequence. */
    public static ObjectNode status(String sample, String round, String agency, int sequence, int version) {
        ObjectNode event = load(sample);
        withNewId(event).put("key", round + "|" + agency);
        ObjectNode p = (ObjectNode) event.get("payload");
        p.put("round", round);
        p.put("agency", agency);
        p.put("sequence", sequence);
        p.put("version", version);
        return event;
    }

    public static ObjectNode withNewId(ObjectNode event) {
        event.put("eventId", UUID.randomUUID().toString());
        return event;
    }

    public static JsonNode payload(ObjectNode event) {
        return event.get("payload");
    }
}
