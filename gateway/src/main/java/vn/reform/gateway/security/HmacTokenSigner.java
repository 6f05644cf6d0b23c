package vn.reform.gateway.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import vn.reform.gateway.domain.AuthenticatedUser;
import vn.reform.gateway.domain.Role;

/** Signs a user's identity as an HS256 JWT (claims of contracts §4) for one audience. */
public class HmacTokenSigner {

    public static final String ISSUER = "reform-gateway";

    private final JwtEncoder encoder;
    private final String audience;
    private final Duration ttl;
    private final Clock clock;

    public HmacTokenSigner(String secret, String audience, Duration ttl, Clock clock) {
        this.encoder = NimbusJwtEncoder.withSecretKey(key(secret)).build();
        this.audience = audience;
        this.ttl = ttl;
        this.clock = clock;
    }

    public static SecretKey key(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public Duration ttl() {
        return ttl;
    }

    public String sign(AuthenticatedUser user) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .audience(List.of(audience))
                .subject(user.username())
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .claim("roles", user.roles().stream().map(Role::name).toList());
        if (user.agency() != null) {
            claims.claim("agency", user.agency());
        }
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }
}
