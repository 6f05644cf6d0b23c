package vn.reform.gateway.security;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import vn.reform.gateway.domain.Role;
import vn.reform.gateway.domain.UserAccount;
import vn.reform.gateway.support.GatewayTestBase;

import static org.assertj.core.api.Assertions.assertThat;

class TokenEndpointTest extends GatewayTestBase {

    @Test
    void rightCredentialsGiveABearerTokenOfOneHourThatCarriesTheIdentity() {
        UserAccount user = newUser("SNGV", Role.AGENCY_STAFF, Role.AGENCY_HEAD);

        Map<String, Object> token = client.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", user.username().toUpperCase(), "password", PASSWORD))
                .exchange()
                .expectStatus().isOk()
                .expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();

        assertThat(token).containsEntry("tokenType", "Bearer").containsEntry("expiresIn", 3600);
        assertThat(token.keySet()).containsExactlyInAnyOrder("accessToken", "tokenType", "expiresIn");
        Jwt jwt = NimbusJwtDecoder.withSecretKey(HmacTokenSigner.key(
                "local-dev-public-api-token-secret-change-me-0123456789")).build().decode((String) token.get("accessToken"));
        assertThat(jwt.getSubject()).isEqualTo(user.username());
        assertThat(jwt.getClaimAsString("agency")).isEqualTo("SNGV");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("AGENCY_STAFF", "AGENCY_HEAD");
        assertThat(jwt.getAudience()).containsExactly("reform-api");
    }

    @Test
    void wrongPasswordIs401ProblemInVietnameseOrEnglish() {
        UserAccount user = newUser("STP", Role.AGENCY_STAFF);

        client.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", user.username(), "password", "wrong-password"))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");

        client.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .bodyValue(Map.of("username", "nobody-" + user.username(), "password", "whatever"))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.detail").isEqualTo("Wrong username or password.");
    }

    @Test
    void everyOtherApiPathNeedsATokenOrSession() {
        client.get().uri("/api/rounds").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("unauthorized");
        client.get().uri("/api/users").header(HttpHeaders.AUTHORIZATION, "Bearer not.a.token").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aTokenMintedForTheServicesIsNotAcceptedAsAPublicToken() {
        UserAccount user = newUser("STC", Role.AGENCY_STAFF);
        String internal = new InternalTokenMinter(
                new vn.reform.gateway.config.SecurityProperties(
                        "local-dev-public-api-token-secret-change-me-0123456789", java.time.Duration.ofSeconds(60),
                        java.time.Duration.ofSeconds(30), "local-dev-public-api-token-secret-change-me-0123456789",
                        java.time.Duration.ofHours(1), 4, ""),
                java.time.Clock.systemUTC()).tokenFor(user.identity());

        client.get().uri("/api/catalogue/agencies").header(HttpHeaders.AUTHORIZATION, "Bearer " + internal)
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void healthIsUpWithoutSignIn() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }
}
