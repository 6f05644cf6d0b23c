package vn.reform.notification.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Mints internal tokens as the gateway does (deploy/contracts §4), with the local default secret. */
public final class InternalTokens {

    public static final String DEFAULT_SECRET = "local-dev-internal-token-secret-change-me-0123456789";

    private InternalTokens() {
    }

    public static String homeAffairs() {
        return token(DEFAULT_SECRET, "snv", "SNV", List.of("HOME_AFFAIRS"), "reform-gateway", Duration.ofSeconds(60));
    }

    public static String agencyStaff(String agency) {
        return token(DEFAULT_SECRET, agency.toLowerCase(), agency, List.of("AGENCY_STAFF", "AGENCY_HEAD"),
                "reform-gateway", Duration.ofSeconds(60));
    }

    public static String token(String secret, String user, String agency, List<String> roles, String issuer,
                               Duration validFor) {
        NimbusJwtEncoder encoder = NimbusJwtEncoder
                .withSecretKey(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256")).build();
        Instant expiresAt = Instant.now().plus(validFor);
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(issuer).audience(List.of("reform-services"))
                .subject(user).claim("roles", roles).issuedAt(expiresAt.minusSeconds(60)).expiresAt(expiresAt);
        if (agency != null) {
            claims.claim("agency", agency);
        }
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
    }
}
