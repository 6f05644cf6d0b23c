package vn.reform.submission.api.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import vn.reform.submission.domain.validation.FieldProblem;

/**
 * Builds RFC 9457 problem details with localised text (Vietnamese by default, English for {@code Accept-Language: en})
 * and, for field errors, {@code errors: [{field, code, message}]}.
 */
@Component
public class ProblemResponses {

    public static final String TYPE_PREFIX = "https://reform.dongnai.gov.vn/problems/";

    private final MessageSource messages;

    public ProblemResponses(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail problem(HttpStatus status, String code, Locale locale, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(message("title." + status.value(), locale));
        problem.setDetail(message(code, locale, args));
        problem.setProperty("code", code);
        return problem;
    }

    public ProblemDetail fieldProblems(List<FieldProblem> problems, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "request.invalid", locale, problems.size());
        problem.setProperty("errors", problems.stream().map(p -> fieldError(p, locale)).toList());
        return problem;
    }

    private Map<String, Object> fieldError(FieldProblem problem, Locale locale) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", problem.field());
        error.put("code", problem.code());
        error.put("message", problem.isWorded() ? worded(problem, locale) : message(problem.code(), locale, problem.args().toArray()));
        return error;
    }

    private static String worded(FieldProblem problem, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        String preferred = english ? problem.messageEn() : problem.messageVi();
        return preferred != null ? preferred : (english ? problem.messageVi() : problem.messageEn());
    }

    private String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }

    /** The problem as a plain map, for writers outside Spring MVC (security, filters). */
    public static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", String.valueOf(problem.getInstance()));
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
