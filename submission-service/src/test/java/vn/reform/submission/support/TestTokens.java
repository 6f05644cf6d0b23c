package vn.reform.submission.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Internal tokens as the gateway signs them (contracts §4), for tests. */
public final class TestTokens {

    public static final String SECRET = "local-dev-internal-token-secret-change-me-0123456789";

    private TestTokens() {
    }

    public static String homeAffairs() {
        return token("snv", "SNV", "HOME_AFFAIRS", "AGENCY_STAFF");
    }

    public static String head(String agency) {
        return token(agency.toLowerCase(), agency, "AGENCY_STAFF", "AGENCY_HEAD");
    }

    public static String staff(String agency) {
        return token(agency.toLowerCase(), agency, "AGENCY_STAFF");
    }

    public static String token(String user, String agency, String... roles) {
        return sign(SECRET, "reform-gateway", "reform-services", user, agency, Instant.now().plusSeconds(60), roles);
    }

    public static String sign(String secret, String issuer, String audience, String user, String agency, Instant expires,
                              String... roles) {
        try {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject(user)
                    .claim("roles", List.of(roles)).issueTime(Date.from(expires.minusSeconds(60)))
                    .expirationTime(Date.from(expires));
            if (agency != null) {
                claims.claim("agency", agency);
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
