package vn.reform.submission.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.reform.localstack.SharedTestInfrastructure;
import vn.reform.submission.domain.catalogue.RoundStatus;
import vn.reform.submission.domain.report.ReportKey;
import vn.reform.submission.persistence.ReportEventStore;
import vn.reform.submission.support.ContractAssertions;
import vn.reform.submission.support.Contracts;
import vn.reform.submission.support.IntegrationTestBase;
import vn.reform.submission.support.SampleReport;
import vn.reform.submission.support.TestTokens;

class SubmissionFlowIntegrationTest extends IntegrationTestBase {

    @Autowired
    ReportEventStore events;

    @Test
    void theSampleReportSubmittedThroughTheApiIsStoredFieldForFieldAndPublishedAsInTheContract() throws Exception {
        ReportOfItsOwn report = reportOfItsOwn("SMP", "R-SAMPLE-");
        String agency = report.agency();
        String round = report.round();

        MvcResult created = mvc.perform(post("/api/rounds/{r}/reports/{a}/submissions", round, agency)
                        .header("X-Internal-Token", TestTokens.head(agency)).header("Idempotency-Key", "k-1")
                        .contentType(MediaType.APPLICATION_JSON).content(SampleReport.body().toString()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.late").value(false))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andReturn();
        java.time.Instant submittedAt = java.time.Instant.parse(
                Contracts.parse(created.getResponse().getContentAsString()).get("submittedAt").stringValue());
        assertThat(submittedAt.getNano() % 1_000_000).as("recorded in whole milliseconds").isZero();

        JsonNode sample = SampleReport.samplePayload();
        JsonNode version = Contracts.parse(mvc.perform(get("/api/rounds/{r}/reports/{a}/versions/1", round, agency)
                        .header("X-Internal-Token", TestTokens.staff(agency)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(version.get("values")).isEqualTo(sample.get("values"));
        assertThat(version.get("narrative")).isEqualTo(sample.get("narrative"));
        assertThat(version.get("documentNumber").stringValue()).isEqualTo("106/BC-SNgV");
        assertThat(version.get("signer").stringValue()).isEqualTo("Phạm Thị Anh Thư");

        List<ConsumerRecord<String, String>> records = vn.reform.submission.support.TopicReader.readUntil(
                SharedTestInfrastructure.kafkaBootstrapServers(), "reform.reports",
                r -> r.key().equals(round + "|" + agency), 1, Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        JsonNode envelope = Contracts.parse(records.get(0).value());
        JsonNode contractEnvelope = Contracts.sample("report-submitted-sngv-v1.json");
        ContractAssertions.assertSameShape(envelope, contractEnvelope);
        assertThat(envelope.get("type").stringValue()).isEqualTo("ReportSubmitted");
        assertThat(envelope.get("key").stringValue()).isEqualTo(round + "|" + agency);
        JsonNode payload = envelope.get("payload");
        assertThat(payload.get("values")).isEqualTo(sample.get("values"));
        assertThat(payload.get("narrative")).isEqualTo(sample.get("narrative"));
        assertThat(payload.get("sequence").asLong()).isEqualTo(1);
    }

    @Test
    void tenParallelRequestsWithTheSameIdempotencyKeyMakeOneVersionAndTheSameAnswer() throws Exception {
        ReportOfItsOwn report = reportOfItsOwn("IDM", "R-IDEM-");
        String agency = report.agency();
        String round = report.round();
        String body = SampleReport.body().toString();
        String token = TestTokens.head(agency);

        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<String>> calls = java.util.stream.IntStream.range(0, 10).<Callable<String>>mapToObj(i -> () ->
                    mvc.perform(post("/api/rounds/{r}/reports/{a}/submissions", round, agency)
                                    .header("X-Internal-Token", token).header("Idempotency-Key", "same-key")
                                    .contentType(MediaType.APPLICATION_JSON).content(body))
                            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).toList();
            Set<String> answers = pool.invokeAll(calls).stream().map(SubmissionFlowIntegrationTest::await)
                    .collect(Collectors.toSet());
            assertThat(answers).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(events.history(new ReportKey(round, agency))).hasSize(1);
        mvc.perform(get("/api/rounds/{r}/reports/{a}", round, agency).header("X-Internal-Token", token))
                .andExpect(jsonPath("$.versions.length()").value(1));
    }

    @Test
    void theSameKeyWithAnotherReportIsRefusedAndStoresNothing() throws Exception {
        ReportOfItsOwn report = reportOfItsOwn("IDX", "R-IDX-");
        String agency = report.agency();
        String round = report.round();
        String token = TestTokens.head(agency);
        submit(round, agency, token, "key-x", SampleReport.body()).andExpect(status().isCreated());
        submit(round, agency, token, "key-x", sampleWithArticles(36))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("idempotency.keyReused"));
        assertThat(events.history(new ReportKey(round, agency))).hasSize(1);
    }

    @Test
    void aRetriedEarlierSubmissionAnswersItsOwnVersionAfterANewerOneAndStoresNothing() throws Exception {
        ReportOfItsOwn report = reportOfItsOwn("IDR", "R-IDR-");
        String agency = report.agency();
        String round = report.round();
        String token = TestTokens.head(agency);
        submit(round, agency, token, "first", SampleReport.body()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1));
        submit(round, agency, token, "second", sampleWithArticles(36)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(2));

        submit(round, agency, token, "first", SampleReport.body()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1));
        assertThat(events.history(new ReportKey(round, agency))).hasSize(2);
    }

    @Test
    void aReportLivesThroughDraftSubmitReturnResubmitAndAcceptWithEveryVersionKept() throws Exception {
        ReportOfItsOwn report = reportOfItsOwn("LIF", "R-LIFE-");
        String agency = report.agency();
        String round = report.round();
        String head = TestTokens.head(agency);
        String homeAffairs = TestTokens.homeAffairs();

        mvc.perform(get("/api/rounds/{r}/reports/{a}", round, agency).header("X-Internal-Token", head))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("NOT_STARTED"));
        mvc.perform(put("/api/rounds/{r}/reports/{a}/draft", round, agency).header("X-Internal-Token", TestTokens.staff(agency))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"values\": {\"TIN_BAI\": 3}}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.values.TIN_BAI").value(3));
        mvc.perform(get("/api/rounds/{r}/reports/{a}", round, agency).header("X-Internal-Token", head))
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.draft.values.TIN_BAI").value(3));

        submit(round, agency, head, "v1", SampleReport.body()).andExpect(status().isCreated());
        mvc.perform(post("/api/rounds/{r}/reports/{a}/return", round, agency).header("X-Internal-Token", homeAffairs)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Bổ sung số công chức\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.versions[0].status").value("RETURNED"));

        ObjectNode corrected = SampleReport.body();
        ((ObjectNode) corrected.get("values")).put("TIN_BAI", 36).put("SO_CONG_CHUC", 20);
        submit(round, agency, head, "v2", corrected).andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(2));
        mvc.perform(post("/api/rounds/{r}/reports/{a}/accept", round, agency).header("X-Internal-Token", homeAffairs))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));

