package vn.reform.gateway.api;

import java.util.List;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/** Turns refusals of the gateway's own API into localised problem details. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackages = "vn.reform.gateway.api")
class ApiExceptionHandler {

    private static final int STORE_RETRY_AFTER_SECONDS = 5;

    private final Problems problems;

    ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Problem> refused(ApiException e, ServerWebExchange exchange) {
        return answer(problems.build(exchange, e.status(), e.code(), e.errors(), e.args()));
    }

    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<Problem> unreadable(ServerWebInputException e, ServerWebExchange exchange) {
        return answer(problems.build(exchange, HttpStatus.BAD_REQUEST, "unreadable", List.of()));
    }

    /** The user store is away (restarting, unreachable): a clean 503 the client may retry, never a 500. */
    @ExceptionHandler({DataAccessResourceFailureException.class, MongoTimeoutException.class, MongoSocketException.class})
    ResponseEntity<Problem> storeAway(RuntimeException e, ServerWebExchange exchange) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Retry-After", String.valueOf(STORE_RETRY_AFTER_SECONDS))
                .body(problems.build(exchange, HttpStatus.SERVICE_UNAVAILABLE, "store.unavailable", List.of(), STORE_RETRY_AFTER_SECONDS));
    }

    private static ResponseEntity<Problem> answer(Problem problem) {
        return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
