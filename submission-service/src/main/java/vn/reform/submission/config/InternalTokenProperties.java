package vn.reform.submission.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The gateway's internal token (contracts §4): header, HS256 secret, issuer and audience. */
@ConfigurationProperties("reform.internal-token")
public record InternalTokenProperties(
        @DefaultValue("X-Internal-Token") String header,
        String secret,
        @DefaultValue("reform-gateway") String issuer,
        @DefaultValue("reform-services") String audience) {
}
