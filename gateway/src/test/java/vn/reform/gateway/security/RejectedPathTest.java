package vn.reform.gateway.security;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import vn.reform.gateway.domain.Role;
import vn.reform.gateway.support.GatewayTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** Paths the firewall refuses get a problem detail and never reach a service. */
class RejectedPathTest extends GatewayTestBase {

    @Test
    void encodedTraversalInAnIdentifierIsRefusedWithAProblemDetail() {
        String token = bearer(newUser("SNV", Role.HOME_AFFAIRS));
        for (String path : new String[] {"/api/rounds/..%2F..%2Fadmin/reports/SNGV", "/api/rounds/R/reports/SNGV%00",
                "/api/rounds/R/reports/a%2Fb"}) {
            client.get().uri(java.net.URI.create("http://127.0.0.1:" + port + path))
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.code").isEqualTo("path.rejected");
        }
        assertThat(BACKEND.receivedFor("/api/rounds/R/reports/a/b")).isEmpty();
    }
}
