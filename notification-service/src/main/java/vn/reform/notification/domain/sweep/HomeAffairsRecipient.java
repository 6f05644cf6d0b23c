package vn.reform.notification.domain.sweep;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.reform.notification.config.MailContentProperties;
import vn.reform.notification.domain.Agency;

/** Home Affairs' address for the digest: its agency's focal point, else its head, else the configured fallback. */
@Component
public class HomeAffairsRecipient {

    private final MailContentProperties properties;

    public HomeAffairsRecipient(MailContentProperties properties) {
        this.properties = properties;
    }

    public String address(Map<String, Agency> agencies) {
        Agency homeAffairs = agencies.get(properties.homeAffairsAgency());
        return Optional.ofNullable(homeAffairs)
                .map(a -> firstNonBlank(a.focalPointEmail(), a.headEmail()))
                .orElse(properties.homeAffairsFallbackEmail());
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }
}
