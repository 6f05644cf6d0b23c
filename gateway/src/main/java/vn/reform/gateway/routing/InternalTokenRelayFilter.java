package vn.reform.gateway.routing;

import java.util.Optional;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import vn.reform.gateway.security.InternalTokenMinter;
import vn.reform.gateway.security.UserAuthentication;

/**
 * On every routed request: removes what the client sent to prove who it is ({@code Authorization}, cookies,
 * any {@code X-Internal-Token}) and adds the gateway's own {@code X-Internal-Token} for the signed-in user.
 */
@Component
class InternalTokenRelayFilter implements GlobalFilter, Ordered {

    private final InternalTokenMinter minter;

    InternalTokenRelayFilter(InternalTokenMinter minter) {
        this.minter = minter;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .map(principal -> UserAuthentication.userOf(principal).map(minter::tokenFor))
                .defaultIfEmpty(Optional.empty())
                .flatMap(token -> chain.filter(exchange.mutate()
                        .request(request -> request.headers(headers -> {
                            headers.remove(HttpHeaders.AUTHORIZATION);
                            headers.remove(HttpHeaders.COOKIE);
                            headers.remove(InternalTokenMinter.HEADER);
                            token.ifPresent(t -> headers.set(InternalTokenMinter.HEADER, t));
                        }))
                        .build()));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }
}
