package vn.reform.gateway.security;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.reform.gateway.domain.Role;
import vn.reform.gateway.domain.UserAccount;
import vn.reform.gateway.support.BrowserSession;
import vn.reform.gateway.support.GatewayTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** Test settings: 3 failures lock; delays 40, 80, 160 ms (capped at 200). */
@ExtendWith(OutputCaptureExtension.class)
class SignInLockoutTest extends GatewayTestBase {

    @Test
    void failuresAreAnsweredEverSlowerThenTheUsernameIsLockedEvenForTheRightPassword() {
        UserAccount user = newUser("SYT", Role.AGENCY_STAFF);

        long first = timedFailure(user.username());
        long second = timedFailure(user.username());
        long third = timedFailure(user.username());

        assertThat(first).isGreaterThanOrEqualTo(40);
        assertThat(second).isGreaterThanOrEqualTo(80);
        assertThat(third).isGreaterThanOrEqualTo(160);
        client.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", user.username(), "password", PASSWORD))
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.code").isEqualTo("locked");
    }

    @Test
    void passwordsNeverReachTheLog(CapturedOutput output) {
        UserAccount user = newUser("SGDDT", Role.AGENCY_STAFF);
        for (int i = 0; i < 4; i++) {
            client.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("username", user.username(), "password", "guessed-secret-" + i))
                    .exchange().expectStatus().is4xxClientError();
        }

        assertThat(output.getAll()).contains("sign-in of '" + user.username() + "' locked").doesNotContain("guessed-secret-");
    }

    @Test
    void aSuccessClearsTheCount() {
        UserAccount user = newUser("SYT", Role.AGENCY_STAFF);
        timedFailure(user.username());
        timedFailure(user.username());
        bearer(user);
        timedFailure(user.username());
        timedFailure(user.username());

        assertThat(bearer(user)).isNotBlank();
    }

    @Test
    void theSignInFormSaysWhenTheUsernameIsLocked() {
        UserAccount user = newUser("SXD", Role.AGENCY_STAFF);
        for (int i = 0; i < 3; i++) {
            timedFailure(user.username());
        }
        WebTestClient.ResponseSpec response = signInForm(user.username(), PASSWORD);
        response.expectStatus().isFound().expectHeader().location("/login?locked");
    }

    @Test
    void theSignInFormSendsTheUserToTheirLandingPage() {
        UserAccount user = newUser("SXD", Role.AGENCY_STAFF);
        BrowserSession session = BrowserSession.signIn(client, user.username(), PASSWORD);
        session.withCookies(client.get().uri("/")).exchange()
                .expectStatus().is3xxRedirection().expectHeader().location("/rounds");
        signInForm(user.username(), "wrong-password-1").expectStatus().isFound().expectHeader().location("/login?error");
    }

    private WebTestClient.ResponseSpec signInForm(String username, String password) {
        String xsrf = "form-test-token";
        return client.post().uri("/login").cookie("XSRF-TOKEN", xsrf)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(org.springframework.web.reactive.function.BodyInserters.fromFormData("username", username)
                        .with("password", password).with("_csrf", xsrf))
                .exchange();
    }

    private long timedFailure(String username) {
        long start = System.nanoTime();
        client.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", "not-the-password"))
                .exchange().expectStatus().isUnauthorized();
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }
}
