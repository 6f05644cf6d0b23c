package vn.reform.gateway.security;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import vn.reform.gateway.domain.Role;
import vn.reform.gateway.domain.UserAccount;
import vn.reform.gateway.support.GatewayTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** Roles and agency scope are enforced at the gateway before a request reaches a service. */
class AuthorizationTest extends GatewayTestBase {

    @Test
    void anAgencyCannotReadOrWriteAnotherAgencysReport() {
        UserAccount stp = newUser("STP", Role.AGENCY_STAFF, Role.AGENCY_HEAD);
        String token = bearer(stp);
        String round = uniqueCode("R");

        client.get().uri("/api/rounds/" + round + "/reports/SNGV").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("forbidden");
        client.put().uri("/api/rounds/" + round + "/reports/SNGV/draft").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isForbidden();
        client.get().uri("/api/rounds/" + round + "/reports/STP").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isOk();

        assertThat(BACKEND.receivedFor("/api/rounds/" + round + "/reports/SNGV")).isEmpty();
        assertThat(BACKEND.receivedFor("/api/rounds/" + round + "/reports/STP")).hasSize(1);
    }

    @Test
    void onlyTheAgencyHeadSubmitsAndStaffOnlyWriteDrafts() {
        UserAccount staff = newUser("SYT", Role.AGENCY_STAFF);
        String token = bearer(staff);
        String report = "/api/rounds/" + uniqueCode("R") + "/reports/SYT";

        client.post().uri(report + "/submissions").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isForbidden();
        client.put().uri(report + "/draft").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isOk();
    }

    @Test
    void homeAffairsReadsEveryAgencyReturnsAcceptsAndSubmitsOnBehalfButDoesNotWriteDrafts() {
        UserAccount snv = newUser("SNV", Role.HOME_AFFAIRS);
        String token = bearer(snv);
        String report = "/api/rounds/" + uniqueCode("R") + "/reports/SNGV";

        client.get().uri(report).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange().expectStatus().isOk();
        client.post().uri(report + "/return").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"reason\":\"Bổ sung số liệu\"}")
                .exchange().expectStatus().isOk();
        client.post().uri(report + "/submissions").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().is2xxSuccessful();
        assertThat(BACKEND.receivedFor(report + "/submissions")).hasSize(1);
        client.put().uri(report + "/draft").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void agenciesCannotOpenRoundsReturnReportsOrManageUsers() {
        UserAccount head = newUser("STC", Role.AGENCY_STAFF, Role.AGENCY_HEAD);
        String token = bearer(head);

        client.post().uri("/api/rounds").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isForbidden();
        client.post().uri("/api/rounds/X/reports/STC/accept").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isForbidden();
        client.get().uri("/api/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isForbidden();
        client.get().uri("/dashboard").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isForbidden();
    }
}
