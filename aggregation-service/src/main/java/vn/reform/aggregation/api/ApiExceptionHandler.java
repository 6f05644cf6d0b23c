package vn.reform.aggregation.api;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.mongodb.MongoException;

import vn.reform.aggregation.config.AggregationProperties;
import vn.reform.aggregation.messaging.FailureKind;

/**
 * Every error as application/problem+json; framework errors (missing parameter, bad type) keep their 4xx. The store
 * away (stopped, restarting, unreachable, its connection pool paused after another operation failed: what the
 * consumer retries until it is stored, {@link FailureKind#TRANSIENT}) is a 503 with Retry-After; any other store
 * error is a 500.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ProblemFactory problems;
    private final String storeRetryAfterSeconds;

    public ApiExceptionHandler(ProblemFactory problems, AggregationProperties properties) {
        this.problems = problems;
        this.storeRetryAfterSeconds = String.valueOf(properties.storeRetryAfter().toSeconds());
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> apiException(ApiException e, Locale locale) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.problem(e, locale));
    }

    @ExceptionHandler({MongoException.class, DataAccessException.class})
    ResponseEntity<ProblemDetail> storeFailure(RuntimeException e, Locale locale) {
        if (FailureKind.of(e) != FailureKind.TRANSIENT) {
            LOG.error("store error", e);
            return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.server.title",
                            "problem.server.detail", locale));
        }
        LOG.warn("store unavailable: {}", e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, storeRetryAfterSeconds)
                .body(problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable.title",
                        "problem.store.unavailable", locale));
    }
}
