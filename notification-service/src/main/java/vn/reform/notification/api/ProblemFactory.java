package vn.reform.notification.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds RFC 9457 problem details with localised title and detail (Vietnamese by default). */
@Component
public class ProblemFactory {

    private final MessageSource messages;

    public ProblemFactory(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail problem(HttpStatus status, String key, Locale locale, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(key, locale, args));
        problem.setTitle(message("problem.title." + status.value(), locale));
        problem.setType(URI.create("urn:reform:problem:" + key));
        return problem;
    }

    public ProblemDetail invalid(List<FieldError> errors, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid", locale);
        problem.setProperty("errors", errors);
        return problem;
    }

    public String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
