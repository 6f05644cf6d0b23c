package vn.reform.gateway.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Secrets and lifetimes of the two kinds of token: the public API token (clients → gateway) and the internal
 * token (gateway → services, contracts §4). {@code bootstrapAdminPassword}, when set, creates the user
 * {@code admin} on a store that has none.
 */
@ConfigurationProperties("reform.security")
public record SecurityProperties(
        String internalTokenSecret,
        Duration internalTokenTtl,
        Duration internalTokenCacheTtl,
        String authTokenSecret,
        Duration authTokenTtl,
        int bcryptStrength,
        String bootstrapAdminPassword) {

    public SecurityProperties {
        requireStrongSecret("reform.security.internal-token-secret", internalTokenSecret);
        requireStrongSecret("reform.security.auth-token-secret", authTokenSecret);
    }

    private static void requireStrongSecret(String name, String secret) {
        if (secret == null || secret.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 32) {
            throw new IllegalArgumentException(name + " must be at least 32 bytes");
        }
    }
}
