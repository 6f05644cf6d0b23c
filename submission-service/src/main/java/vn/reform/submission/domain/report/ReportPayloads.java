package vn.reform.submission.domain.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.reform.submission.domain.catalogue.Round;

/** The version-1 payloads of the report events, field for field as in the contract (contracts §3). */
public final class ReportPayloads {

    private ReportPayloads() {
    }

    public static Map<String, Object> submitted(Round round, ReportKey key, int version, long sequence, Instant submittedAt,
                                                boolean late, String submittedBy, ReportContent content) {
        Map<String, Object> payload = base(key);
        payload.put("version", version);
        payload.put("sequence", sequence);
        payload.put("templateCode", round.templateCode());
        payload.put("templateVersion", round.templateVersion());
        payload.put("submittedAt", submittedAt.toString());
        payload.put("late", late);
        payload.put("submittedBy", submittedBy);
        payload.put("documentNumber", content.documentNumber());
        payload.put("signer", content.signer());
        payload.put("values", content.values());
        payload.put("narrative", content.narrative());
        return payload;
    }

    public static Map<String, Object> returned(ReportKey key, int version, long sequence, String reason, String returnedBy,
                                               Instant returnedAt, Instant dueAt) {
        Map<String, Object> payload = base(key);
        payload.put("version", version);
        payload.put("sequence", sequence);
        payload.put("reason", reason);
        payload.put("returnedBy", returnedBy);
        payload.put("returnedAt", returnedAt.toString());
        payload.put("dueAt", dueAt.toString());
        return payload;
    }

    public static Map<String, Object> accepted(ReportKey key, int version, long sequence, String acceptedBy, Instant acceptedAt) {
        Map<String, Object> payload = base(key);
        payload.put("version", version);
        payload.put("sequence", sequence);
        payload.put("acceptedBy", acceptedBy);
        payload.put("acceptedAt", acceptedAt.toString());
        return payload;
    }

    public static Map<String, Object> reopened(ReportKey key, long sequence, String reopenedBy, Instant reopenedAt, Instant dueAt) {
        Map<String, Object> payload = base(key);
        payload.put("sequence", sequence);
        payload.put("reopenedBy", reopenedBy);
        payload.put("reopenedAt", reopenedAt.toString());
        payload.put("dueAt", dueAt.toString());
        return payload;
    }

    /** The content of a stored submission payload. */
    @SuppressWarnings("unchecked")
    public static ReportContent contentOf(Map<String, Object> submittedPayload) {
        return new ReportContent((Map<String, Object>) submittedPayload.get("values"),
                (Map<String, String>) submittedPayload.get("narrative"),
                (String) submittedPayload.get("documentNumber"), (String) submittedPayload.get("signer"));
    }

    private static Map<String, Object> base(ReportKey key) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("round", key.round());
        payload.put("agency", key.agency());
        return payload;
    }
}
