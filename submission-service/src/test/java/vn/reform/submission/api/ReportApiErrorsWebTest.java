package vn.reform.submission.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.reform.submission.api.problem.ProblemErrorController;
import vn.reform.submission.api.problem.ProblemResponses;
import vn.reform.submission.api.problem.ProblemWriter;
import vn.reform.submission.config.InternalTokenProperties;
import vn.reform.submission.config.SecurityConfig;
import vn.reform.submission.config.StoreProperties;
import vn.reform.submission.config.WebLimitsProperties;
import vn.reform.submission.domain.access.Actor;
import vn.reform.submission.domain.access.Role;
import vn.reform.submission.domain.problem.ConflictException;
import vn.reform.submission.domain.problem.ForbiddenException;
import vn.reform.submission.domain.problem.NotFoundException;
import vn.reform.submission.domain.report.IdempotencyKeyReusedException;
import vn.reform.submission.domain.report.ReportService;
import vn.reform.submission.domain.report.ReportStatus;
import vn.reform.submission.domain.report.SubmissionReceipt;
import vn.reform.submission.domain.validation.FieldProblem;
import vn.reform.submission.domain.validation.InvalidRequestException;
import vn.reform.submission.domain.validation.ReportInput;
import vn.reform.submission.support.TestTokens;

/** The web layer alone: internal token checks, body limits, and every refusal as a localised problem detail. */
@WebMvcTest(controllers = ReportController.class)
@Import({SecurityConfig.class, ProblemResponses.class, ProblemWriter.class, ProblemErrorController.class})
@EnableConfigurationProperties({InternalTokenProperties.class, WebLimitsProperties.class, StoreProperties.class})
class ReportApiErrorsWebTest {

    private static final String SUBMISSIONS = "/api/rounds/2026-Q4/reports/SNGV/submissions";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReportService reports;

    private MockHttpServletRequestBuilder submission(String token) {
        MockHttpServletRequestBuilder request = post(SUBMISSIONS).header("Idempotency-Key", "k")
                .contentType(MediaType.APPLICATION_JSON).content("{\"values\": {}}");
        return token == null ? request : request.header("X-Internal-Token", token);
    }

