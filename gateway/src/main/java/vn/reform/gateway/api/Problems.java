package vn.reform.gateway.api;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds problem details in the caller's language (Vietnamese unless English was asked for) and writes them
 * where no controller is involved (security, limits, fallbacks). Messages: {@code problem.<code>} and
 * {@code field.<code>} in messages*.properties.
 */
@Component
public class Problems {

    private final MessageSource messages;
    private final JsonMapper json;

    public Problems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public Problem build(ServerWebExchange exchange, HttpStatus status, String code, List<FieldProblem> errors,
                         Object... args) {
        Locale locale = localeOf(exchange);
        return new Problem("about:blank", status.getReasonPhrase(), status.value(),
                messages.getMessage("problem." + code, args, code, locale),
                exchange.getRequest().getPath().value(), code, errors);
    }

    public FieldProblem field(ServerWebExchange exchange, String field, String code, Object... args) {
        return new FieldProblem(field, code, messages.getMessage("field." + code, args, code, localeOf(exchange)));
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String code, Object... args) {
        return write(exchange, build(exchange, status, code, List.of(), args), null);
    }

    /** Writes the problem; {@code retryAfter}, when given, becomes a Retry-After header in whole seconds. */
    public Mono<Void> write(ServerWebExchange exchange, Problem problem, Duration retryAfter) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(HttpStatus.valueOf(problem.status()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (retryAfter != null) {
            response.getHeaders().set("Retry-After", String.valueOf(retryAfterSeconds(retryAfter)));
        }
        DataBuffer body = response.bufferFactory().wrap(json.writeValueAsBytes(problem));
        return response.writeWith(Mono.just(body));
    }

    public static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static Locale localeOf(ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        return locale == null ? Locale.forLanguageTag("vi") : locale;
    }
}
