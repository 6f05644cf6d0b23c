package vn.reform.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);
    private final CountingVerifier verifier = new CountingVerifier();
    private final VerifiedTokenCache cache = new VerifiedTokenCache(verifier, clock, Duration.ofHours(1), 100);

    @Test
    void aTokenIsVerifiedOnceAndItsLaterUsesAnsweredFromMemory() {
        Jwt first = cache.decode("good").block();
        Jwt second = cache.decode("good").block();
        Jwt other = cache.decode("good-too").block();

        assertThat(second).isSameAs(first);
        assertThat(other.getSubject()).isEqualTo("good-too");
        assertThat(verifier.calls).hasValue(2);
    }

    @Test
    void aRefusedTokenIsNeverKeptAndIsRefusedAgainByTheVerifier() {
        assertThatThrownBy(() -> cache.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("forged").block()).isInstanceOf(BadJwtException.class);

        assertThat(verifier.calls).hasValue(2);
    }

    @Test
    void aKeptTokenPastItsExpiryGoesBackToTheVerifier() {
        cache.decode("good").block();
        clock.now = NOW.plus(CountingVerifier.LIFETIME).plusSeconds(1);
        verifier.refuseFromNowOn = true;

        assertThatThrownBy(() -> cache.decode("good").block()).isInstanceOf(BadJwtException.class);
        assertThat(verifier.calls).hasValue(2);
    }

    @Test
    void aTokenThatExpiresAtThisInstantIsNotKept() {
        clock.now = NOW.plus(CountingVerifier.LIFETIME);

        cache.decode("good").block();
        cache.decode("good").block();

        assertThat(verifier.calls).hasValue(2);
    }

    /** Accepts tokens whose value starts with "good" (issued at {@link #NOW}, valid 10 minutes), refuses others. */
    private static final class CountingVerifier implements ReactiveJwtDecoder {
        static final Duration LIFETIME = Duration.ofMinutes(10);
        final AtomicInteger calls = new AtomicInteger();
        volatile boolean refuseFromNowOn;

        @Override
        public Mono<Jwt> decode(String token) {
            calls.incrementAndGet();
            if (refuseFromNowOn || !token.startsWith("good")) {
                return Mono.error(new BadJwtException("refused: " + token));
            }
            return Mono.just(Jwt.withTokenValue(token).header("alg", "HS256").subject(token)
                    .issuedAt(NOW).expiresAt(NOW.plus(LIFETIME)).build());
        }
    }

    private static final class MovableClock extends Clock {
        volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
