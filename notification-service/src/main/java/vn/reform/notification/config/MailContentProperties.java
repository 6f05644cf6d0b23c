package vn.reform.notification.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What reminder mails say and to whom the Home Affairs digest goes: the digest goes to the contacts of the
 * agency {@code homeAffairsAgency} (focal point, else head), else to {@code homeAffairsFallbackEmail}.
 */
@ConfigurationProperties("notification.mail")
public record MailContentProperties(
        @DefaultValue("nhac-han@reform.local") String from,
        @DefaultValue("http://localhost:8080") String formBaseUrl,
        @DefaultValue("SNV") String homeAffairsAgency,
        @DefaultValue("cchc.snv@reform.local") String homeAffairsFallbackEmail) {
}
