package vn.reform.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;
import vn.reform.aggregation.support.EventProducer;
import vn.reform.aggregation.support.IntegrationTest;
import vn.reform.aggregation.support.RoundFixture;
import vn.reform.aggregation.support.Samples;
import vn.reform.aggregation.support.TestTokens;

/**
 * The sample report in a round with two other agencies and a missing one, through the real broker and store:
 * every rollup rule with numbers worked out by hand, completeness, the split by kind, and who may see what.
 */
class SampleRoundRollupTest extends IntegrationTest {

    private String round;
    private JsonNode rollup;

    @BeforeEach
    void publish() {
        round = unique("R");
        publishSampleCatalogue(round, "2023-08-31");
        RoundFixture.publishReports(events, round);
        rollup = rollupWhen(round, r -> r.path("completeness").path("submitted").asInt() == 3
                && r.path("byKind").has("COMMUNE") && r.path("indicators").path("TIN_BAI").path("reported").asInt() == 3);
    }

    @Test
    void completenessCountsExpectedAgenciesOnTimeLateAndMissing() {
        JsonNode c = rollup.path("completeness");
        assertThat(c.path("expected").asInt()).isEqualTo(4);
        assertThat(c.path("submitted").asInt()).isEqualTo(3);
        assertThat(c.path("onTime").asInt()).isEqualTo(2);
        assertThat(c.path("late").asInt()).isEqualTo(1);
        assertThat(c.path("missing").toString()).isEqualTo("[\"STC\"]");
        assertThat(rollup.path("agencies")).hasSize(3);
        assertThat(rollup.path("agencies").get(0).path("code").asString()).isEqualTo("SNGV");
        assertThat(rollup.path("agencies").get(0).path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(rollup.path("agencies").get(0).path("version").asInt()).isEqualTo(1);
        assertThat(rollup.path("agencies").get(0).path("submittedAt").asString()).isEqualTo("2023-08-31T09:00:00Z");
    }

    @Test
    void countsAreSummedWithTheirParts() {
        JsonNode i = rollup.path("indicators");
        assertThat(i.path("TIN_BAI").path("value").asInt()).isEqualTo(35 + 12 + 8);
        assertThat(i.path("KIEM_TRA").path("value").asInt()).isEqualTo(8);
        assertThat(i.path("KIEM_TRA").path("parts").path("CHUYEN_NGANH").asInt()).isEqualTo(4);
        assertThat(i.path("KIEM_TRA").path("parts").path("NOI_BO").asInt()).isEqualTo(4);
        assertThat(i.path("HO_SO_TTHC").path("value").asInt()).isEqualTo(131);
        assertThat(i.path("HO_SO_TTHC").path("parts").path("HO_CHIEU_NGOAI_GIAO").asInt()).isEqualTo(2);
        assertThat(i.path("HO_SO_TTHC").path("parts").path("HO_CHIEU_CONG_VU").asInt()).isEqualTo(129);
        assertThat(i.path("CHU_KY_SO").path("value").asInt()).isEqualTo(50);
        assertThat(i.path("BO_TTHC_MOT_CUA").path("value").asInt()).isEqualTo(48);
        assertThat(i.path("VI_PHAM_KY_LUAT").path("value").asInt()).isEqualTo(3);
        assertThat(i.path("NV_TRE_HAN").path("value").asInt()).isEqualTo(5);
        assertThat(i.path("NV_GIAO").path("value").asInt()).isEqualTo(30);
        assertThat(i.path("NV_GIAO").path("reported").asInt()).isEqualTo(2);
        assertThat(i.path("KH_VAN_BAN").path("value").asInt()).isEqualTo(13);
    }

    @Test
    void ratiosAreRecomputedFromSummedPartsNotAveraged() {
        JsonNode ratio = rollup.path("indicators").path("HS_QUA_MOT_CUA");
        assertThat(ratio.path("numerator").asInt()).isEqualTo(399);
        assertThat(ratio.path("denominator").asInt()).isEqualTo(429);
        assertThat(ratio.path("value").decimalValue()).isEqualByComparingTo("0.93007");
        // the mean of the three percentages (100, 91.67, 93.33) would be 95
        assertThat(ratio.path("percent").decimalValue()).isEqualByComparingTo("93.01");
    }

    @Test
    void percentagesAreWeightedByTheirBaseAndAgenciesWithoutOneAreShownAsNotCovered() {
        JsonNode onTime = rollup.path("indicators").path("NV_DUNG_HAN");
        assertThat(onTime.path("value").decimalValue()).isEqualByComparingTo("83.33");
        assertThat(onTime.path("coverage").path("weighted").asInt()).isEqualTo(2);
        assertThat(onTime.path("coverage").path("reported").asInt()).isEqualTo(3);
        assertThat(onTime.path("coverage").path("weight").asInt()).isEqualTo(30);
        assertThat(onTime.path("coverage").path("missingWeight").toString()).isEqualTo("[\"SNGV\"]");
        JsonNode email = rollup.path("indicators").path("EMAIL_CONG_VU");
        assertThat(email.path("value").decimalValue()).isEqualByComparingTo("90");
        assertThat(email.path("coverage").path("missingWeight").toString()).isEqualTo("[\"SNGV\"]");
    }

    @Test
    void booleansCountYesAndEnumerationsGiveADistribution() {
        JsonNode i = rollup.path("indicators");
        assertThat(i.path("VTVL_HOAN_THIEN").path("value").asInt()).isEqualTo(2);
        assertThat(i.path("VTVL_HOAN_THIEN").path("reported").asInt()).isEqualTo(3);
        assertThat(i.path("ISO_9001").path("value").asInt()).isEqualTo(1);
        assertThat(i.path("ISO_9001").path("reported").asInt()).isEqualTo(2);
        assertThat(i.path("MUC_DVC_TRUC_TUYEN").path("value").toString())
                .isEqualTo("{\"THONG_TIN\":0,\"MOT_PHAN\":2,\"TOAN_TRINH\":1}");
    }

    @Test
    void figuresAreSplitByAgencyKind() {
        JsonNode departments = rollup.path("byKind").path("DEPARTMENT");
        JsonNode communes = rollup.path("byKind").path("COMMUNE");
        assertThat(departments.path("agencies").asInt()).isEqualTo(2);
        assertThat(communes.path("agencies").asInt()).isEqualTo(1);
        assertThat(departments.path("indicators").path("TIN_BAI").path("value").asInt()).isEqualTo(47);
        assertThat(communes.path("indicators").path("TIN_BAI").path("value").asInt()).isEqualTo(8);
        assertThat(departments.path("indicators").path("HS_QUA_MOT_CUA").path("numerator").asInt()).isEqualTo(119);
        assertThat(communes.path("indicators").path("EMAIL_CONG_VU").path("value").decimalValue())
                .isEqualByComparingTo("80");
    }

    @Test
    void aClientThatAcceptsGzipGetsTheSameRollupCompressed() throws Exception {
        var plain = mvc.perform(get("/api/rollups/" + round).header("X-Internal-Token", TestTokens.homeAffairs()))
                .andExpect(status().isOk()).andReturn().getResponse();
        var gzipped = mvc.perform(get("/api/rollups/" + round).header("X-Internal-Token", TestTokens.homeAffairs())
                        .header("Accept-Encoding", "br;q=1.0, gzip;q=0.8"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(plain.getHeader("Content-Encoding")).isNull();
        assertThat(gzipped.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzipped.getHeader("Vary")).contains("Accept-Encoding");
        byte[] unpacked = new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(gzipped.getContentAsByteArray())).readAllBytes();
        assertThat(unpacked).isEqualTo(plain.getContentAsByteArray());
        assertThat(gzipped.getContentAsByteArray().length).isLessThan(plain.getContentAsByteArray().length);
    }

    @Test
    void aClientHoldingTheCurrentRollupRevalidatesItAndGetsA304WithoutTheBody() throws Exception {
        var gzipped = mvc.perform(get("/api/rollups/" + round).header("X-Internal-Token", TestTokens.homeAffairs())
                        .header("Accept-Encoding", "gzip"))
                .andExpect(status().isOk()).andReturn().getResponse();
        var plain = mvc.perform(get("/api/rollups/" + round).header("X-Internal-Token", TestTokens.homeAffairs()))
                .andExpect(status().isOk()).andReturn().getResponse();
        String tag = gzipped.getHeader("ETag");
        assertThat(tag).matches("\"[A-Za-z0-9_-]{16}-gzip\"");
        assertThat(plain.getHeader("ETag")).as("each encoding its own tag").isEqualTo(tag.replace("-gzip", ""));
        assertThat(gzipped.getHeader("Cache-Control")).contains("no-cache").contains("private");

        var same = mvc.perform(get("/api/rollups/" + round).header("X-Internal-Token", TestTokens.homeAffairs())
                        .header("Accept-Encoding", "gzip").header("If-None-Match", tag))
                .andExpect(status().isNotModified()).andReturn().getResponse();
        assertThat(same.getContentAsByteArray()).isEmpty();
        assertThat(same.getHeader("ETag")).isEqualTo(tag);
        mvc.perform(get("/api/rollups/" + round).header("X-Internal-Token", TestTokens.homeAffairs())
                        .header("If-None-Match", tag))
                .andExpect(status().isOk()); // the gzip tag does not validate the plain answer

        events.send(EventProducer.REPORTS, Samples.report(round, "STC", 1, 1, v -> v.put("TIN_BAI", 1)));
        rollupWhen(round, r -> r.path("completeness").path("submitted").asInt() == 4);
        var changed = mvc.perform(get("/api/rollups/" + round).header("X-Internal-Token", TestTokens.homeAffairs())
                        .header("Accept-Encoding", "gzip").header("If-None-Match", tag))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(changed.getHeader("ETag")).as("a changed rollup, a new tag").isNotEqualTo(tag).endsWith("-gzip\"");
        assertThat(changed.getContentAsByteArray()).isNotEmpty();
    }

    @Test
    void anAgencyUserSeesOnlyItsOwnFigures() throws Exception {
        JsonNode own = getJson("/api/rollups/" + round, TestTokens.agencyUser("STP"));
        assertThat(own.path("scope").asString()).isEqualTo("AGENCY");
        assertThat(own.has("completeness")).isFalse();
        assertThat(own.has("byKind")).isFalse();
        assertThat(own.path("agencies")).hasSize(1);
        assertThat(own.path("agencies").get(0).path("code").asString()).isEqualTo("STP");
        assertThat(own.path("indicators").path("TIN_BAI").path("value").asInt()).isEqualTo(12);
        assertThat(own.path("indicators").path("HS_QUA_MOT_CUA").path("percent").decimalValue())
                .isEqualByComparingTo("91.67");

        JsonNode view = getJson("/api/rollups/" + round + "/agencies/STP", TestTokens.agencyUser("STP"));
        assertThat(view.path("values").path("TIN_BAI").asInt()).isEqualTo(12);

        mvc.perform(get("/api/rollups/" + round + "/agencies/SNGV")
                        .header("X-Internal-Token", TestTokens.agencyUser("STP")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Người dùng chỉ được xem số liệu của cơ quan mình (STP)."));
        mvc.perform(get("/api/rollups/" + round + "/export?format=csv")
                        .header("X-Internal-Token", TestTokens.agencyUser("STP")))
                .andExpect(status().isForbidden());
    }

    @Test
    void homeAffairsSeesEachAgencysReportWithItsNarrative() throws Exception {
        JsonNode view = getJson("/api/rollups/" + round + "/agencies/SNGV", TestTokens.homeAffairs());
        assertThat(view.path("name").asString()).isEqualTo("Sở Ngoại vụ");
        assertThat(view.path("kind").asString()).isEqualTo("DEPARTMENT");
        assertThat(view.path("documentNumber").asString()).isEqualTo("106/BC-SNgV");
        assertThat(view.path("signer").asString()).isEqualTo("Phạm Thị Anh Thư");
        assertThat(view.path("indicators").path("KH_VAN_BAN").path("value").asInt()).isEqualTo(10);
        assertThat(view.path("indicators").path("NV_DUNG_HAN").path("coverage").path("missingWeight").toString())
                .isEqualTo("[\"SNGV\"]");
        assertThat(view.path("narrative").path("TTHC").asString()).startsWith("Giai đoạn báo cáo, Sở Ngoại vụ có 09");
    }

    @Test
    void requestsWithoutAValidInternalTokenAreRefused() throws Exception {
        mvc.perform(get("/api/rollups/" + round))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Chưa xác thực"));
        mvc.perform(get("/api/rollups/" + round).header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Unauthorized"));
        String wrongSecret = TestTokens.sign("another-secret-another-secret-another-secret-0123", "reform-gateway",
                "snv", "SNV", java.util.List.of("HOME_AFFAIRS"), java.time.Instant.now().plusSeconds(60));
        mvc.perform(get("/api/rollups/" + round).header("X-Internal-Token", wrongSecret))
                .andExpect(status().isUnauthorized());
        String expired = TestTokens.sign(TestTokens.SECRET, "reform-gateway", "snv", "SNV",
                java.util.List.of("HOME_AFFAIRS"), java.time.Instant.now().minusSeconds(120));
        mvc.perform(get("/api/rollups/" + round).header("X-Internal-Token", expired))
                .andExpect(status().isUnauthorized());
        String wrongIssuer = TestTokens.sign(TestTokens.SECRET, "someone-else", "snv", "SNV",
                java.util.List.of("HOME_AFFAIRS"), java.time.Instant.now().plusSeconds(60));
        mvc.perform(get("/api/rollups/" + round).header("X-Internal-Token", wrongIssuer))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void unknownRoundIsNotFoundInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/rollups/NO-SUCH-ROUND").header("X-Internal-Token", TestTokens.homeAffairs())
                        .header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Reporting round NO-SUCH-ROUND not found."));
    }
}
