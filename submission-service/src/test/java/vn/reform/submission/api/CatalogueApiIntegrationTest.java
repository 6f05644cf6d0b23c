package vn.reform.submission.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.reform.localstack.SharedTestInfrastructure;
import vn.reform.submission.messaging.Topics;
import vn.reform.submission.support.Contracts;
import vn.reform.submission.support.IntegrationTestBase;
import vn.reform.submission.support.SampleReport;
import vn.reform.submission.support.TestTokens;
import vn.reform.submission.support.TopicReader;

/** Home Affairs changes the catalogue through the API; changes are published; older reports keep their template. */
class CatalogueApiIntegrationTest extends IntegrationTestBase {

    private static final String HOME_AFFAIRS = TestTokens.homeAffairs();

    @Test
    void homeAffairsChangesAnAgencyAndTheChangeIsPublished() throws Exception {
        String code = uniqueCode("AGY");
        String body = """
                {"name": "UBND xã Đak Ơ", "kind": "COMMUNE", "validFrom": "1/7/2025", "focalPointEmail": "vp@dako.gov.vn",
                 "headEmail": "ct@dako.gov.vn", "headName": "Nguyễn Văn A"}""";
        mvc.perform(put("/api/catalogue/agencies/{c}", code).header("X-Internal-Token", TestTokens.head(code))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(put("/api/catalogue/agencies/{c}", code).header("X-Internal-Token", HOME_AFFAIRS)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.validFrom").value("2025-07-01"));
        mvc.perform(get("/api/catalogue/agencies").header("X-Internal-Token", TestTokens.staff(code)))
                .andExpect(jsonPath("$[?(@.code == '" + code + "')].name").value("UBND xã Đak Ơ"))
                .andExpect(jsonPath("$[?(@.code == '" + code + "')].kind").value("COMMUNE"));

        List<ConsumerRecord<String, String>> published = TopicReader.readUntil(SharedTestInfrastructure.kafkaBootstrapServers(),
                Topics.AGENCIES, r -> r.key().equals(code), 1, Duration.ofSeconds(30));
        assertThat(published).hasSize(1);
        JsonNode payload = Contracts.parse(published.get(0).value()).get("payload");
        assertThat(payload.get("headName").stringValue()).isEqualTo("Nguyễn Văn A");
        assertThat(payload.get("mergedInto").isNull()).isTrue();
    }

    @Test
    void homeAffairsCreatesAnAgencyOnceWithAGeneratedStyleCode() throws Exception {
        String code = "F-" + uniqueCode("K") + "-0001";
        String body = """
                {"code": "%s", "name": "UBND xã Kiểm thử", "kind": "COMMUNE", "validFrom": "2025-07-01",
                 "focalPointEmail": "a@faults.local", "headEmail": "head.a@faults.local"}""".formatted(code);
        mvc.perform(post("/api/catalogue/agencies").header("X-Internal-Token", HOME_AFFAIRS)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.code").value(code));
        mvc.perform(post("/api/catalogue/agencies").header("X-Internal-Token", HOME_AFFAIRS)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("agency.exists"));
        mvc.perform(post("/api/catalogue/agencies").header("X-Internal-Token", HOME_AFFAIRS)
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace(code, "BAD|CODE")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));
    }

    @Test
    void invalidAgencyChangesAreRefusedFieldByField() throws Exception {
        String code = uniqueCode("BAD");
        mvc.perform(put("/api/catalogue/agencies/{c}", code).header("X-Internal-Token", HOME_AFFAIRS)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "", "kind": "TINH", "validFrom": "31/02/2025", "mergedInto": "KHONGCO", "headEmail": "khong-phai-email"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')].code").value("value.unknownOption"))
                .andExpect(jsonPath("$.errors[?(@.field == 'validFrom')].code").value("value.invalidDate"));
        mvc.perform(put("/api/catalogue/agencies/{c}", code).header("X-Internal-Token", HOME_AFFAIRS)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "", "kind": "OTHER", "validFrom": "2025-01-01", "mergedInto": "KHONGCO", "headEmail": "khong-phai-email"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].code").value("value.required"))
                .andExpect(jsonPath("$.errors[?(@.field == 'mergedInto')].code").value("catalogue.unknownAgency"))
                .andExpect(jsonPath("$.errors[?(@.field == 'headEmail')].code").value("catalogue.email"));
        mvc.perform(get("/api/catalogue/agencies/{c}", code).header("X-Internal-Token", HOME_AFFAIRS))
                .andExpect(status().isNotFound());
    }

    @Test
    void aNewTemplateVersionLeavesReportsOfTheOlderOneUntouched() throws Exception {
        String templateCode = uniqueCode("TPL");
        ObjectNode template = (ObjectNode) Contracts.sample("template-published-cchc-v1.json").get("payload").deepCopy();
        template.put("code", templateCode);
        mvc.perform(post("/api/catalogue/templates").header("X-Internal-Token", TestTokens.head("SNGV"))
                .contentType(MediaType.APPLICATION_JSON).content(template.toString())).andExpect(status().isForbidden());
        mvc.perform(post("/api/catalogue/templates").header("X-Internal-Token", HOME_AFFAIRS)
                        .contentType(MediaType.APPLICATION_JSON).content(template.toString()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(1));

        String agency = uniqueCode("TPA");
        newAgency(agency);
        String oldRound = uniqueCode("R-TPL1-");
        createRound(oldRound, templateCode, agency).andExpect(status().isCreated()).andExpect(jsonPath("$.templateVersion").value(1));
        submit(oldRound, agency, "v1", SampleReport.body()).andExpect(status().isCreated());

        // version 2 drops TIN_BAI
        ArrayNode indicators = (ArrayNode) template.get("sections").get(0).get("indicators");
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).get("code").stringValue().equals("TIN_BAI")) {
                indicators.remove(i);
            }
        }
        mvc.perform(post("/api/catalogue/templates").header("X-Internal-Token", HOME_AFFAIRS)
                        .contentType(MediaType.APPLICATION_JSON).content(template.toString()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(2));
        mvc.perform(get("/api/catalogue/templates/{c}/versions/1", templateCode).header("X-Internal-Token", HOME_AFFAIRS))
                .andExpect(jsonPath("$.sections[0].indicators[?(@.code == 'TIN_BAI')]").isNotEmpty());

        mvc.perform(get("/api/rounds/{r}/reports/{a}/versions/1", oldRound, agency).header("X-Internal-Token", HOME_AFFAIRS))
                .andExpect(jsonPath("$.templateVersion").value(1)).andExpect(jsonPath("$.values.TIN_BAI").value(35));
        submit(oldRound, agency, "v2", SampleReport.body()).andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(2));

        String newRound = uniqueCode("R-TPL2-");
        createRound(newRound, templateCode, agency).andExpect(status().isCreated()).andExpect(jsonPath("$.templateVersion").value(2));
        submit(newRound, agency, "n1", SampleReport.body()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("values.TIN_BAI"))
                .andExpect(jsonPath("$.errors[0].code").value("value.unknownIndicator"));
    }

    @Test
    void roundsAreOpenedLockedAndUnlockedByHomeAffairsOnly() throws Exception {
        String agency = uniqueCode("RND");
        newAgency(agency);
        String code = uniqueCode("R-RND-");
        mvc.perform(post("/api/rounds").header("X-Internal-Token", TestTokens.head(agency))
                .contentType(MediaType.APPLICATION_JSON).content(roundBody(code, "CCHC", agency))).andExpect(status().isForbidden());
        createRound(code, "CCHC", agency).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN")).andExpect(jsonPath("$.dataFrom").value("2022-12-15"));
        createRound(code, "CCHC", agency).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("round.exists"));
        mvc.perform(get("/api/rounds").header("X-Internal-Token", TestTokens.staff(agency)))
                .andExpect(jsonPath("$[?(@.code == '" + code + "')].expectedAgencies[0]").value(agency));
        mvc.perform(post("/api/rounds/{c}/lock", code).header("X-Internal-Token", HOME_AFFAIRS))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("LOCKED"));
        submit(code, agency, "x", SampleReport.body()).andExpect(status().isConflict());
        mvc.perform(post("/api/rounds/{c}/unlock", code).header("X-Internal-Token", HOME_AFFAIRS))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));
        submit(code, agency, "x", SampleReport.body()).andExpect(status().isCreated());
    }

    @Test
    void invalidRoundsAreRefusedFieldByField() throws Exception {
        mvc.perform(post("/api/rounds").header("X-Internal-Token", HOME_AFFAIRS).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "R BAD", "templateCode": "KHONGCO", "periodKind": "WEEK", "dataFrom": "2026-01-01",
                                 "dataTo": "31/13/2026", "dueAt": "tomorrow", "expectedAgencies": []}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'periodKind')].code").value("value.unknownOption"))
                .andExpect(jsonPath("$.errors[?(@.field == 'dataTo')].code").value("value.invalidDate"))
                .andExpect(jsonPath("$.errors[?(@.field == 'dueAt')].code").value("value.invalidInstant"));
        mvc.perform(post("/api/rounds").header("X-Internal-Token", HOME_AFFAIRS).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "R BAD", "templateCode": "KHONGCO", "periodKind": "QUARTER", "dataFrom": "2026-03-15",
                                 "dataTo": "2026-01-14", "dueAt": "2026-06-16T10:00:00Z", "expectedAgencies": ["KHONGCO"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].code").value("catalogue.roundCode"))
                .andExpect(jsonPath("$.errors[?(@.field == 'templateCode')].code").value("catalogue.unknownTemplate"))
                .andExpect(jsonPath("$.errors[?(@.field == 'dataTo')].code").value("catalogue.dataToBeforeFrom"))
                .andExpect(jsonPath("$.errors[?(@.field == 'expectedAgencies[0]')].code").value("catalogue.unknownAgency"));
    }

    @Test
    void homeAffairsOpensTheDecree09RoundsOfAYearOnce() throws Exception {
        String agency = uniqueCode("PER");
        newAgency(agency);
        String body = """
                {"year": 2031, "templateCode": "CCHC", "periodKinds": ["QUARTER", "YEAR"], "expectedAgencies": ["%s"]}"""
                .formatted(agency);
        mvc.perform(post("/api/rounds/periodic").header("X-Internal-Token", TestTokens.head(agency))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/rounds/periodic").header("X-Internal-Token", HOME_AFFAIRS)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.length()").value(5))
                .andExpect(jsonPath("$[?(@.code == '2031-Q1')].dueAt").value("2031-03-18T10:00:00Z"))
                .andExpect(jsonPath("$[?(@.code == '2031-Q1')].dataFrom").value("2030-12-15"))
                .andExpect(jsonPath("$[?(@.code == '2031-NAM')].dueAt").value("2031-12-16T10:00:00Z"))
                .andExpect(jsonPath("$[?(@.code == '2031-NAM')].title").value("Báo cáo công tác cải cách hành chính năm 2031"));
        mvc.perform(post("/api/rounds/periodic").header("X-Internal-Token", HOME_AFFAIRS)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(post("/api/rounds/periodic").header("X-Internal-Token", HOME_AFFAIRS).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\": 2031, \"templateCode\": \"CCHC\", \"periodKinds\": [\"WEEK\"], \"expectedAgencies\": []}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("periodKinds[0]"));
    }

    @Test
    void thePeriodGeneratorIsAvailableForAnyYear() throws Exception {
        mvc.perform(get("/api/catalogue/periods").param("year", "2026").header("X-Internal-Token", HOME_AFFAIRS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(19))
                .andExpect(jsonPath("$[?(@.code == '2026-Q1')].dueAt").value("2026-03-17T10:00:00Z"));
        mvc.perform(get("/api/catalogue/periods").param("year", "hai"). header("X-Internal-Token", HOME_AFFAIRS))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/catalogue/periods").param("year", "1900").header("X-Internal-Token", HOME_AFFAIRS))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    private org.springframework.test.web.servlet.ResultActions createRound(String code, String template, String agency) throws Exception {
        return mvc.perform(post("/api/rounds").header("X-Internal-Token", HOME_AFFAIRS)
                .contentType(MediaType.APPLICATION_JSON).content(roundBody(code, template, agency)));
    }

    private static String roundBody(String code, String template, String agency) {
        return """
                {"code": "%s", "templateCode": "%s", "periodKind": "AD_HOC", "dataFrom": "15/12/2022", "dataTo": "2023-08-31",
                 "dueAt": "2099-01-01T10:00:00Z", "expectedAgencies": ["%s"]}""".formatted(code, template, agency);
    }

    private org.springframework.test.web.servlet.ResultActions submit(String round, String agency, String key, JsonNode body)
            throws Exception {
        return mvc.perform(post("/api/rounds/{r}/reports/{a}/submissions", round, agency)
                .header("X-Internal-Token", TestTokens.head(agency)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body.toString()));
    }
}
