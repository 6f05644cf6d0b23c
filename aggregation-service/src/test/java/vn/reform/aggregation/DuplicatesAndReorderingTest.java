package vn.reform.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.reform.aggregation.support.EventProducer;
import vn.reform.aggregation.support.IntegrationTest;
import vn.reform.aggregation.support.RoundFixture;
import vn.reform.aggregation.support.Samples;
import vn.reform.aggregation.support.TestTokens;

/** Exactly-once effect: redelivered, duplicated and out-of-order events never count twice; newer versions replace. */
class DuplicatesAndReorderingTest extends IntegrationTest {

    private String round;

    @BeforeEach
    void catalogue() {
        round = unique("DUP");
        publishSampleCatalogue(round, "2023-08-31");
    }

    @Test
    void aRedeliveredEventIsCountedOnce() throws Exception {
        ObjectNode sngv = RoundFixture.sngv(round);
        events.send(EventProducer.REPORTS, sngv);
        events.send(EventProducer.REPORTS, sngv);
        ObjectNode sameSequenceOtherId = Samples.withNewId(sngv.deepCopy());
        events.send(EventProducer.REPORTS, sameSequenceOtherId);
        events.send(EventProducer.REPORTS, RoundFixture.stp(round));
        JsonNode rollup = rollupWhen(round, r -> r.path("completeness").path("submitted").asInt() == 2);
        // wait for the marker: STP was sent after the duplicates on another key, so check the totals settle
        assertThat(rollup.path("indicators").path("TIN_BAI").path("value").asInt()).isEqualTo(35 + 12);
        assertThat(rollup.path("indicators").path("KH_VAN_BAN").path("value").asInt()).isEqualTo(12);
        assertThat(rollup.path("indicators").path("TIN_BAI").path("reported").asInt()).isEqualTo(2);
        // the duplicates of SNGV share its partition and come before a later marker event
        events.send(EventProducer.REPORTS, Samples.status("report-accepted-sngv-v1.json", round, "SNGV", 2, 1));
        JsonNode after = rollupWhen(round, r -> "ACCEPTED".equals(r.path("agencies").get(0).path("status").asString()));
        assertThat(after.path("indicators").path("TIN_BAI").path("value").asInt()).isEqualTo(47);
        assertThat(after.path("byKind").path("DEPARTMENT").path("agencies").asInt()).isEqualTo(2);
    }

    @Test
    void aNewerVersionReplacesTheAgencysEarlierContribution() {
        events.send(EventProducer.REPORTS, RoundFixture.sngv(round));
        rollupWhen(round, r -> r.path("indicators").path("TIN_BAI").path("value").asInt() == 35);
        events.send(EventProducer.REPORTS, Samples.status("report-returned-sngv-v1.json", round, "SNGV", 2, 1));
        JsonNode returned = rollupWhen(round, r -> r.path("completeness").path("returned").size() == 1);
        assertThat(returned.path("completeness").path("returned").get(0).asString()).isEqualTo("SNGV");
        assertThat(returned.path("completeness").path("submitted").asInt()).isEqualTo(1);
        assertThat(returned.path("agencies").get(0).path("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.path("indicators").path("TIN_BAI").path("value").asInt()).isEqualTo(35);

        events.send(EventProducer.REPORTS, Samples.report(round, "SNGV", 3, 2, v -> {
            v.put("TIN_BAI", 50);
            v.put("SO_CONG_CHUC", 25);
            v.put("MUC_DVC_TRUC_TUYEN", "TOAN_TRINH");
            v.put("VTVL_HOAN_THIEN", false);
        }));
        JsonNode v2 = rollupWhen(round, r -> r.path("agencies").get(0).path("version").asInt() == 2);
        assertThat(v2.path("agencies").get(0).path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(v2.path("completeness").path("returned")).isEmpty();
        JsonNode i = v2.path("indicators");
        assertThat(i.path("TIN_BAI").path("value").asInt()).isEqualTo(50);
        assertThat(i.path("TIN_BAI").path("reported").asInt()).isEqualTo(1);
        assertThat(i.path("MUC_DVC_TRUC_TUYEN").path("value").toString())
                .isEqualTo("{\"THONG_TIN\":0,\"MOT_PHAN\":0,\"TOAN_TRINH\":1}");
        assertThat(i.path("VTVL_HOAN_THIEN").path("value").asInt()).isZero();
        assertThat(i.path("EMAIL_CONG_VU").path("value").decimalValue()).isEqualByComparingTo("100");
        assertThat(i.path("EMAIL_CONG_VU").path("coverage").path("missingWeight")).isEmpty();
        assertThat(v2.path("byKind").path("DEPARTMENT").path("indicators").path("TIN_BAI").path("value").asInt())
                .isEqualTo(50);
    }

    @Test
    void anOlderEventArrivingAfterANewerOneDoesNotOverwriteIt() throws Exception {
        events.send(EventProducer.REPORTS, Samples.report(round, "SNGV", 3, 2, v -> v.put("TIN_BAI", 50)));
        rollupWhen(round, r -> r.path("indicators").path("TIN_BAI").path("value").asInt() == 50);
        events.send(EventProducer.REPORTS, RoundFixture.sngv(round));
        events.send(EventProducer.REPORTS, Samples.status("report-returned-sngv-v1.json", round, "SNGV", 2, 1));
        // a later event on the same key: once it shows, the two stale ones before it were consumed
        events.send(EventProducer.REPORTS, Samples.status("report-accepted-sngv-v1.json", round, "SNGV", 4, 2));
        JsonNode rollup = rollupWhen(round,
                r -> "ACCEPTED".equals(r.path("agencies").get(0).path("status").asString()));
        assertThat(rollup.path("indicators").path("TIN_BAI").path("value").asInt()).isEqualTo(50);
        assertThat(rollup.path("agencies").get(0).path("version").asInt()).isEqualTo(2);
        assertThat(rollup.path("indicators").path("TIN_BAI").path("reported").asInt()).isEqualTo(1);
        JsonNode view = getJson("/api/rollups/" + round + "/agencies/SNGV", TestTokens.homeAffairs());
        assertThat(view.path("values").path("TIN_BAI").asInt()).isEqualTo(50);
    }

    @Test
    void aSubmissionOvertakenByItsAcceptanceStillBringsItsValues() {
        events.send(EventProducer.REPORTS, Samples.status("report-accepted-sngv-v1.json", round, "SNGV", 2, 1));
        events.send(EventProducer.REPORTS, RoundFixture.sngv(round));
        JsonNode rollup = rollupWhen(round, r -> r.path("indicators").path("TIN_BAI").path("value").asInt() == 35);
        assertThat(rollup.path("agencies").get(0).path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(rollup.path("completeness").path("submitted").asInt()).isEqualTo(1);
    }
}
