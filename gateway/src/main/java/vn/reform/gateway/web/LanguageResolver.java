package vn.reform.gateway.web;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * Vietnamese first. Pages switch to English with {@code ?lang=en} (remembered in the cookie {@code lang});
 * the API answers in English for {@code Accept-Language: en}.
 */
public class LanguageResolver implements LocaleContextResolver {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final String COOKIE = "lang";

    @Override
    public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
        ServerHttpRequest request = exchange.getRequest();
        Locale asked = supported(request.getQueryParams().getFirst("lang"));
        if (asked == null && request.getPath().pathWithinApplication().value().startsWith("/api/")) {
            asked = request.getHeaders().getAcceptLanguageAsLocales().stream()
                    .findFirst().map(l -> supported(l.getLanguage())).orElse(null);
        }
        if (asked == null) {
            HttpCookie cookie = request.getCookies().getFirst(COOKIE);
            asked = cookie == null ? null : supported(cookie.getValue());
        }
        return new SimpleLocaleContext(asked == null ? VIETNAMESE : asked);
    }

    /** {@code vi} or {@code en} as a locale, anything else null. */
    public static Locale supported(String language) {
        if ("en".equalsIgnoreCase(language)) {
            return Locale.ENGLISH;
        }
        return "vi".equalsIgnoreCase(language) ? VIETNAMESE : null;
    }

    @Override
    public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
        throw new UnsupportedOperationException("the language is chosen with ?lang=");
    }
}
