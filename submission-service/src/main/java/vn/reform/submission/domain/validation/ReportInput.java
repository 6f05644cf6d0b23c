package vn.reform.submission.domain.validation;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/** A report as a client sent it, before validation: values keep their JSON types so that "5" is not taken for 5. */
public record ReportInput(Map<String, JsonNode> values, Map<String, String> narrative, String documentNumber, String signer) {

    public ReportInput {
        values = values == null ? Map.of() : values;
        narrative = narrative == null ? Map.of() : narrative;
    }
}
