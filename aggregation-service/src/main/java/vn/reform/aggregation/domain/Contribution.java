package vn.reform.aggregation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * One agency's latest report in one round (document {@code round|agency}): the latest submitted values and
 * narrative, the latest status, the highest {@code sequence} applied (and the highest one that carried values),
 * the recently applied event ids, and the state of its contribution to the round rollup ({@code applied}, plus
 * {@code pending} while a rollup update is in flight).
 */
public record Contribution(String round, String agency, long docVersion, long sequence, long valuesSequence,
                           List<String> eventIds, ReportStatus status, Integer version, Instant submittedAt,
                           boolean late, String submittedBy, String templateKey, String documentNumber,
                           String signer, JsonNode values, Map<String, String> narrative, String returnReason,
                           AppliedState applied, AppliedState pending) {

    /** How many event ids are remembered; older duplicates are still caught by the sequence check. */
    public static final int REMEMBERED_EVENTS = 50;

    public Contribution {
        eventIds = List.copyOf(eventIds);
        narrative = narrative == null ? Map.of() : Map.copyOf(narrative);
        applied = applied == null ? AppliedState.NONE : applied;
    }

    public static String id(String round, String agency) {
        return round + "|" + agency;
    }

    public String id() {
        return id(round, agency);
    }

    public static Contribution empty(String round, String agency) {
        return new Contribution(round, agency, 0, 0, 0, List.of(), null, null, null, false, null, null, null,
                null, null, Map.of(), null, AppliedState.NONE, null);
    }

    public boolean hasValues() {
        return valuesSequence > 0 && values != null;
    }

    /**
     * The contribution after {@code event}, or empty when the event was already applied (same event id, or a
     * sequence not higher than the one already stored). A submission that arrives after a later return or
     * acceptance still brings its values, but does not change the newer status.
     */
    public Optional<Contribution> apply(ReportEvent event) {
        if (eventIds.contains(event.eventId())) {
            return Optional.empty();
        }
        boolean newerStatus = event.sequence() > sequence;
        boolean newerValues = event.isSubmission() && event.sequence() > valuesSequence;
        if (!newerStatus && !newerValues) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>(eventIds);
        ids.add(event.eventId());
        if (ids.size() > REMEMBERED_EVENTS) {
            ids = ids.subList(ids.size() - REMEMBERED_EVENTS, ids.size());
        }
        Contribution next = new Contribution(round, agency, docVersion, Math.max(sequence, event.sequence()),
                valuesSequence, ids, status, version, submittedAt, late, submittedBy, templateKey, documentNumber,
                signer, values, narrative, returnReason, applied, pending);
        if (newerValues) {
            next = next.withValuesOf(event);
        }
        if (newerStatus) {
            next = next.withStatusOf(event);
        }
        return Optional.of(next);
    }

    private Contribution withValuesOf(ReportEvent e) {
        return new Contribution(round, agency, docVersion, sequence, e.sequence(), eventIds, status, e.version(),
                e.at(), Boolean.TRUE.equals(e.late()), e.by(), e.templateKey(), e.documentNumber(), e.signer(),
                e.values(), e.narrative(), returnReason, applied, pending);
    }

    private Contribution withStatusOf(ReportEvent e) {
        String reason = e.status() == ReportStatus.RETURNED ? e.reason() : null;
        Integer v = version == null ? e.version() : version;
        return new Contribution(round, agency, docVersion, sequence, valuesSequence, eventIds, e.status(), v,
                submittedAt, late, submittedBy, templateKey, documentNumber, signer, values, narrative, reason,
                applied, pending);
    }

    /** This contribution as stored after one more successful write. */
    public Contribution stored() {
        return new Contribution(round, agency, docVersion + 1, sequence, valuesSequence, eventIds, status, version,
                submittedAt, late, submittedBy, templateKey, documentNumber, signer, values, narrative,
                returnReason, applied, pending);
    }

    public Contribution withRollupState(AppliedState newApplied, AppliedState newPending) {
        return new Contribution(round, agency, docVersion, sequence, valuesSequence, eventIds, status, version,
                submittedAt, late, submittedBy, templateKey, documentNumber, signer, values, narrative,
                returnReason, newApplied, newPending);
    }
}
