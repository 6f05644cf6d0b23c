package vn.reform.gateway.routing;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.OrderedGatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.netty.channel.EventLoop;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import vn.reform.gateway.domain.AuthenticatedUser;
import vn.reform.gateway.domain.Role;
import vn.reform.gateway.security.UserAuthentication;

/**
 * {@code CoalesceReads} on a route: identical GETs in flight at once share one call to the service (see
 * {@link ReadFlights}: each answer is still produced after its read arrived). Reads are identical when they ask the
 * same path and query, for the same agency and roles, with the same {@code Accept}, {@code Accept-Encoding} and
 * {@code Accept-Language}; the route's service must answer from nothing else (contracts §4: the username does not
 * change an answer). Conditional and range requests are not shared. The filter runs before the route's circuit
 * breaker and before the internal token is minted, so a read that shares another's call costs neither.
 * <p>
 * Every read has passed the gateway's sign-in, roles and rate limit on its own before it gets here.
 * <p>
 * The last answer of each read that came with an entity tag is kept (up to {@code keptAnswers} in all, least recently
 * used first out). The next call of that read asks the service with {@code If-None-Match} whether it still holds;
 * on 304 its reads get the kept answer, whole and confirmed by a call made after they arrived, and the service sends
 * no body. A read that brings its own condition is not shared and gets the service's own answer.
 */
