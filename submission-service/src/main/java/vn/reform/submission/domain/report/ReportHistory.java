package vn.reform.submission.domain.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of one agency's report in one round, folded from its events in sequence order. A history built from a
 * tail ({@link #ofTail}) answers what appending the next event needs; what needs every version refuses.
 */
public final class ReportHistory {

    private final List<ReportEvent> events;
    private final boolean complete;

    public ReportHistory(List<ReportEvent> events) {
        this(events, true);
    }

    private ReportHistory(List<ReportEvent> events, boolean complete) {
        this.events = events.stream().sorted(Comparator.comparingLong(ReportEvent::sequence)).toList();
        this.complete = complete;
    }

    /**
     * The history of a report known only from its tail ({@link #tailOf}): status, open grant, deadline, latest
     * submission and last sequence are those of the whole history; the events and the versions are not known.
     */
    public static ReportHistory ofTail(List<ReportEvent> events) {
        return new ReportHistory(tailOf(events), false);
    }

    /**
     * The events from the latest submission on, in sequence order (all of them when nothing was submitted): a
     * submission sets the status whatever came before it, so nothing earlier changes what the next event may be.
     */
    public static List<ReportEvent> tailOf(List<ReportEvent> events) {
        long from = events.stream().filter(e -> e.type() == ReportEventType.SUBMITTED)
                .mapToLong(ReportEvent::sequence).max().orElse(0);
        return events.stream().filter(e -> e.sequence() >= from)
                .sorted(Comparator.comparingLong(ReportEvent::sequence)).toList();
    }

    public List<ReportEvent> events() {
        requireComplete();
        return events;
    }

    public long lastSequence() {
        return events.isEmpty() ? 0 : events.get(events.size() - 1).sequence();
    }

    public Optional<ReportEvent> latestSubmission() {
        return submissions().reduce((first, second) -> second);
    }

    public int latestVersion() {
        return latestSubmission().map(ReportEvent::version).orElse(0);
    }

    public Optional<ReportEvent> submission(int version) {
        requireComplete();
        return submissions().filter(e -> e.version() == version).findFirst();
    }

    /** The status from the events alone; NOT_STARTED when nothing was ever submitted. */
    public ReportStatus status() {
        ReportStatus status = ReportStatus.NOT_STARTED;
        for (ReportEvent event : events) {
            status = switch (event.type()) {
                case SUBMITTED -> ReportStatus.SUBMITTED;
                case RETURNED -> ReportStatus.RETURNED;
                case ACCEPTED -> ReportStatus.ACCEPTED;
                case REOPENED -> status;
            };
        }
        return status;
    }

    /** The last return or reopening not yet answered by a submission: it lets the agency submit into a locked round. */
    public Optional<ReportEvent> openGrant() {
        for (int i = events.size() - 1; i >= 0; i--) {
            ReportEvent event = events.get(i);
            if (event.type() == ReportEventType.SUBMITTED) {
                return Optional.empty();
            }
            if (event.type() == ReportEventType.RETURNED || event.type() == ReportEventType.REOPENED) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }

    /** The deadline that applies to the next submission: the one a pending return/reopening set, else the round's. */
    public Instant deadline(Instant roundDueAt) {
        return openGrant().map(ReportEvent::dueAt).orElse(roundDueAt);
    }

    public List<VersionSummary> versions() {
        requireComplete();
        Map<Integer, ReportStatus> statusByVersion = new LinkedHashMap<>();
        for (ReportEvent event : events) {
            switch (event.type()) {
                case SUBMITTED -> statusByVersion.put(event.version(), ReportStatus.SUBMITTED);
                case RETURNED -> statusByVersion.put(event.version(), ReportStatus.RETURNED);
                case ACCEPTED -> statusByVersion.put(event.version(), ReportStatus.ACCEPTED);
                case REOPENED -> { }
            }
        }
        List<VersionSummary> versions = new ArrayList<>();
        submissions().forEach(e -> versions.add(new VersionSummary(e.version(), e.occurredAt(), e.isLate(), e.actor(),
                statusByVersion.get(e.version()))));
        return versions;
    }

    private void requireComplete() {
        if (!complete) {
            throw new IllegalStateException("only the tail of this report's history was read");
        }
    }

    private java.util.stream.Stream<ReportEvent> submissions() {
        return events.stream().filter(e -> e.type() == ReportEventType.SUBMITTED);
    }
}
