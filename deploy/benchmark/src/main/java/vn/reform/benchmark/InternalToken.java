package vn.reform.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mints the gateway's internal token (deploy/contracts/README.md §4) so that the benchmark can call
 * submission-service directly, as the gateway would.
 */
public final class InternalToken {

    private InternalToken() {
    }

    public static String mint(String secret, String user, String agency, String role, Duration validity) {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"reform-gateway\",\"aud\":\"reform-services\",\"sub\":\"" + user + "\",\"agency\":\""
                + agency + "\",\"roles\":[\"" + role + "\"],\"iat\":" + now + ",\"exp\":" + (now + validity.getSeconds()) + "}";
        String signingInput = base64(header.getBytes(StandardCharsets.UTF_8)) + "." + base64(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return signingInput + "." + base64(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
