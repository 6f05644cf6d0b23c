package vn.reform.aggregation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.reform.aggregation.support.Samples;

/** Which report events change a contribution: sequence and event-id checks, values vs status. */
class ContributionTest {

    private static final Contribution EMPTY = Contribution.empty("R", "SNGV");

    @Test
    void aSubmissionBringsValuesAndStatus() {
        Contribution c = EMPTY.apply(submitted("e1", 1, 1, "{\"TIN_BAI\": 35}")).orElseThrow();
        assertThat(c.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(c.values().path("TIN_BAI").asInt()).isEqualTo(35);
        assertThat(c.sequence()).isEqualTo(1);
        assertThat(c.valuesSequence()).isEqualTo(1);
        assertThat(c.eventIds()).containsExactly("e1");
    }

    @Test
    void theSameEventOrAnOlderSequenceChangesNothing() {
        Contribution c = EMPTY.apply(submitted("e1", 2, 1, "{\"TIN_BAI\": 35}")).orElseThrow();
        assertThat(c.apply(submitted("e1", 2, 1, "{\"TIN_BAI\": 35}"))).isEmpty();
        assertThat(c.apply(submitted("e2", 2, 1, "{\"TIN_BAI\": 99}"))).isEmpty();
        assertThat(c.apply(submitted("e3", 1, 1, "{\"TIN_BAI\": 99}"))).isEmpty();
        assertThat(c.apply(status("e4", ReportEvent.RETURNED, 1))).isEmpty();
    }

    @Test
    void aReturnKeepsTheValuesAndAResubmissionReplacesThem() {
        Contribution c = EMPTY.apply(submitted("e1", 1, 1, "{\"TIN_BAI\": 35}")).orElseThrow()
                .apply(status("e2", ReportEvent.RETURNED, 2)).orElseThrow();
        assertThat(c.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(c.returnReason()).isEqualTo("thiếu số liệu");
        assertThat(c.values().path("TIN_BAI").asInt()).isEqualTo(35);
        Contribution v2 = c.apply(submitted("e3", 3, 2, "{\"TIN_BAI\": 50}")).orElseThrow();
        assertThat(v2.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(v2.returnReason()).isNull();
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.values().path("TIN_BAI").asInt()).isEqualTo(50);
    }

    @Test
    void aSubmissionOvertakenByALaterStatusBringsItsValuesButNotItsStatus() {
        Contribution accepted = EMPTY.apply(status("e2", ReportEvent.ACCEPTED, 2)).orElseThrow();
        assertThat(accepted.hasValues()).isFalse();
        Contribution c = accepted.apply(submitted("e1", 1, 1, "{\"TIN_BAI\": 35}")).orElseThrow();
        assertThat(c.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(c.hasValues()).isTrue();
        assertThat(c.sequence()).isEqualTo(2);
    }

    private static ReportEvent submitted(String id, long sequence, int version, String values) {
        JsonNode node = Samples.JSON.readTree(values);
        return new ReportEvent(id, ReportEvent.SUBMITTED, "R", "SNGV", sequence, version, Instant.EPOCH, false,
                "sngv", "CCHC:1", "106/BC-SNgV", "Phạm Thị Anh Thư", node, Map.of(), null);
    }

    private static ReportEvent status(String id, String type, long sequence) {
        return new ReportEvent(id, type, "R", "SNGV", sequence, 1, Instant.EPOCH, null, "snv", null, null, null,
                null, null, "thiếu số liệu");
    }
}
