package vn.reform.gateway.routing;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;

import reactor.core.publisher.Mono;

/**
 * A backend's answer to a read, kept to be given again to the reads that shared its call: status, the headers the
 * backend sent (never those the gateway adds per client, such as cookies) and the whole body. {@code entityTag} is
 * its {@code ETag}, if it came with one: a later call may then ask the backend whether it still holds.
 */
record CapturedAnswer(HttpStatusCode status, Map<String, List<String>> headers, byte[] body, String entityTag) {

    /** An answer a later call of the same read may revalidate instead of fetching again. */
    boolean revalidatable() {
        return status.value() == 200 && entityTag != null;
    }

    /** Writes this answer as the response to another client. */
    Mono<Void> writeTo(ServerHttpResponse response) {
        response.setStatusCode(status);
        HttpHeaders target = response.getHeaders();
        headers.forEach(target::put);
        target.remove(HttpHeaders.TRANSFER_ENCODING);
        target.setContentLength(body.length);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }
}
