package vn.reform.gateway.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import vn.reform.gateway.security.PublicTokenService;
import vn.reform.gateway.security.PublicTokenService.IssuedToken;
import vn.reform.gateway.security.SignInLockedException;
import vn.reform.gateway.security.SignInService;

/** {@code POST /api/auth/token} (api.md): username and password for a bearer token. */
@RestController
class AuthTokenController {

    private final SignInService signIn;
    private final PublicTokenService tokens;
    private final Problems problems;

    AuthTokenController(SignInService signIn, PublicTokenService tokens, Problems problems) {
        this.signIn = signIn;
        this.tokens = tokens;
        this.problems = problems;
    }

    record Credentials(String username, String password) {
    }

    @PostMapping(path = "/api/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<?>> token(@RequestBody Credentials credentials, ServerWebExchange exchange) {
        return signIn.signIn(credentials.username(), credentials.password())
                .<ResponseEntity<?>>map(user -> {
                    IssuedToken token = tokens.issue(user);
                    return ResponseEntity.ok().header("Cache-Control", "no-store").body(token);
                })
                .onErrorResume(AuthenticationException.class, e -> Mono.just(refusal(e, exchange)));
    }

    private ResponseEntity<?> refusal(AuthenticationException e, ServerWebExchange exchange) {
        if (e instanceof SignInLockedException locked) {
            Duration wait = Duration.between(Instant.now(), locked.lockedUntil());
            long seconds = Problems.retryAfterSeconds(wait);
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header("Retry-After", String.valueOf(seconds))
                    .body(problems.build(exchange, HttpStatus.TOO_MANY_REQUESTS, "locked", List.of(), seconds));
        }
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.build(exchange, HttpStatus.UNAUTHORIZED, "bad_credentials", List.of()));
    }
}
