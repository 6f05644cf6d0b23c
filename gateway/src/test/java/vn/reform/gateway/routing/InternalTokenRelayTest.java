package vn.reform.gateway.routing;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import vn.reform.gateway.domain.Role;
import vn.reform.gateway.domain.UserAccount;
import vn.reform.gateway.security.HmacTokenSigner;
import vn.reform.gateway.security.InternalTokenMinter;
import vn.reform.gateway.support.BrowserSession;
import vn.reform.gateway.support.GatewayTestBase;
import vn.reform.gateway.support.StandInBackend.Received;

import static org.assertj.core.api.Assertions.assertThat;

class InternalTokenRelayTest extends GatewayTestBase {

    private static final String LOCAL_SECRET = "local-dev-internal-token-secret-change-me-0123456789";

    @Test
    void aBearerCallReachesTheServiceWithAFreshInternalTokenAndWithoutTheClientsCredentials() {
        UserAccount user = newUser("SNGV", Role.AGENCY_STAFF, Role.AGENCY_HEAD);
        String path = "/api/catalogue/relay-" + user.username();

        client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer(user))
                .header(InternalTokenMinter.HEADER, "forged-by-the-client")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.echo").isEqualTo(path);

        Received forwarded = BACKEND.lastFor(path);
        assertThat(forwarded.header("Authorization")).isNull();
        assertThat(forwarded.header(InternalTokenMinter.HEADER)).isNotEqualTo("forged-by-the-client").doesNotContain(",");
        Jwt jwt = NimbusJwtDecoder.withSecretKey(HmacTokenSigner.key(LOCAL_SECRET)).build()
                .decode(forwarded.header(InternalTokenMinter.HEADER));
        assertThat(jwt.getClaimAsString("iss")).isEqualTo("reform-gateway");
        assertThat(jwt.getAudience()).containsExactly("reform-services");
        assertThat(jwt.getSubject()).isEqualTo(user.username());
        assertThat(jwt.getClaimAsString("agency")).isEqualTo("SNGV");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("AGENCY_STAFF", "AGENCY_HEAD");
        assertThat(jwt.getExpiresAt()).isEqualTo(jwt.getIssuedAt().plusSeconds(60));
        assertThat(jwt.getExpiresAt()).isAfter(Instant.now().plusSeconds(25));
    }

    @Test
    void aBrowserSessionIsRelayedTooWithoutItsCookies() {
        UserAccount admin = newUser(null, Role.ADMIN);
        BrowserSession browser = BrowserSession.signIn(client, admin.username(), PASSWORD);
        String path = "/api/rollups/relay-" + admin.username();

        browser.withCookies(client.get().uri(path)).exchange().expectStatus().isOk();

        Received forwarded = BACKEND.lastFor(path);
        assertThat(forwarded.header("Cookie")).isNull();
        Jwt jwt = NimbusJwtDecoder.withSecretKey(HmacTokenSigner.key(LOCAL_SECRET)).build()
                .decode(forwarded.header(InternalTokenMinter.HEADER));
        assertThat(jwt.getSubject()).isEqualTo(admin.username());
        assertThat(jwt.hasClaim("agency")).isFalse();
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("ADMIN");
    }

    @Test
    void writesAreRelayedWithTheirBodyAndHeaders() {
        UserAccount head = newUser("STP", Role.AGENCY_HEAD);
        String round = uniqueCode("R");
        String path = "/api/rounds/" + round + "/reports/STP/submissions";
        BACKEND.answer("POST", path, request -> vn.reform.gateway.support.StandInBackend.Reply.json(201,
                "{\"version\":1,\"status\":\"SUBMITTED\",\"late\":false,\"submittedAt\":\"2026-01-01T00:00:00Z\"}"));

        client.post().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer(head))
                .header("Idempotency-Key", "key-" + round)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"values\":{\"TIN_BAI\":35}}")
                .exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.version").isEqualTo(1);

        Received forwarded = BACKEND.lastFor(path);
        assertThat(forwarded.header("Idempotency-Key")).isEqualTo("key-" + round);
        assertThat(forwarded.body()).isEqualTo("{\"values\":{\"TIN_BAI\":35}}");
    }
}
