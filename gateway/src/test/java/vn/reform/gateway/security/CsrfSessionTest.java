package vn.reform.gateway.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import vn.reform.gateway.domain.Role;
import vn.reform.gateway.domain.UserAccount;
import vn.reform.gateway.support.BrowserSession;
import vn.reform.gateway.support.GatewayTestBase;

import static org.assertj.core.api.Assertions.assertThat;

class CsrfSessionTest extends GatewayTestBase {

    @Test
    void aSessionWriteNeedsTheCsrfTokenFromTheCookieInTheHeader() {
        UserAccount staff = newUser("SCT", Role.AGENCY_STAFF);
        BrowserSession browser = BrowserSession.signIn(client, staff.username(), PASSWORD);
        String draft = "/api/rounds/" + uniqueCode("R") + "/reports/SCT/draft";

        browser.withCookies(client.put().uri(draft).contentType(MediaType.APPLICATION_JSON).bodyValue("{}"))
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("csrf");
        assertThat(BACKEND.receivedFor(draft)).isEmpty();

        browser.withCookies(client.put().uri(draft).header("X-XSRF-TOKEN", browser.xsrf())
                        .contentType(MediaType.APPLICATION_JSON).bodyValue("{}"))
                .exchange()
                .expectStatus().isOk();
        assertThat(BACKEND.receivedFor(draft)).hasSize(1);
    }

    @Test
    void theSignInFormRefusesAPostWithoutCsrfToken() {
        UserAccount staff = newUser("SCT", Role.AGENCY_STAFF);
        client.post().uri("/login").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("username=" + staff.username() + "&password=" + PASSWORD)
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void signingOutEndsTheSession() {
        UserAccount staff = newUser("SCT", Role.AGENCY_STAFF);
        BrowserSession browser = BrowserSession.signIn(client, staff.username(), PASSWORD);

        browser.withCookies(client.post().uri("/logout").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .bodyValue("_csrf=" + browser.xsrf()))
                .exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().location("/login?logout");
        browser.withCookies(client.get().uri("/api/catalogue/agencies")).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aBearerCallIsStatelessNoSessionNoCsrfCookieNoCsrfTokenNeeded() {
        UserAccount staff = newUser("SCT", Role.AGENCY_STAFF);
        String token = bearer(staff);
        String draft = "/api/rounds/" + uniqueCode("R") + "/reports/SCT/draft";

        for (var result : List.of(
                client.get().uri("/api/catalogue/agencies").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .exchange().expectStatus().isOk().expectBody().returnResult(),
                client.put().uri(draft).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                        .exchange().expectStatus().isOk().expectBody().returnResult())) {
            assertThat(result.getResponseHeaders().get(HttpHeaders.SET_COOKIE)).as("no XSRF-TOKEN, no SESSION").isNull();
        }
        assertThat(BACKEND.receivedFor(draft)).hasSize(1);
    }

    @Test
    void aSessionCookieDoesNotStandInForAMalformedBearerToken() {
        UserAccount staff = newUser("SCT", Role.AGENCY_STAFF);
        BrowserSession browser = BrowserSession.signIn(client, staff.username(), PASSWORD);

        browser.withCookies(client.get().uri("/api/catalogue/agencies"))
                .header(HttpHeaders.AUTHORIZATION, "Bearer not a token")
                .exchange()
                .expectStatus().isUnauthorized();
    }
}
