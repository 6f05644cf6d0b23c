package vn.reform.notification.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every refusal as {@code application/problem+json}, in the caller's language; bad input never gives a 500. */
@RestControllerAdvice
public class ProblemDetailsAdvice {

    private final ProblemFactory problems;

    public ProblemDetailsAdvice(ProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiException.class)
    ProblemDetail refused(ApiException e, Locale locale) {
        return problems.problem(e.status(), e.messageKey(), locale, e.args());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e, Locale locale) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getCode(),
                        problems.message("validation." + f.getCode(), locale, f.getArguments() == null ? null
                                : Arrays.copyOfRange(f.getArguments(), 1, f.getArguments().length))))
                .toList();
        return problems.invalid(errors, locale);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e, Locale locale) {
        return problems.invalid(List.of(new FieldError(e.getParameterName(), "Required",
                problems.message("validation.Required", locale))), locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        return problems.problem(HttpStatus.BAD_REQUEST, "problem.unreadable", locale);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e, Locale locale) {
        return problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "problem.method", locale, e.getMethod());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail notFound(NoResourceFoundException e, Locale locale) {
        return problems.problem(HttpStatus.NOT_FOUND, "problem.not-found.path", locale);
    }
}
