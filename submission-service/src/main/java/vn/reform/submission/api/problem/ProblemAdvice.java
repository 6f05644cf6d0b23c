package vn.reform.submission.api.problem;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

import vn.reform.submission.api.BodySizeLimitFilter;
import vn.reform.submission.config.StoreProperties;
import vn.reform.submission.domain.problem.ConflictException;
import vn.reform.submission.domain.problem.DomainProblem;
import vn.reform.submission.domain.problem.ForbiddenException;
import vn.reform.submission.domain.problem.NotFoundException;
import vn.reform.submission.domain.report.IdempotencyKeyReusedException;
import vn.reform.submission.domain.validation.FieldProblem;
import vn.reform.submission.domain.validation.InvalidRequestException;

/** Every refusal as an RFC 9457 problem detail, localised; bad input is always a specific 4xx, never a 500. */
@RestControllerAdvice
public class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final ProblemResponses problems;
    private final StoreProperties store;

    public ProblemAdvice(ProblemResponses problems, StoreProperties store) {
        this.problems = problems;
        this.store = store;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e, Locale locale) {
        return problems.fieldProblems(e.problems(), locale);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, Locale locale) {
        return domain(HttpStatus.NOT_FOUND, e, locale);
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e, Locale locale) {
        return domain(HttpStatus.FORBIDDEN, e, locale);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e, Locale locale) {
        return domain(HttpStatus.CONFLICT, e, locale);
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ProblemDetail keyReused(IdempotencyKeyReusedException e, Locale locale) {
        return domain(HttpStatus.UNPROCESSABLE_CONTENT, e, locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodySizeLimitFilter.BodyTooLargeException) {
                return problems.problem(HttpStatus.CONTENT_TOO_LARGE, "request.tooLarge", locale);
            }
        }
        return problems.problem(HttpStatus.BAD_REQUEST, "request.malformed", locale);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException e, Locale locale) {
        return problems.fieldProblems(List.of(FieldProblem.of(e.getHeaderName(), "header.required", e.getHeaderName())), locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return problems.fieldProblems(List.of(FieldProblem.of(e.getName(), "value.invalidParameter", e.getName())), locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e, Locale locale) {
        return problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "request.mediaType", locale);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e, Locale locale) {
        return problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "request.method", locale);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noResource(NoResourceFoundException e, Locale locale) {
        return problems.problem(HttpStatus.NOT_FOUND, "request.notFound", locale);
    }

    /**
     * The store is away (stopped, restarting, unreachable, or its connection pool paused after another operation
     * failed on it): a documented 503 the client may retry.
     */
    @ExceptionHandler({MongoTimeoutException.class, MongoSocketException.class, MongoNodeIsRecoveringException.class,
            MongoNotPrimaryException.class, MongoExecutionTimeoutException.class,
            MongoConnectionPoolClearedException.class, DataAccessResourceFailureException.class})
    ResponseEntity<ProblemDetail> storeUnavailable(Exception e, Locale locale) {
        log.warn("store unavailable: {}", e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(store.retryAfterSeconds()))
                .body(problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "store.unavailable", locale));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, Locale locale) {
        log.error("unexpected error", e);
        return problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "server.error", locale);
    }

    private ProblemDetail domain(HttpStatus status, DomainProblem e, Locale locale) {
        return problems.problem(status, e.code(), locale, e.args());
    }
}