    @Test
    void aRequestWithoutTheInternalTokenIsRefusedWith401InVietnameseOrEnglish() throws Exception {
        mvc.perform(submission(null))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Chưa xác thực"))
                .andExpect(jsonPath("$.detail").value("Thiếu hoặc sai mã xác thực nội bộ (X-Internal-Token)."));
        mvc.perform(submission(null).header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("Missing or invalid internal token (X-Internal-Token)."));
        mvc.perform(submission(null).header("Authorization", "Bearer " + TestTokens.head("SNGV")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void expiredForgedOrMisaddressedTokensAreRefused() throws Exception {
        String secret = TestTokens.SECRET;
        List<String> bad = List.of(
                TestTokens.sign(secret, "reform-gateway", "reform-services", "sngv", "SNGV", Instant.now().minusSeconds(120), "AGENCY_HEAD"),
                TestTokens.sign("another-secret-of-at-least-thirty-two-bytes!!", "reform-gateway", "reform-services", "sngv", "SNGV",
                        Instant.now().plusSeconds(60), "AGENCY_HEAD"),
                TestTokens.sign(secret, "someone-else", "reform-services", "sngv", "SNGV", Instant.now().plusSeconds(60), "AGENCY_HEAD"),
                TestTokens.sign(secret, "reform-gateway", "other-audience", "sngv", "SNGV", Instant.now().plusSeconds(60), "AGENCY_HEAD"),
                "not-a-jwt");
        for (String token : bad) {
            mvc.perform(submission(token)).andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.code").value("auth.tokenMissing"));
        }
    }

    @Test
    void theTokensIdentityReachesTheServiceAsTheActor() throws Exception {
        when(reports.submit(any(), anyString(), anyString(), any(), anyString()))
                .thenReturn(new SubmissionReceipt(1, Instant.parse("2026-12-15T03:12:45Z"), false, ReportStatus.SUBMITTED));
        mvc.perform(submission(TestTokens.head("SNGV")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.submittedAt").value("2026-12-15T03:12:45Z"))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        ArgumentCaptor<Actor> actor = ArgumentCaptor.forClass(Actor.class);
        verify(reports).submit(actor.capture(), eq("2026-Q4"), eq("SNGV"), any(ReportInput.class), eq("k"));
        assertThat(actor.getValue().username()).isEqualTo("sngv");
        assertThat(actor.getValue().agency()).isEqualTo("SNGV");
        assertThat(actor.getValue().roles()).containsExactlyInAnyOrder(Role.AGENCY_STAFF, Role.AGENCY_HEAD);
    }

    @Test
    void fieldErrorsComeAsAListWithLocalisedMessages() throws Exception {
        when(reports.submit(any(), anyString(), anyString(), any(), anyString())).thenThrow(new InvalidRequestException(List.of(
                FieldProblem.of("values.TIN_BAI", "value.notInteger"),
                FieldProblem.of("values.EMAIL_CONG_VU", "value.aboveMax", 100),
                FieldProblem.worded("values.HO_SO_TTHC", "rule.HO_SO_TTHC_PARTS", "Phải cộng lại bằng tổng", "Must add up"))));
        mvc.perform(submission(TestTokens.head("SNGV")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("values.TIN_BAI"))
                .andExpect(jsonPath("$.errors[0].code").value("value.notInteger"))
                .andExpect(jsonPath("$.errors[0].message").value("Giá trị phải là số nguyên."))
                .andExpect(jsonPath("$.errors[1].message").value("Giá trị không được lớn hơn 100."))
                .andExpect(jsonPath("$.errors[2].message").value("Phải cộng lại bằng tổng"));
        mvc.perform(submission(TestTokens.head("SNGV")).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.errors[0].message").value("The value must be a whole number."))
                .andExpect(jsonPath("$.errors[2].message").value("Must add up"));
    }

    @Test
    void domainRefusalsMapToTheirStatus() throws Exception {
        when(reports.submit(any(), anyString(), anyString(), any(), anyString()))
                .thenThrow(new ForbiddenException("access.otherAgency"))
                .thenThrow(new NotFoundException("round.notFound", "2026-Q4"))
                .thenThrow(new ConflictException("round.locked", "2026-Q4"))
                .thenThrow(new IdempotencyKeyReusedException());
        mvc.perform(submission(TestTokens.head("STP"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Bạn chỉ được thao tác trên báo cáo của cơ quan, đơn vị mình."));
        mvc.perform(submission(TestTokens.head("SNGV"))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không tìm thấy đợt báo cáo 2026-Q4."));
        mvc.perform(submission(TestTokens.head("SNGV")).header("Accept-Language", "en")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Reporting round 2026-Q4 is locked; only Home Affairs can reopen it for an agency."));
        mvc.perform(submission(TestTokens.head("SNGV"))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("idempotency.keyReused"));
    }

    @Test
    void malformedOversizedOrNonJsonBodiesAreRefusedBeforeTheService() throws Exception {
        String token = TestTokens.head("SNGV");
        mvc.perform(post(SUBMISSIONS).header("X-Internal-Token", token).header("Idempotency-Key", "k")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"values\": {"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("request.malformed"));
        mvc.perform(post(SUBMISSIONS).header("X-Internal-Token", token).header("Idempotency-Key", "k")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"values\": \"" + "x".repeat(300 * 1024) + "\"}"))
                .andExpect(status().isContentTooLarge()).andExpect(jsonPath("$.code").value("request.tooLarge"));
        mvc.perform(post(SUBMISSIONS).header("X-Internal-Token", token).header("Idempotency-Key", "k")
                        .contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(get("/api/rounds/2026-Q4/reports/SNGV/versions/abc").header("X-Internal-Token", token))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        org.mockito.Mockito.verifyNoInteractions(reports);
    }

    @Test
    void hostileBodiesAreRefusedAs400ProblemsBeforeTheService() throws Exception {
        String token = TestTokens.head("SNGV");
        byte[] invalidUtf8 = "{\"values\":{},\"narrative\":{\"CHI_DAO\":\"XX\"}}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int at = new String(invalidUtf8, java.nio.charset.StandardCharsets.UTF_8).indexOf("XX");
        invalidUtf8[at] = (byte) 0xC3;
        invalidUtf8[at + 1] = (byte) 0x28;
        List<byte[]> bodies = List.of("{\"values\":{\"TIN_BAI\":NaN}}".getBytes(), "[1,2,3]".getBytes(), "null".getBytes(),
                "".getBytes(), "\"report\"".getBytes(), "{\"values\":[1]}".getBytes(),
                "{\"values\":{},\"narrative\":{\"CHI_DAO\":{\"$gt\":\"\"}}}".getBytes(),
                ("{\"values\":{\"TIN_BAI\":" + "[".repeat(5000) + "]".repeat(5000) + "}}").getBytes(),
                ("{\"values\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3000) + "}").getBytes(), invalidUtf8);
        for (byte[] body : bodies) {
            mvc.perform(post(SUBMISSIONS).header("X-Internal-Token", token).header("Idempotency-Key", "k")
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        org.mockito.Mockito.verifyNoInteractions(reports);
    }

    @Test
    void anUnavailableStoreIsA503WithRetryAfter() throws Exception {
        when(reports.submit(any(), anyString(), anyString(), any(), anyString()))
                .thenThrow(new com.mongodb.MongoTimeoutException("Timed out while waiting for a server"));
        mvc.perform(submission(TestTokens.head("SNGV")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Retry-After", "5"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("store.unavailable"));
    }

    @Test
    void aConnectionPoolPausedByTheStoresRestartIsA503WithRetryAfterToo() throws Exception {
        when(reports.submit(any(), anyString(), anyString(), any(), anyString()))
                .thenThrow(new com.mongodb.MongoConnectionPoolClearedException(
                        new com.mongodb.connection.ServerId(new com.mongodb.connection.ClusterId(),
                                new com.mongodb.ServerAddress()),
                        new com.mongodb.MongoSocketReadException("Prematurely reached end of stream",
                                new com.mongodb.ServerAddress())));
        mvc.perform(submission(TestTokens.head("SNGV")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.code").value("store.unavailable"));
    }

    @Test
    void errorsRaisedByTheContainerAreProblemDetailsToo() throws Exception {
        mvc.perform(get("/error").requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 400))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("request.rejected"));
    }

    @Test
    void healthProbesAreOpen() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(result ->
                assertThat(result.getResponse().getStatus()).isNotIn(401, 403));
    }
}
