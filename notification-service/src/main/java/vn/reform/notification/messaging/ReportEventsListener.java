package vn.reform.notification.messaging;

import java.time.Clock;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import vn.reform.notification.domain.ReportStatus;
import vn.reform.notification.persistence.ReportStateStore;

/**
 * Follows each agency's report through {@code reform.reports}. Duplicates and stale events are ignored through
 * the per-{@code round|agency} {@code sequence}.
 */
@Component
public class ReportEventsListener {

    private static final Logger log = LoggerFactory.getLogger(ReportEventsListener.class);

    private static final Map<String, ReportStatus> STATUS_BY_TYPE = Map.of(
            "ReportSubmitted", ReportStatus.SUBMITTED,
            "ReportReturned", ReportStatus.RETURNED,
            "ReportAccepted", ReportStatus.ACCEPTED,
            "ReportReopened", ReportStatus.REOPENED);

    private final EventReader reader;
    private final ReportStateStore store;
    private final Clock clock;

    public ReportEventsListener(EventReader reader, ReportStateStore store, Clock clock) {
        this.reader = reader;
        this.store = store;
        this.clock = clock;
    }

    @KafkaListener(topics = "${notification.topics.reports:reform.reports}")
    public void onReportEvent(String value) {
        EventEnvelope envelope = reader.envelope(value);
        ReportStatus status = STATUS_BY_TYPE.get(envelope.type());
        if (status == null) {
            log.debug("skipped event type {} on the reports topic", envelope.type());
            return;
        }
        ReportEvent event = reader.payload(envelope, envelope.type(), ReportEvent.class).orElseThrow();
        if (event.round() == null || event.agency() == null || event.sequence() == null) {
            throw new UnsupportedEventException(envelope.type() + " " + envelope.eventId() + " lacks round, agency or sequence");
        }
        boolean applied = store.apply(event.round(), event.agency(), status, status.awaited() ? event.dueAt() : null,
                event.sequence(), envelope.eventId(), clock.instant());
        log.info("{} {}|{} seq {} {}", envelope.type(), event.round(), event.agency(), event.sequence(),
                applied ? "applied" : "ignored (not newer)");
    }
}
