package vn.reform.notification.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.reform.notification.support.MutableClock.local;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.reform.notification.support.IntegrationTest;
import vn.reform.notification.support.InternalTokens;

/** The HTTP API behind the gateway: internal token, agency scope, problem details in Vietnamese or English. */
class RemindersApiTest extends IntegrationTest {

    private static final String TOKEN = "X-Internal-Token";

    @Autowired
    MockMvc mvc;

    @Test
    void homeAffairsSeesEveryReminderOfARoundAnAgencyOnlyItsOwn() throws Exception {
        agencies("API1", "API2");
        events.round("API-2026", "Báo cáo quý IV", local(LocalDate.of(2026, 12, 18), "17:00"), List.of("API1", "API2"),
                "OPEN");
        awaitRound("API-2026");
        sweepAt(local(LocalDate.of(2026, 12, 22), "09:00"));

        mvc.perform(get("/api/reminders").param("round", "API-2026").header(TOKEN, InternalTokens.homeAffairs()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[?(@.agency == 'API1' && @.stage == 'HEAD_ESCALATION')].recipient")
                        .value("head.api1@agency.test"))
                .andExpect(jsonPath("$[0].round").value("API-2026"))
                .andExpect(jsonPath("$[0].channel").value("EMAIL"))
                .andExpect(jsonPath("$[0].status").value("SENT"))
                .andExpect(jsonPath("$[0].sentAt").value("2026-12-22T02:00:00Z"));

        mvc.perform(get("/api/reminders").param("round", "API-2026").header(TOKEN, InternalTokens.agencyStaff("API2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[*].agency", everyItem(is("API2"))));

        mvc.perform(get("/api/reminders").param("agency", "API1").header(TOKEN, InternalTokens.agencyStaff("API2")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("API1")));
    }

    @Test
    void withoutAValidInternalTokenEveryApiCallIs401InVietnameseOrEnglish() throws Exception {
        mvc.perform(get("/api/reminders"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(containsString("mã xác thực nội bộ")));
        mvc.perform(get("/api/reminders").header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("internal token")));

        String wrongSecret = InternalTokens.token("another-secret-another-secret-another-secret-0123", "snv", "SNV",
                List.of("HOME_AFFAIRS"), "reform-gateway", Duration.ofSeconds(60));
        String wrongIssuer = InternalTokens.token(InternalTokens.DEFAULT_SECRET, "snv", "SNV", List.of("HOME_AFFAIRS"),
                "someone-else", Duration.ofSeconds(60));
        String expired = InternalTokens.token(InternalTokens.DEFAULT_SECRET, "snv", "SNV", List.of("HOME_AFFAIRS"),
                "reform-gateway", Duration.ofSeconds(-120));
        for (String token : List.of(wrongSecret, wrongIssuer, expired, "not-a-jwt")) {
            mvc.perform(get("/api/reminders").header(TOKEN, token)).andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/api/notification/sweep").header("Authorization", "Bearer " + InternalTokens.homeAffairs()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void unknownRoundIs404AndOnlyHomeAffairsMayTriggerASweep() throws Exception {
        mvc.perform(get("/api/reminders").param("round", "NO-SUCH-ROUND").header(TOKEN, InternalTokens.homeAffairs())
                        .header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Reporting round NO-SUCH-ROUND not found."));

        mvc.perform(post("/api/notification/sweep").header(TOKEN, InternalTokens.agencyStaff("API1")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("Sở Nội vụ")));
        clock.set(local(LocalDate.of(2026, 12, 22), "09:00"));
        mvc.perform(post("/api/notification/sweep").header(TOKEN, InternalTokens.homeAffairs()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ran").value(true));
    }

    @Test
    void aRoundsLadderCanBeSetAndBadValuesAreRefusedFieldByField() throws Exception {
        agencies("LDR1");
        events.round("LDR-2026", "Báo cáo quý IV", local(LocalDate.of(2026, 12, 18), "17:00"), List.of("LDR1"), "OPEN");
        awaitRound("LDR-2026");
        String path = "/api/notification/rounds/LDR-2026/ladder";

        mvc.perform(put(path).header(TOKEN, InternalTokens.homeAffairs()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"daysBefore": -1, "dueDayMorning": "8h", "overdueEveryWorkingDay": true,
                                 "headFromWorkingDaysOverdue": 2}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[?(@.field == 'daysBefore')].code").value("Min"))
                .andExpect(jsonPath("$.errors[?(@.field == 'daysBefore')].message")
                        .value("Giá trị phải lớn hơn hoặc bằng 0."))
                .andExpect(jsonPath("$.errors[?(@.field == 'dueDayMorning')].code").value("Pattern"))
                .andExpect(jsonPath("$.errors[?(@.field == 'homeAffairsFromWorkingDaysOverdue')].code").value("NotNull"));
        mvc.perform(put(path).header(TOKEN, InternalTokens.homeAffairs()).contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest());
        mvc.perform(put(path).header(TOKEN, InternalTokens.agencyStaff("LDR1")).contentType(MediaType.APPLICATION_JSON)
                        .content(ladder(5)))
                .andExpect(status().isForbidden());

        mvc.perform(put(path).header(TOKEN, InternalTokens.homeAffairs()).contentType(MediaType.APPLICATION_JSON)
                        .content(ladder(5)))
                .andExpect(status().isOk());
        mvc.perform(get(path).header(TOKEN, InternalTokens.agencyStaff("LDR1")))
                .andExpect(jsonPath("$.daysBefore").value(5))
                .andExpect(jsonPath("$.dueDayMorning").value("07:30"));

        assertSweepSendsTo(local(LocalDate.of(2026, 12, 13), "09:00"), 0);
        assertSweepSendsTo(local(LocalDate.of(2026, 12, 14), "09:00"), 1);
        assertSweepSendsTo(local(LocalDate.of(2026, 12, 18), "07:45"), 2);
    }

    private void assertSweepSendsTo(Instant at, int expectedMailsSoFar) {
        sweepAt(at);
        assertThat(mails()).hasSize(expectedMailsSoFar);
    }

    private static String ladder(int daysBefore) {
        return """
                {"daysBefore": %d, "dueDayMorning": "07:30", "overdueEveryWorkingDay": true,
                 "headFromWorkingDaysOverdue": 2, "homeAffairsFromWorkingDaysOverdue": 5}""".formatted(daysBefore);
    }

    @Test
    void healthIsOpenAndShowsTheSmtpCircuitBreaker() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.mongo.status").value("UP"))
                .andExpect(jsonPath("$.components.circuitBreakers.details.smtp.details.state").value("CLOSED"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }
}
