package vn.reform.gateway.security;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/** The page a browser sees when it asks for a page that is not theirs (403). */
@Component
public class ForbiddenPage {

    private final MessageSource messages;

    public ForbiddenPage(MessageSource messages) {
        this.messages = messages;
    }

    public Mono<Void> write(ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        Locale lang = locale == null ? Locale.forLanguageTag("vi") : locale;
        String title = HtmlUtils.htmlEscape(messages.getMessage("page.forbidden.title", null, lang));
        String text = HtmlUtils.htmlEscape(messages.getMessage("page.forbidden.text", null, lang));
        String back = HtmlUtils.htmlEscape(messages.getMessage("page.forbidden.back", null, lang));
        String html = "<!DOCTYPE html><html lang=\"" + lang.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<link rel=\"stylesheet\" href=\"/css/app.css\"><title>" + title + "</title></head>"
                + "<body><main class=\"container\"><h1 id=\"forbidden\">" + title + "</h1><p>" + text
                + "</p><p><a href=\"/\">" + back + "</a></p></main></body></html>";
        exchange.getResponse().setStatusCode(HttpStatus.FORBIDDEN);
        exchange.getResponse().getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        return exchange.getResponse().writeWith(Mono.just(
                exchange.getResponse().bufferFactory().wrap(html.getBytes(StandardCharsets.UTF_8))));
    }
}
