package vn.reform.aggregation.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds RFC 9457 problem details with messages in the request's language (Vietnamese unless asked for English). */
@Component
public class ProblemFactory {

    private final MessageSource messages;

    public ProblemFactory(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail problem(HttpStatus status, String titleKey, String detailKey, Locale locale,
                                 Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(detailKey, locale, args));
        problem.setTitle(message(titleKey, locale));
        return problem;
    }

    public ProblemDetail problem(ApiException e, Locale locale) {
        ProblemDetail problem = problem(e.status(), e.titleKey(), e.detailKey(), locale, e.args());
        if (!e.fields().isEmpty()) {
            List<Map<String, String>> errors = e.fields().stream()
                    .map(f -> Map.of("field", f.field(), "code", f.code(), "message", message(f.messageKey(), locale)))
                    .toList();
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
