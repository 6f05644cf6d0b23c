package vn.reform.gateway.routing;

import java.net.InetSocketAddress;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import vn.reform.gateway.api.Problems;
import vn.reform.gateway.config.LimitsProperties;

/**
 * A token bucket per signed-in user (per client address before sign-in) on {@code /api/**}; past it, 429 with
 * Retry-After. Runs after Spring Security, so the user is known.
 */
@Component
@Order(0)
class RateLimitWebFilter implements WebFilter {

    private final Problems problems;
    private final Cache<String, Bucket> buckets;
    private final Bandwidth limit;

    RateLimitWebFilter(Problems problems, LimitsProperties limits) {
        this.problems = problems;
        this.limit = Bandwidth.builder()
                .capacity(limits.rateBurst())
                .refillGreedy(limits.ratePerSecond(), Duration.ofSeconds(1))
                .build();
        this.buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().pathWithinApplication().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .map(principal -> "user:" + principal.getName())
                .defaultIfEmpty("address:" + address(exchange))
                .flatMap(key -> {
                    ConsumptionProbe probe = buckets.get(key, k -> Bucket.builder().addLimit(limit).build())
                            .tryConsumeAndReturnRemaining(1);
                    if (probe.isConsumed()) {
                        return chain.filter(exchange);
                    }
                    Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
                    return problems.write(exchange,
                            problems.build(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate_limited", java.util.List.of(),
                                    Problems.retryAfterSeconds(wait)),
                            wait);
                });
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
