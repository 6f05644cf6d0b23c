package vn.reform.gateway.security;

import java.time.Clock;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

import vn.reform.gateway.config.SecurityProperties;
import vn.reform.gateway.domain.AuthenticatedUser;

/**
 * Mints the {@code X-Internal-Token} of contracts §4 (audience {@code reform-services}, 60 s). A token is reused
 * for the same identity for a shorter while than it lives, so a forwarded token always has time left.
 */
@Component
public class InternalTokenMinter {

    public static final String AUDIENCE = "reform-services";
    public static final String HEADER = "X-Internal-Token";

    private final HmacTokenSigner signer;
    private final Cache<AuthenticatedUser, String> recent;

    public InternalTokenMinter(SecurityProperties properties, Clock clock) {
        this.signer = new HmacTokenSigner(properties.internalTokenSecret(), AUDIENCE, properties.internalTokenTtl(), clock);
        this.recent = Caffeine.newBuilder()
                .expireAfterWrite(properties.internalTokenCacheTtl())
                .maximumSize(50_000)
                .build();
    }

    public String tokenFor(AuthenticatedUser user) {
        return recent.get(user, signer::sign);
    }
}
