package vn.reform.gateway.web;

import java.util.Locale;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import vn.reform.gateway.security.UserAuthentication;

/** What every page template gets: the signed-in user, the language, the CSRF token. */
@ControllerAdvice(assignableTypes = PageController.class)
class PageModelAdvice {

    @ModelAttribute("me")
    Mono<PageUser> me(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .flatMap(p -> Mono.justOrEmpty(UserAuthentication.userOf(p)))
                .map(PageUser::of);
    }

    @ModelAttribute("lang")
    String lang(ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        return locale == null ? "vi" : locale.getLanguage();
    }

    @ModelAttribute("csrf")
    Mono<CsrfToken> csrf(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? Mono.empty() : token;
    }
}
