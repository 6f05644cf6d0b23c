package vn.reform.gateway.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The loop finds the token exactly as Spring Security's expression (ServerBearerTokenAuthenticationConverter 7.0). */
class BearerTokenConverterTest {

    private static final Pattern AUTHORIZATION = Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$",
            Pattern.CASE_INSENSITIVE);

    private final BearerTokenConverter converter = new BearerTokenConverter();

    @Test
    void findsTheSameTokenAsTheExpressionInEveryHeader() {
        List<String> headers = new ArrayList<>(List.of("Bearer abc", "bearer abc", "BEARER a.b-c_d~e+f/g==", "Bearer ",
                "Bearer", "Bearer  abc", "Bearer abc ", "Bearer =", "Bearer abc=d", "Bearer abc\n", "Bearer\tabc",
                "Bearerabc", "Basic abc", "Bearer ab c", "Bearer ệ", "Bearer a%20b", "bEaReR x===",
                "Beaſer abc", "BEARER \u212Aey"));
        Random random = new Random(11);
        String alphabet = "Bbearer ER=+/-._~aZ09 \t\n%!ệK\u212A";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder header = new StringBuilder(random.nextInt(4) > 0 ? "Bearer " : "");
            for (int n = random.nextInt(10); n > 0; n--) {
                header.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            headers.add(header.toString());
        }
        for (String header : headers) {
            Matcher matcher = AUTHORIZATION.matcher(header);
            assertThat(BearerTokenConverter.token(header)).as("token of [%s]", header)
                    .isEqualTo(matcher.matches() ? matcher.group("token") : null);
        }
    }

    @Test
    void aRequestWithoutABearerHeaderIsNotABearerRequest() {
        assertThat(convert(request(null)).blockOptional(Duration.ofSeconds(1))).isEmpty();
        assertThat(convert(request("Basic dXNlcjpwYXNz")).blockOptional(Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void aWellFormedBearerHeaderGivesItsToken() {
        Authentication authentication = convert(request("Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2ln")).block();
        assertThat(authentication).isInstanceOf(BearerTokenAuthenticationToken.class);
        assertThat(((BearerTokenAuthenticationToken) authentication).getToken()).isEqualTo("eyJhbGciOiJIUzI1NiJ9.e30.c2ln");
    }

    @Test
    void aMalformedBearerHeaderIsRefusedAsAnInvalidToken() {
        assertThatThrownBy(() -> convert(request("Bearer not a token")).block())
                .isInstanceOf(OAuth2AuthenticationException.class)
                .satisfies(e -> assertThat(((OAuth2AuthenticationException) e).getError().getErrorCode())
                        .isEqualTo("invalid_token"));
    }

    private reactor.core.publisher.Mono<Authentication> convert(MockServerWebExchange exchange) {
        return converter.convert(exchange);
    }

    private static MockServerWebExchange request(String authorization) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/rollups/R1");
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        return MockServerWebExchange.from(request);
    }
}