@Component
public class CoalesceReadsGatewayFilterFactory
        extends AbstractGatewayFilterFactory<CoalesceReadsGatewayFilterFactory.Config> {

    /** Before {@link InternalTokenRelayFilter} (a shared read needs no token) and every route filter. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 50;

    /** A kept answer nobody has read for this long is dropped. */
    private static final Duration KEPT_UNREAD = Duration.ofMinutes(10);

    private static final List<String> NOT_SHARED = List.of(HttpHeaders.RANGE, HttpHeaders.IF_NONE_MATCH,
            HttpHeaders.IF_MODIFIED_SINCE, HttpHeaders.IF_MATCH, HttpHeaders.IF_UNMODIFIED_SINCE, HttpHeaders.IF_RANGE);

    private final ReadFlights<ReadKey, CapturedAnswer> flights = new ReadFlights<>();

    public CoalesceReadsGatewayFilterFactory() {
        super(Config.class);
    }

    @Override
    public GatewayFilter apply(Config config) {
        int maxBytes = Math.toIntExact(config.getMaxAnswerSize().toBytes());
        Cache<ReadKey, CapturedAnswer> kept = Caffeine.newBuilder()
                .maximumWeight(config.getKeptAnswers().toBytes())
                .weigher((ReadKey key, CapturedAnswer answer) -> answer.body().length)
                .expireAfterAccess(KEPT_UNREAD)
                .build();
        return new OrderedGatewayFilter((exchange, chain) -> !shareable(exchange.getRequest()) ? chain.filter(exchange)
                : exchange.getPrincipal()
                        .flatMap(principal -> Mono.justOrEmpty(UserAuthentication.userOf(principal)))
                        .map(user -> Optional.of(ReadKey.of(exchange.getRequest(), user)))
                        .defaultIfEmpty(Optional.empty())
                        .flatMap(key -> key.isEmpty() ? chain.filter(exchange)
                                : read(exchange, chain, key.get(), maxBytes, kept)),
                ORDER);
    }

    private Mono<Void> read(ServerWebExchange exchange, GatewayFilterChain chain, ReadKey key, int maxBytes,
                            Cache<ReadKey, CapturedAnswer> kept) {
        ReadFlights.Ticket<ReadKey, CapturedAnswer> ticket = flights.join(key);
        if (!ticket.leads()) {
            return onOwnEventLoop(exchange, ticket.answer()).flatMap(answer -> answer.isPresent()
                    ? answer.get().writeTo(exchange.getResponse())
                    : chain.filter(exchange)); // nothing to share: this read calls the service itself
        }
        return onOwnEventLoop(exchange, ticket.startAfter().thenReturn(true))
                .then(Mono.defer(() -> chain.filter(capturing(exchange, ticket, maxBytes, kept))))
                .doFinally(signal -> ticket.land(null)); // no-op if the answer was captured; else frees the followers
    }

    /**
     * The leader's exchange as its call starts: asking the service whether the answer kept for its read still holds
     * (the one the call before it may just have kept), and landing the flight with what it gets.
     */
    private static ServerWebExchange capturing(ServerWebExchange exchange,
                                               ReadFlights.Ticket<ReadKey, CapturedAnswer> ticket, int maxBytes,
                                               Cache<ReadKey, CapturedAnswer> kept) {
        CapturedAnswer held = kept.getIfPresent(ticket.key());
        ServerWebExchange calling = held == null ? exchange : exchange.mutate()
                .request(request -> request.headers(headers -> headers.setIfNoneMatch(held.entityTag())))
                .build();
        return calling.mutate()
                .response(new CapturingResponse(calling, maxBytes, held, answer -> {
                    if (answer.revalidatable()) {
                        kept.put(ticket.key(), answer);
                    } else {
                        kept.invalidate(ticket.key());
                    }
                    ticket.land(answer);
                }))
                .build();
    }

    /**
     * A flight lands on the thread that read the end of its answer, which would otherwise write every follower's
     * response (and start the next call) itself, one after the other: each read goes on on its own connection's
     * event loop instead, and writes there without a hand-over.
     */
    private static <T> Mono<T> onOwnEventLoop(ServerWebExchange exchange, Mono<T> signal) {
        if (ServerHttpRequestDecorator.getNativeRequest(exchange.getRequest()) instanceof Connection connection) {
            EventLoop loop = connection.channel().eventLoop();
            return signal.flatMap(value -> loop.inEventLoop() ? Mono.just(value)
                    : Mono.create(sink -> loop.execute(() -> sink.success(value))));
        }
        return signal;
    }

    /** Reads so far that arrived while a call of their key was running (tests wait for them to join). */
    long readsThatWaited() {
        return flights.readsThatWaited();
    }

    /** Number of keys with a call running or waiting (tests check that nothing is left behind). */
    int keysInFlight() {
        return flights.keysInFlight();
    }

    private static boolean shareable(ServerHttpRequest request) {
        if (request.getMethod() != HttpMethod.GET) {
            return false;
        }
        HttpHeaders headers = request.getHeaders();
        return NOT_SHARED.stream().noneMatch(headers::containsHeader);
    }

    /** What a read's answer may depend on. */
    record ReadKey(String pathAndQuery, String agency, List<Role> roles, List<String> accept,
                   List<String> acceptEncoding, List<String> acceptLanguage) {

        static ReadKey of(ServerHttpRequest request, AuthenticatedUser user) {
            HttpHeaders headers = request.getHeaders();
            String query = request.getURI().getRawQuery();
            return new ReadKey(request.getURI().getRawPath() + (query == null ? "" : "?" + query), user.agency(),
                    user.roles(), headers.getOrEmpty(HttpHeaders.ACCEPT),
                    headers.getOrEmpty(HttpHeaders.ACCEPT_ENCODING), headers.getOrEmpty(HttpHeaders.ACCEPT_LANGUAGE));
        }
    }

    /**
     * {@code maxAnswerSize}: a bigger answer is not kept to share (its followers call the service themselves);
     * {@code keptAnswers}: the most the route keeps of answers to revalidate, their bodies' bytes in all.
     */
    public static class Config {

        private DataSize maxAnswerSize = DataSize.ofMegabytes(16);
        private DataSize keptAnswers = DataSize.ofMegabytes(32);

        public DataSize getKeptAnswers() {
            return keptAnswers;
        }

        public void setKeptAnswers(DataSize keptAnswers) {
            this.keptAnswers = keptAnswers;
        }

        public DataSize getMaxAnswerSize() {
            return maxAnswerSize;
        }

        public void setMaxAnswerSize(DataSize maxAnswerSize) {
            this.maxAnswerSize = maxAnswerSize;
        }
    }
}
