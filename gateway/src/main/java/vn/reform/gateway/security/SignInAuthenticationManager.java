package vn.reform.gateway.security;

import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The sign-in form's check: the throttled {@link SignInService}. */
@Component
public class SignInAuthenticationManager implements ReactiveAuthenticationManager {

    private final SignInService signIn;

    public SignInAuthenticationManager(SignInService signIn) {
        this.signIn = signIn;
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        String password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
        return signIn.signIn(authentication.getName(), password).map(UserAuthentication::new);
    }
}
