package vn.reform.gateway.security;

import java.time.Clock;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import vn.reform.gateway.config.SecurityProperties;
import vn.reform.gateway.domain.AuthenticatedUser;
import vn.reform.gateway.domain.Role;

/**
 * The public API token of {@code POST /api/auth/token}: an HS256 JWT for the audience {@code reform-api}, signed
 * with its own secret, so that it can never pass for an internal token.
 */
@Component
public class PublicTokenService {

    public static final String AUDIENCE = "reform-api";

    /**
     * Distinct API tokens kept verified at once (a token lives an hour; a province's clients hold a few hundred). A
     * decoded token with its claims takes 1–2 KB, so the bound keeps the cache under 20 MB of the gateway's heap even
     * for a client that signs in before every call; past it, the least used tokens are verified again.
     */
    private static final long VERIFIED_TOKENS = 10_000;

    private final HmacTokenSigner signer;
    private final SecurityProperties properties;
    private final Clock clock;

    public PublicTokenService(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.signer = new HmacTokenSigner(properties.authTokenSecret(), AUDIENCE, properties.authTokenTtl(), clock);
    }

    public IssuedToken issue(AuthenticatedUser user) {
        return new IssuedToken(signer.sign(user), "Bearer", signer.ttl().toSeconds());
    }

    public ReactiveJwtDecoder decoder() {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
                .withSecretKey(HmacTokenSigner.key(properties.authTokenSecret()))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        OAuth2TokenValidator<Jwt> audience = jwt -> jwt.getAudience() != null && jwt.getAudience().contains(AUDIENCE)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "wrong audience", null));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(HmacTokenSigner.ISSUER), audience));
        return new VerifiedTokenCache(decoder, clock, properties.authTokenTtl(), VERIFIED_TOKENS);
    }

    /** Reads the identity back from a verified token. */
    public Converter<Jwt, Mono<AbstractAuthenticationToken>> authenticationConverter() {
        return jwt -> {
            List<String> roles = jwt.getClaimAsStringList("roles");
            List<Role> parsed = roles == null ? List.of() : roles.stream().map(Role::valueOf).toList();
            return Mono.just(new UserAuthentication(
                    new AuthenticatedUser(jwt.getSubject(), jwt.getClaimAsString("agency"), parsed)));
        };
    }

    public record IssuedToken(String accessToken, String tokenType, long expiresIn) {
    }
}
