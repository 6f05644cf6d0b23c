package vn.reform.submission.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.model.Filters;

import vn.reform.submission.domain.report.ReportEvent;
import vn.reform.submission.domain.report.ReportEventType;
import vn.reform.submission.domain.report.ReportKey;
import vn.reform.submission.support.IntegrationTestBase;

/**
 * Appending reads a report's tail (its events from the latest submission on) from where it stood when last read:
 * the events before it are not asked for again, events another instance stored are seen, and a tail whose last
 * event is no longer the one read is read again from the whole history.
 */
class ReportTailIntegrationTest extends IntegrationTestBase {

    @Autowired
    ReportEventStore events;

    @Autowired
    MongoTemplate mongo;

    @Test
    void afterManySubmissionsTheTailStartsAtTheLatestAndIsReadFromThereOn() {
        ReportKey key = new ReportKey(uniqueCode("TAIL"), "SNV");
        for (long sequence = 1; sequence <= 25; sequence++) {
            store(events, key, sequence, ReportEventType.SUBMITTED);
        }
        store(events, key, 26, ReportEventType.RETURNED);

        assertThat(events.tail(key)).extracting(ReportEvent::sequence).containsExactly(25L, 26L);

        // the events before the tail are not read again: gone, they would end a whole history at once
        mongo.getCollection(ReportEventStore.COLLECTION).deleteOne(Filters.eq("_id", ReportEventStore.id(key, 1)));
        store(events, key, 27, ReportEventType.SUBMITTED);
        store(events, key, 28, ReportEventType.RETURNED);

        assertThat(events.tail(key)).extracting(ReportEvent::sequence).containsExactly(27L, 28L);
        assertThat(events.history(key)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 8, 30})
    void theTailHoldsWhatAnotherInstanceStoredSinceItWasRead(int added) {
        ReportKey key = new ReportKey(uniqueCode("TAIO"), "SNV");
        ReportEventStore otherInstance = new ReportEventStore(mongo);
        store(events, key, 1, ReportEventType.SUBMITTED);
        store(events, key, 2, ReportEventType.SUBMITTED);
        assertThat(events.tail(key)).extracting(ReportEvent::sequence).containsExactly(2L);

        for (long sequence = 3; sequence <= 2 + added; sequence++) {
            store(otherInstance, key, sequence, ReportEventType.REOPENED);
        }
        assertThat(events.tail(key)).extracting(ReportEvent::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(2, 2 + added).boxed().toList());

        store(otherInstance, key, 3 + added, ReportEventType.SUBMITTED);
        assertThat(events.tail(key)).extracting(ReportEvent::sequence).containsExactly(3L + added);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 6})
    void aTailWhoseEventsWereReplacedIsReadFromTheWholeNewHistory(int newLength) {
        ReportKey key = new ReportKey(uniqueCode("TAIR"), "SNV");
        store(events, key, 1, ReportEventType.SUBMITTED);
        store(events, key, 2, ReportEventType.SUBMITTED);
        store(events, key, 3, ReportEventType.SUBMITTED);
        store(events, key, 4, ReportEventType.RETURNED);
        assertThat(events.tail(key)).extracting(ReportEvent::sequence).containsExactly(3L, 4L);

        // as after the collection was dropped: the same ids, other events; only the first one is a submission
        mongo.getCollection(ReportEventStore.COLLECTION)
                .deleteMany(Filters.and(Filters.eq("round", key.round()), Filters.eq("agency", key.agency())));
        List<ReportEvent> replaced = new ArrayList<>();
        replaced.add(store(events, key, 1, ReportEventType.SUBMITTED));
        for (long sequence = 2; sequence <= newLength; sequence++) {
            replaced.add(store(events, key, sequence, ReportEventType.REOPENED));
        }

        assertThat(events.tail(key)).extracting(ReportEvent::eventId)
                .containsExactlyElementsOf(replaced.stream().map(ReportEvent::eventId).toList());
    }

    /** Stores an event through {@code store}, as already published so that the outbox leaves it alone. */
    private static ReportEvent store(ReportEventStore store, ReportKey key, long sequence, ReportEventType type) {
        Instant now = Instant.now();
        ReportEvent event = new ReportEvent(key, sequence, type, UUID.randomUUID().toString(), now, "snv",
                type == ReportEventType.REOPENED ? null : 1, Map.of("sequence", sequence), List.of(), null, null, true);
        store.insert(event);
        return event;
    }
}
