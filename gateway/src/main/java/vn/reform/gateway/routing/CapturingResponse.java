package vn.reform.gateway.routing;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The response of the read that calls the backend for a shared flight: written to its own client as usual, and
 * copied meanwhile. When the backend's body has been read to its end (before the last bytes reach this client), the
 * copy goes to {@code onCaptured}. A body over {@code maxBytes}, or an answer the backend did not give (a circuit
 * breaker's fallback), is not kept, and {@code onCaptured} never runs.
 * <p>
 * When the call asked the backend to revalidate {@code held} (an earlier answer, by its entity tag) and the backend
 * answers 304, the client, which asked without a tag, gets {@code held} whole instead, and {@code held} goes to
 * {@code onCaptured}.
 */
final class CapturingResponse extends ServerHttpResponseDecorator {

    private final ServerWebExchange exchange;
    private final int maxBytes;
    private final CapturedAnswer held;
    private final Consumer<CapturedAnswer> onCaptured;

    CapturingResponse(ServerWebExchange exchange, int maxBytes, CapturedAnswer held,
                      Consumer<CapturedAnswer> onCaptured) {
        super(exchange.getResponse());
        this.exchange = exchange;
        this.maxBytes = maxBytes;
        this.held = held;
        this.onCaptured = onCaptured;
    }

    @Override
    public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
        Set<String> names = exchange.getAttribute(ServerWebExchangeUtils.CLIENT_RESPONSE_HEADER_NAMES);
        if (held != null && names != null && HttpStatus.NOT_MODIFIED.equals(getStatusCode())) {
            return Flux.from(body).doOnNext(DataBufferUtils::release).then(Mono.defer(() -> {
                String date = getHeaders().getFirst(HttpHeaders.DATE);
                names.forEach(getHeaders()::remove); // the 304's headers: the held answer brings its own
                onCaptured.accept(held);
                Mono<Void> write = held.writeTo(getDelegate());
                if (date != null) {
                    getHeaders().set(HttpHeaders.DATE, date); // the held answer's own is as old as it is
                }
                return write;
            }));
        }
        Copy copy = new Copy();
        return super.writeWith(Flux.from(body)
                .doOnNext(copy::append)
                .doOnComplete(() -> {
                    if (!copy.tooBig && names != null) { // null: not the backend's answer (e.g. a breaker's fallback)
                        onCaptured.accept(new CapturedAnswer(statusOrOk(), backendHeaders(names), copy.bytes(),
                                getHeaders().getETag()));
                    }
                }));
    }

    private HttpStatusCode statusOrOk() {
        HttpStatusCode status = getStatusCode();
        return status == null ? HttpStatus.OK : status;
    }

    /** The headers that came from the backend, as the gateway's routing filter recorded their names. */
    private Map<String, List<String>> backendHeaders(Set<String> names) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : names) {
            List<String> values = getHeaders().get(name);
            if (values != null) {
                headers.put(name, List.copyOf(values));
            }
        }
        return headers;
    }

    private final class Copy {

        private byte[] bytes = new byte[8192];
        private int size;
        private boolean tooBig;

        void append(DataBuffer buffer) {
            int length = buffer.readableByteCount();
            if (tooBig || size + length > maxBytes) {
                tooBig = true;
                return;
            }
            if (size + length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.min(maxBytes, Math.max(size + length, bytes.length * 2)));
            }
            buffer.toByteBuffer(buffer.readPosition(), ByteBuffer.wrap(bytes), size, length);
            size += length;
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, size);
        }
    }
}
