package vn.reform.gateway.security;

import java.security.Principal;
import java.util.Optional;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

import vn.reform.gateway.domain.AuthenticatedUser;

/** A signed-in user, whether by session or by public API token. */
public class UserAuthentication extends AbstractAuthenticationToken {

    private final AuthenticatedUser user;

    public UserAuthentication(AuthenticatedUser user) {
        super(AuthorityUtils.createAuthorityList(user.authorities().toArray(String[]::new)));
        this.user = user;
        setAuthenticated(true);
    }

    /** The user of a principal that is a signed-in user (as {@code exchange.getPrincipal()} gives it), else empty. */
    public static Optional<AuthenticatedUser> userOf(Principal principal) {
        return principal instanceof UserAuthentication u ? Optional.of(u.user) : Optional.empty();
    }

    public AuthenticatedUser user() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.username();
    }
}
