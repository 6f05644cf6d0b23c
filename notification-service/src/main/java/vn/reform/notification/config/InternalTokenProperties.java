package vn.reform.notification.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The gateway's internal token (deploy/contracts §4): HS256 secret, issuer and audience to check. */
@ConfigurationProperties("notification.internal-token")
public record InternalTokenProperties(
        @DefaultValue("local-dev-internal-token-secret-change-me-0123456789") String secret,
        @DefaultValue("X-Internal-Token") String header,
        @DefaultValue("reform-gateway") String issuer,
        @DefaultValue("reform-services") String audience) {
}
