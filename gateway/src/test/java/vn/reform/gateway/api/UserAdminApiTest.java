package vn.reform.gateway.api;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import vn.reform.gateway.domain.Role;
import vn.reform.gateway.support.GatewayTestBase;

import static org.assertj.core.api.Assertions.assertThat;

class UserAdminApiTest extends GatewayTestBase {

    @Test
    void anAdminCreatesAUserWhoCanThenSignInAndNoAnswerShowsAPassword() {
        String admin = bearer(newUser(null, Role.ADMIN));
        String username = "new" + uniqueCode("u").toLowerCase().replace("-", "");

        String created = client.post().uri("/api/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", "mat-khau-moi-123", "displayName", "Nguyễn Văn A",
                        "agency", "sngv", "roles", java.util.List.of("AGENCY_STAFF")))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(created).contains("\"agency\":\"SNGV\"").doesNotContainIgnoringCase("password").doesNotContain("$2a$");

        String list = client.get().uri("/api/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(list).contains(username).doesNotContainIgnoringCase("password").doesNotContain("$2a$");

        client.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", "mat-khau-moi-123"))
                .exchange().expectStatus().isOk();
    }

    @Test
    void invalidFieldsAreReportedOneByOneInTheCallersLanguage() {
        String admin = bearer(newUser(null, Role.ADMIN));

        client.post().uri("/api/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "Bad Name!", "password", "short", "displayName", "x".repeat(201),
                        "roles", java.util.List.of("AGENCY_HEAD", "KING")))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'username')].code").isEqualTo("username")
                .jsonPath("$.errors[?(@.field == 'password')].message").isEqualTo("The password needs at least 8 characters.")
                .jsonPath("$.errors[?(@.field == 'displayName')].code").isEqualTo("too_long")
                .jsonPath("$.errors[?(@.field == 'roles')].code").isEqualTo("role_unknown")
                .jsonPath("$.errors[?(@.field == 'agency')].code").isEqualTo("agency_required");

        client.post().uri("/api/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{not json")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("unreadable");
    }

    @Test
    void withoutADisplayNameTheUsernameIsShown() {
        String admin = bearer(newUser(null, Role.ADMIN));
        String username = "bench" + uniqueCode("u").toLowerCase().replace("-", "");

        client.post().uri("/api/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", "bench-password-1", "roles", java.util.List.of("HOME_AFFAIRS"),
                        "agency", "SNV"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.displayName").isEqualTo(username);
    }

    @Test
    void aTakenUsernameIsAConflictAndAnUnknownOneIsNotFound() {
        String admin = bearer(newUser(null, Role.ADMIN));
        String existing = newUser("STP", Role.AGENCY_STAFF).username();

        client.post().uri("/api/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", existing, "password", "long-enough-1", "displayName", "X", "agency", "STP",
                        "roles", java.util.List.of("AGENCY_STAFF")))
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").isEqualTo("Tên đăng nhập " + existing + " đã tồn tại.");
        client.put().uri("/api/users/nobody-here").header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("displayName", "X", "roles", java.util.List.of("ADMIN")))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void anAdminChangesRolesAndPasswordAndLiftsALock() {
        String admin = bearer(newUser(null, Role.ADMIN));
        String username = newUser("SYT", Role.AGENCY_STAFF).username();

        client.put().uri("/api/users/" + username).header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("displayName", "Trưởng phòng", "agency", "SYT", "roles", java.util.List.of("AGENCY_STAFF", "AGENCY_HEAD"),
                        "enabled", true))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.roles.length()").isEqualTo(2);
        client.post().uri("/api/users/" + username + "/password").header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("password", "another-secret-9"))
                .exchange().expectStatus().isNoContent();
        for (int i = 0; i < 3; i++) {
            client.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("username", username, "password", "wrong")).exchange().expectStatus().isUnauthorized();
        }
        client.delete().uri("/api/users/" + username + "/lock").header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
                .exchange().expectStatus().isNoContent();

        client.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", "another-secret-9"))
                .exchange().expectStatus().isOk();
    }
}
