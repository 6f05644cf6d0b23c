package vn.reform.aggregation.domain;

import java.time.Instant;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A report event (ReportSubmitted, ReportReturned, ReportAccepted, ReportReopened) reduced to what the rollups
 * need. {@code values}/{@code narrative} are set for submissions only.
 */
public record ReportEvent(String eventId, String type, String round, String agency, long sequence, Integer version,
                          Instant at, Boolean late, String by, String templateKey, String documentNumber,
                          String signer, JsonNode values, Map<String, String> narrative, String reason) {

    public static final String SUBMITTED = "ReportSubmitted";
    public static final String RETURNED = "ReportReturned";
    public static final String ACCEPTED = "ReportAccepted";
    public static final String REOPENED = "ReportReopened";

    public boolean isSubmission() {
        return SUBMITTED.equals(type);
    }

    public ReportStatus status() {
        return switch (type) {
            case SUBMITTED -> ReportStatus.SUBMITTED;
            case RETURNED -> ReportStatus.RETURNED;
            case ACCEPTED -> ReportStatus.ACCEPTED;
            case REOPENED -> ReportStatus.REOPENED;
            default -> throw new IllegalStateException("not a report event: " + type);
        };
    }
}
