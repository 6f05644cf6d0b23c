package vn.reform.aggregation.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The gateway's internal token (contracts §4): HS256 secret, expected issuer and audience. */
@ConfigurationProperties("reform.internal-token")
public record InternalTokenProperties(String secret, String issuer, String audience) {
}
