package vn.reform.aggregation.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Internal tokens as the gateway signs them (contracts §4), with the local default secret. */
public final class TestTokens {

    public static final String SECRET = "local-dev-internal-token-secret-change-me-0123456789";

    private TestTokens() {
    }

    public static String homeAffairs() {
        return token("snv", "SNV", List.of("HOME_AFFAIRS"));
    }

    public static String agencyUser(String agency) {
        return token(agency.toLowerCase(), agency, List.of("AGENCY_STAFF", "AGENCY_HEAD"));
    }

    public static String token(String user, String agency, List<String> roles) {
        return sign(SECRET, "reform-gateway", user, agency, roles, Instant.now().plusSeconds(60));
    }

    public static String sign(String secret, String issuer, String user, String agency, List<String> roles,
                              Instant expiresAt) {
        NimbusJwtEncoder encoder = NimbusJwtEncoder
                .withSecretKey(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256")).build();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(issuer).audience(List.of("reform-services"))
                .subject(user).issuedAt(expiresAt.minusSeconds(60)).expiresAt(expiresAt).claim("roles", roles);
        if (agency != null) {
            claims.claim("agency", agency);
        }
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
    }
}
