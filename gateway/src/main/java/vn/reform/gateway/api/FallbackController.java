package vn.reform.gateway.api;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import vn.reform.gateway.config.ResilienceProperties;
import vn.reform.gateway.routing.CalledPathFilter;

/**
 * Where a route's circuit breaker sends a request its service did not answer in time (or at all): 503 with
 * Retry-After, for every HTTP method.
 */
@RestController
class FallbackController {

    private final Problems problems;
    private final ResilienceProperties resilience;

    FallbackController(Problems problems, ResilienceProperties resilience) {
        this.problems = problems;
        this.resilience = resilience;
    }

    @RequestMapping("/fallback/{service}")
    Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        Problem problem = problems.build(exchange, HttpStatus.SERVICE_UNAVAILABLE, "unavailable", List.of(),
                service, Problems.retryAfterSeconds(resilience.retryAfter()));
        Problem aboutTheCall = new Problem(problem.type(), problem.title(), problem.status(), problem.detail(),
                originalPath(exchange, problem.instance()), problem.code(), problem.errors());
        return problems.write(exchange, aboutTheCall, resilience.retryAfter());
    }

    /** The path the client called, not the fallback's. */
    private static String originalPath(ServerWebExchange exchange, String fallback) {
        return exchange.getAttributeOrDefault(CalledPathFilter.ATTRIBUTE, fallback);
    }
}
