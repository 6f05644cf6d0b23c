package vn.reform.submission.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.node.ObjectNode;
import vn.reform.submission.domain.report.ReportKey;
import vn.reform.submission.persistence.DraftStore;
import vn.reform.submission.persistence.ReportEventStore;
import vn.reform.submission.support.IntegrationTestBase;
import vn.reform.submission.support.SampleReport;
import vn.reform.submission.support.TestTokens;

/** Refusals through the whole service: each a specific 4xx problem, and nothing stored. */
class ReportApiRefusalsIntegrationTest extends IntegrationTestBase {

    @Autowired
    ReportEventStore events;

    @Autowired
    DraftStore drafts;

    private String agency;
    private String other;
    private String round;

    @BeforeEach
    void catalogue() {
        agency = uniqueCode("REF");
        other = uniqueCode("OTH");
        newAgency(agency);
        newAgency(other);
        round = uniqueCode("R-REF-");
        newOpenRound(round, agency, other);
    }

    private ResultActions submit(String token, String roundCode, String agencyCode, String key, String body) throws Exception {
        var request = post("/api/rounds/{r}/reports/{a}/submissions", roundCode, agencyCode)
                .header("X-Internal-Token", token).contentType(MediaType.APPLICATION_JSON).content(body);
        return mvc.perform(key == null ? request : request.header("Idempotency-Key", key));
    }

    private void assertNothingStored() {
        assertThat(events.history(new ReportKey(round, agency))).isEmpty();
        assertThat(drafts.find(new ReportKey(round, agency))).isEmpty();
    }

    @Test
    void invalidValuesAreRefusedFieldByFieldAndNothingIsStored() throws Exception {
        ObjectNode body = SampleReport.body();
        ((ObjectNode) body.get("values")).put("TIN_BAI", "nhiều").put("KHONG_CO", 1)
                .put("CHU_KY_SO", new java.math.BigInteger("9999999999999999999999999999"));
        ((ObjectNode) body.get("values").get("HO_SO_TTHC").get("parts")).put("HO_CHIEU_CONG_VU", 7);
        submit(TestTokens.head(agency), round, agency, "k", body.toString())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'values.TIN_BAI')].code").value("value.notANumber"))
                .andExpect(jsonPath("$.errors[?(@.field == 'values.TIN_BAI')].message").value("Giá trị phải là một số."))
                .andExpect(jsonPath("$.errors[?(@.field == 'values.KHONG_CO')].code").value("value.unknownIndicator"))
                .andExpect(jsonPath("$.errors[?(@.field == 'values.CHU_KY_SO')].code").value("value.tooLarge"));
        ObjectNode rule = SampleReport.body();
        ((ObjectNode) rule.get("values").get("HO_SO_TTHC").get("parts")).put("HO_CHIEU_CONG_VU", 7);
        submit(TestTokens.head(agency), round, agency, "k", rule.toString())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("values.HO_SO_TTHC"))
                .andExpect(jsonPath("$.errors[0].message").value("Số hồ sơ theo từng loại phải cộng lại bằng tổng số hồ sơ"));
        mvc.perform(put("/api/rounds/{r}/reports/{a}/draft", round, agency).header("X-Internal-Token", TestTokens.staff(agency))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"values\": {\"VTVL_HOAN_THIEN\": \"yes\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("The value must be true or false."));
        assertNothingStored();
    }

    @Test
    void anotherAgencysReportIsForbiddenAndHomeAffairsReadsAll() throws Exception {
        String body = SampleReport.body().toString();
        submit(TestTokens.head(other), round, agency, "k", body).andExpect(status().isForbidden());
        mvc.perform(get("/api/rounds/{r}/reports/{a}", round, agency).header("X-Internal-Token", TestTokens.staff(other)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/rounds/{r}/reports/{a}", round, agency).header("X-Internal-Token", TestTokens.homeAffairs()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("NOT_STARTED"));
        submit(TestTokens.staff(agency), round, agency, "k", body).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access.submitRole"));
        mvc.perform(post("/api/rounds/{r}/reports/{a}/accept", round, agency).header("X-Internal-Token", TestTokens.head(agency)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/rounds/{r}/reports/{a}/draft", round, agency).header("X-Internal-Token", TestTokens.homeAffairs())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"values\": {\"TIN_BAI\": 3}}"))
                .andExpect(status().isForbidden());
        assertNothingStored();
    }

    @Test
    void unknownRoundsAndAgenciesAreNotFound() throws Exception {
        String body = SampleReport.body().toString();
        String homeAffairs = TestTokens.homeAffairs();
        submit(homeAffairs, "NO-SUCH-ROUND", agency, "k", body).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("round.notFound"));
        submit(homeAffairs, round, "NOSUCHAGENCY", "k", body).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("agency.notFound"));
        String outsider = uniqueCode("OUTS");
        newAgency(outsider);
        submit(TestTokens.head(outsider), round, outsider, "k", body).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("report.agencyNotInRound"));
        mvc.perform(get("/api/rounds/{r}/reports/{a}/versions/1", round, agency).header("X-Internal-Token", homeAffairs))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("report.versionNotFound"));
        assertNothingStored();
    }

    @Test
    void aSubmissionWithoutIdempotencyKeyIsRefused() throws Exception {
        submit(TestTokens.head(agency), round, agency, null, SampleReport.body().toString())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        assertNothingStored();
    }

    @Test
    void returnAndAcceptNeedASubmittedReportAndAReason() throws Exception {
        String homeAffairs = TestTokens.homeAffairs();
        mvc.perform(post("/api/rounds/{r}/reports/{a}/accept", round, agency).header("X-Internal-Token", homeAffairs))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("report.notSubmitted"));
        submit(TestTokens.head(agency), round, agency, "k", SampleReport.body().toString()).andExpect(status().isCreated());
        mvc.perform(post("/api/rounds/{r}/reports/{a}/return", round, agency).header("X-Internal-Token", homeAffairs)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"  \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/rounds/{r}/reports/{a}/return", round, agency).header("X-Internal-Token", homeAffairs)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Thiếu số liệu\", \"dueAt\": \"mai\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("dueAt"));
        mvc.perform(post("/api/rounds/{r}/reports/{a}/reopen", round, agency).header("X-Internal-Token", homeAffairs))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("round.notLocked"));
        assertThat(events.history(new ReportKey(round, agency))).hasSize(1);
    }
}