        mvc.perform(get("/api/rounds/{r}/reports/{a}/versions/2", round, agency).header("X-Internal-Token", head))
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.submittedBy").value(agency.toLowerCase()))
                .andExpect(jsonPath("$.changes.length()").value(2))
                .andExpect(jsonPath("$.changes[?(@.field == 'values.TIN_BAI')].before").value(35))
                .andExpect(jsonPath("$.changes[?(@.field == 'values.TIN_BAI')].after").value(36));
        mvc.perform(get("/api/rounds/{r}/reports/{a}", round, agency).header("X-Internal-Token", homeAffairs))
                .andExpect(jsonPath("$.versions.length()").value(2))
                .andExpect(jsonPath("$.versions[0].status").value("RETURNED"))
                .andExpect(jsonPath("$.latest.version").value(2));
        submit(round, agency, head, "v3", corrected).andExpect(status().isConflict());

        List<ConsumerRecord<String, String>> published = vn.reform.submission.support.TopicReader.readUntil(
                SharedTestInfrastructure.kafkaBootstrapServers(), "reform.reports",
                r -> r.key().equals(round + "|" + agency), 4, Duration.ofSeconds(30));
        assertThat(published).extracting(r -> Contracts.parse(r.value()).get("type").stringValue())
                .containsExactly("ReportSubmitted", "ReportReturned", "ReportSubmitted", "ReportAccepted");
        assertThat(published).extracting(r -> Contracts.parse(r.value()).get("payload").get("sequence").asLong())
                .containsExactly(1L, 2L, 3L, 4L);
        ContractAssertions.assertSameShape(Contracts.parse(published.get(1).value()), Contracts.sample("report-returned-sngv-v1.json"));
        ContractAssertions.assertSameShape(Contracts.parse(published.get(3).value()), Contracts.sample("report-accepted-sngv-v1.json"));
    }

    @Test
    void aLockedRoundRefusesSubmissionsUntilHomeAffairsReopensItForTheAgency() throws Exception {
        String agency = uniqueCode("LCK");
        newAgency(agency);
        String round = uniqueCode("R-LOCK-");
        newRound(round, RoundStatus.LOCKED, Instant.parse("2023-09-06T10:00:00Z"), agency);
        String head = TestTokens.head(agency);

        submit(round, agency, head, "a", SampleReport.body()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("round.locked"));
        assertThat(events.history(new ReportKey(round, agency))).isEmpty();

        mvc.perform(post("/api/rounds/{r}/reports/{a}/reopen", round, agency).header("X-Internal-Token", head))
                .andExpect(status().isForbidden());
        String dueAt = Instant.now().plus(Duration.ofDays(3)).toString();
        mvc.perform(post("/api/rounds/{r}/reports/{a}/reopen", round, agency).header("X-Internal-Token", TestTokens.homeAffairs())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"dueAt\": \"" + dueAt + "\"}"))
                .andExpect(status().isOk());
        submit(round, agency, head, "b", SampleReport.body()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.late").value(false));
        assertThat(catalogue.round(round).reopenedFor()).containsKey(agency);

        List<ConsumerRecord<String, String>> published = vn.reform.submission.support.TopicReader.readUntil(
                SharedTestInfrastructure.kafkaBootstrapServers(), "reform.reports",
                r -> r.key().equals(round + "|" + agency), 2, Duration.ofSeconds(30));
        ContractAssertions.assertSameShape(Contracts.parse(published.get(0).value()), Contracts.sample("report-reopened-sngv-v1.json"));
    }

    @Test
    void aSubmissionAfterTheDeadlineIsAcceptedAndMarkedLate() throws Exception {
        String agency = uniqueCode("LAT");
        newAgency(agency);
        String round = uniqueCode("R-LATE-");
        newRound(round, RoundStatus.OPEN, Instant.now().minus(Duration.ofHours(1)), agency);
        submit(round, agency, TestTokens.head(agency), "late", SampleReport.body())
                .andExpect(status().isCreated()).andExpect(jsonPath("$.late").value(true));
        mvc.perform(get("/api/rounds/{r}/reports/{a}", round, agency).header("X-Internal-Token", TestTokens.homeAffairs()))
                .andExpect(jsonPath("$.versions[0].late").value(true));
    }

    /** A report no other test touches: a new agency, and a new open round that expects only it. */
    private ReportOfItsOwn reportOfItsOwn(String agencyPrefix, String roundPrefix) {
        String agency = uniqueCode(agencyPrefix);
        newAgency(agency);
        String round = uniqueCode(roundPrefix);
        newOpenRound(round, agency);
        return new ReportOfItsOwn(round, agency);
    }

    private record ReportOfItsOwn(String round, String agency) {
    }

    /** The sample report with another number of news articles ({@code TIN_BAI}). */
    private static ObjectNode sampleWithArticles(int articles) {
        ObjectNode body = SampleReport.body();
        ((ObjectNode) body.get("values")).put("TIN_BAI", articles);
        return body;
    }

    private org.springframework.test.web.servlet.ResultActions submit(String round, String agency, String token, String key,
                                                                        JsonNode body) throws Exception {
        return mvc.perform(post("/api/rounds/{r}/reports/{a}/submissions", round, agency)
                .header("X-Internal-Token", token).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body.toString()));
    }

    private static String await(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
