package vn.reform.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The benchmark's reports must pass validation whatever the seed (agency codes' hash codes are often negative). */
class ReportBodyTest {

    @Test
    void everySeedGivesNonNegativeFiguresAndAWellFormedDocumentNumber() {
        for (long seed : new long[] {Long.MIN_VALUE, Integer.MIN_VALUE, -1650925805L, -1, 0, 1, 42, Long.MAX_VALUE}) {
            JsonNode report = StackApi.JSON.readTree(StackApi.reportBody("2026-11-16", seed));
            assertThat(report.path("documentNumber").asString()).as("seed " + seed).matches("[1-9][0-9]*/BC-BENCH");
            assertThat(report.path("values").path("KH_VAN_BAN").path(0).path("number").asString()).matches("[1-9][0-9]*/KH-BENCH");
            JsonNode dossiers = report.path("values").path("HO_SO_TTHC");
            assertThat(report.path("values").path("TIN_BAI").asLong()).as("seed " + seed).isPositive();
            assertThat(dossiers.path("parts").path("HO_CHIEU_CONG_VU").asLong()
                    + dossiers.path("parts").path("HO_CHIEU_NGOAI_GIAO").asLong()).isEqualTo(dossiers.path("total").asLong());
        }
    }
}
