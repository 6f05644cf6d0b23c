package vn.reform.gateway.support;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** A browser's cookies after signing in on the sign-in form: the session and the readable CSRF token. */
public record BrowserSession(String session, String xsrf) {

    public static BrowserSession signIn(WebTestClient client, String username, String password) {
        EntityExchangeResult<byte[]> page = client.get().uri("/login").exchange()
                .expectStatus().isOk().expectBody().returnResult();
        String xsrf = cookie(page, "XSRF-TOKEN");
        EntityExchangeResult<byte[]> signedIn = client.post().uri("/login")
                .cookie("XSRF-TOKEN", xsrf)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("username", username).with("password", password).with("_csrf", xsrf))
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.FOUND)
                .expectHeader().location("/")
                .expectBody().returnResult();
        return new BrowserSession(cookie(signedIn, "SESSION"), xsrf);
    }

    private static String cookie(EntityExchangeResult<?> result, String name) {
        ResponseCookie cookie = result.getResponseCookies().getFirst(name);
        if (cookie == null) {
            throw new AssertionError("no cookie " + name + " in " + result.getResponseHeaders());
        }
        return cookie.getValue();
    }

    public WebTestClient.RequestHeadersSpec<?> withCookies(WebTestClient.RequestHeadersSpec<?> request) {
        return request.cookie("SESSION", session).cookie("XSRF-TOKEN", xsrf);
    }
}
