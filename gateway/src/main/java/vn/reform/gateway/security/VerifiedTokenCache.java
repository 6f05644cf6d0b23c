package vn.reform.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Verifies each distinct API token once and answers its later uses from memory until it expires: an API client sends
 * the same token with every request, and parsing it and checking its signature was a tenth of the gateway's CPU per
 * request. Only tokens the verifier accepted are kept; a kept token past its {@code exp} goes back to the verifier,
 * which refuses it. Tokens are not revocable (they only expire), so keeping a verified one changes no answer.
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifier;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedTokenCache(ReactiveJwtDecoder verifier, Clock clock, Duration keepAtMost, long maxTokens) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().expireAfterWrite(keepAtMost).maximumSize(maxTokens).build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known != null) {
            if (stillValid(known)) {
                return Mono.just(known);
            }
            verified.invalidate(token);
        }
        return verifier.decode(token).doOnNext(jwt -> {
            if (stillValid(jwt)) {
                verified.put(token, jwt);
            }
        });
    }

    private boolean stillValid(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        return expiresAt != null && clock.instant().isBefore(expiresAt);
    }
}
