package vn.reform.submission.domain.report;

import java.util.Map;

/** What an agency reports: validated, NFC-normalised values and narrative, the document number and the signer. */
public record ReportContent(Map<String, Object> values, Map<String, String> narrative, String documentNumber, String signer) {

    public ReportContent {
        values = values == null ? Map.of() : values;
        narrative = narrative == null ? Map.of() : narrative;
    }
}
