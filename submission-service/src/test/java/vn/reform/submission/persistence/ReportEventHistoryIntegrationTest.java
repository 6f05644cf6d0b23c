package vn.reform.submission.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import vn.reform.submission.domain.report.ReportEvent;
import vn.reform.submission.domain.report.ReportEventType;
import vn.reform.submission.domain.report.ReportKey;
import vn.reform.submission.domain.report.ReportPayloads;
import vn.reform.submission.support.IntegrationTestBase;

/**
 * A report's history is read by {@code _id} in batches (8, then 16, 32, 64…): every event comes back once and in
 * sequence order whatever the length, around each batch's edge too, and nothing of a neighbouring report whose key
 * starts the same way.
 */
class ReportEventHistoryIntegrationTest extends IntegrationTestBase {

    @Autowired
    ReportEventStore events;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 8, 9, 24, 25, 120, 121})
    void theHistoryHoldsEveryEventOnceInSequenceOrder(int length) {
        String round = uniqueCode("HIS");
        ReportKey key = new ReportKey(round, "SNV");
        ReportKey neighbour = new ReportKey(round, "SNVX");
        // stored backwards, so that the order read is not the order written
        for (long sequence = length; sequence >= 1; sequence--) {
            events.insert(reopened(key, sequence));
        }
        for (long sequence = 1; sequence <= 3; sequence++) {
            events.insert(reopened(neighbour, sequence));
        }

        List<ReportEvent> history = events.history(key);

        assertThat(history).extracting(ReportEvent::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, length).boxed().toList());
        assertThat(history).allMatch(e -> e.key().equals(key));
        assertThat(events.history(neighbour)).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 8, 9})
    void theFirstMissingSequenceEndsTheHistory(int missing) {
        ReportKey key = new ReportKey(uniqueCode("GAP"), "SNV");
        for (long sequence = 1; sequence <= 12; sequence++) {
            if (sequence != missing) {
                events.insert(reopened(key, sequence));
            }
        }

        assertThat(events.history(key)).extracting(ReportEvent::sequence)
                .containsExactlyElementsOf(LongStream.range(1, missing).boxed().toList());
    }

    @Test
    void anIdPadsTheSequenceToEightDigits() {
        ReportKey key = new ReportKey("R-2026", "SNV");

        assertThat(ReportEventStore.id(key, 7)).isEqualTo("R-2026|SNV|00000007");
        assertThat(ReportEventStore.id(key, 123_456_789)).isEqualTo("R-2026|SNV|123456789");
        assertThat(ReportEventStore.sequenceOfId(ReportEventStore.id(key, 42))).isEqualTo(42);
        assertThat(ReportEventStore.keyOfId(ReportEventStore.id(key, 42))).isEqualTo(key);
    }

    /** Stored as already published, so that the outbox sweep leaves it alone. */
    private static ReportEvent reopened(ReportKey key, long sequence) {
        Instant now = Instant.now();
        return new ReportEvent(key, sequence, ReportEventType.REOPENED, UUID.randomUUID().toString(), now, "snv", null,
                ReportPayloads.reopened(key, sequence, "snv", now, now.plusSeconds(3600)), List.of(), null, null, true);
    }
}
