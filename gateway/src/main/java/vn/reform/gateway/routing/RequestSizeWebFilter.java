package vn.reform.gateway.routing;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import vn.reform.gateway.api.Problems;
import vn.reform.gateway.config.LimitsProperties;

/** Refuses, before anything else, a request whose declared body is larger than the limit (413 problem). */
@Component
@Order(-200)
class RequestSizeWebFilter implements WebFilter {

    private final Problems problems;
    private final long maxBytes;

    RequestSizeWebFilter(Problems problems, LimitsProperties limits) {
        this.problems = problems;
        this.maxBytes = limits.maxRequestSize().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length > maxBytes) {
            return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "too_large", maxBytes);
        }
        return chain.filter(exchange);
    }
}
