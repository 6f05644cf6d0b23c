package vn.reform.gateway.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseCookie;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.i18n.LocaleContextResolver;

/** The language of pages and problem details, and the cookie that remembers the switch. */
@Configuration(proxyBeanMethods = false)
class LanguageConfig {

    @Bean(name = WebHttpHandlerBuilder.LOCALE_CONTEXT_RESOLVER_BEAN_NAME)
    LocaleContextResolver localeContextResolver() {
        return new LanguageResolver();
    }

    @Bean
    WebFilter languageCookieFilter() {
        return (exchange, chain) -> {
            Locale asked = LanguageResolver.supported(exchange.getRequest().getQueryParams().getFirst("lang"));
            if (asked != null) {
                exchange.getResponse().addCookie(ResponseCookie.from(LanguageResolver.COOKIE, asked.getLanguage())
                        .path("/").maxAge(Duration.ofDays(365)).sameSite("Lax").build());
            }
            return chain.filter(exchange);
        };
    }
}
