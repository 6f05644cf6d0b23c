package vn.reform.gateway.security;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import vn.reform.gateway.api.Problems;

/**
 * Requests the firewall refuses (encoded slashes, dots or NUL in the path, path traversal) get a 400 problem
 * detail like every other refusal, not an empty body.
 */
@Component
public class RejectedExchangeProblemHandler implements ServerExchangeRejectedHandler {

    private final Problems problems;

    public RejectedExchangeProblemHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return problems.write(exchange, HttpStatus.BAD_REQUEST, "path.rejected");
    }
}
