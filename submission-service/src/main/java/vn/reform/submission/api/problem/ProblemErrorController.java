package vn.reform.submission.api.problem;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside Spring MVC (the servlet container refusing a malformed URL, an error in a filter) are
 * answered as problem details too, instead of the container's default page.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    private final ProblemResponses problems;

    public ProblemErrorController(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request, Locale locale) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        String message = switch (status) {
            case BAD_REQUEST -> "request.rejected";
            case NOT_FOUND -> "request.notFound";
            case CONTENT_TOO_LARGE -> "request.tooLarge";
            case UNAUTHORIZED -> "auth.tokenMissing";
            case FORBIDDEN -> "access.denied";
            default -> status.is4xxClientError() ? "request.rejected" : "server.error";
        };
        return ResponseEntity.status(status).body(problems.problem(status, message, locale));
    }
}
