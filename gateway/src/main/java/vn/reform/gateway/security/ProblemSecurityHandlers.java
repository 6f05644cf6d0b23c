package vn.reform.gateway.security;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import vn.reform.gateway.api.Problems;

/**
 * What a refused request gets: API callers a problem detail (401 / 403), browsers on a page the sign-in page
 * (not signed in) or a short page in their language (forbidden).
 */
@Component
public class ProblemSecurityHandlers {

    private final Problems problems;
    private final ForbiddenPage forbiddenPage;

    public ProblemSecurityHandlers(Problems problems, ForbiddenPage forbiddenPage) {
        this.problems = problems;
        this.forbiddenPage = forbiddenPage;
    }

    public ServerAuthenticationEntryPoint entryPoint() {
        return (exchange, e) -> {
            if (isApi(exchange)) {
                return problems.write(exchange, HttpStatus.UNAUTHORIZED, codeOf(e));
            }
            exchange.getResponse().setStatusCode(HttpStatus.SEE_OTHER);
            exchange.getResponse().getHeaders().setLocation(URI.create("/login"));
            return exchange.getResponse().setComplete();
        };
    }

    public ServerAccessDeniedHandler accessDenied() {
        return (exchange, e) -> {
            String code = e instanceof CsrfException ? "csrf" : "forbidden";
            if (isApi(exchange) || e instanceof CsrfException) {
                return problems.write(exchange, HttpStatus.FORBIDDEN, code);
            }
            return forbiddenPage.write(exchange);
        };
    }

    private static String codeOf(AuthenticationException e) {
        return e instanceof BadCredentialsException ? "bad_token" : "unauthorized";
    }

    static boolean isApi(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        return path.startsWith("/api/") || exchange.getRequest().getHeaders().getAccept().contains(MediaType.APPLICATION_JSON);
    }
}
