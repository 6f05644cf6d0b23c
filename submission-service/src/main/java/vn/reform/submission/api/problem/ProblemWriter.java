package vn.reform.submission.api.problem;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/** Writes a problem detail straight to the servlet response (security handlers and filters, before Spring MVC). */
@Component
public class ProblemWriter {

    private final ProblemResponses problems;
    private final JsonMapper mapper;
    private final LocaleResolver locales;

    public ProblemWriter(ProblemResponses problems, JsonMapper mapper, LocaleResolver locales) {
        this.problems = problems;
        this.mapper = mapper;
        this.locales = locales;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code) throws IOException {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = problems.problem(status, code, locale);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(mapper.writeValueAsString(ProblemResponses.asMap(problem)));
    }
}
