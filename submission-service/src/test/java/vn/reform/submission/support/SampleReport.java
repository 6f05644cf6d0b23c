package vn.reform.submission.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The sample report (samples/report-submitted-sngv-v1.json) as a request body of the public API. */
public final class SampleReport {

    private SampleReport() {
    }

    public static JsonNode samplePayload() {
        return Contracts.sample("report-submitted-sngv-v1.json").get("payload");
    }

    public static ObjectNode body() {
        JsonNode payload = samplePayload();
        ObjectNode body = ((ObjectNode) Contracts.parse("{}"));
        body.set("values", payload.get("values").deepCopy());
        body.set("narrative", payload.get("narrative").deepCopy());
        body.put("documentNumber", payload.get("documentNumber").stringValue());
        body.put("signer", payload.get("signer").stringValue());
        return body;
    }
}
