package vn.reform.gateway.security;

import java.util.Set;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

import vn.reform.gateway.domain.AuthenticatedUser;
import vn.reform.gateway.domain.Role;

/**
 * Grants a request on a path with an {@code {agency}} variable: reading to Home Affairs or to a user of that
 * agency; writing only to a user of that agency who holds one of the given roles, or also to Home Affairs where it
 * may act on an agency's behalf (submitting a report the agency sent on paper; the version records who submitted).
 */
public final class AgencyScope implements ReactiveAuthorizationManager<AuthorizationContext> {

    private final Set<Role> writers;
    private final boolean homeAffairsOnBehalf;

    private AgencyScope(Set<Role> writers, boolean homeAffairsOnBehalf) {
        this.writers = writers;
        this.homeAffairsOnBehalf = homeAffairsOnBehalf;
    }

    public static AgencyScope readable() {
        return new AgencyScope(Set.of(), false);
    }

    public static AgencyScope writableBy(Role... roles) {
        return new AgencyScope(Set.of(roles), false);
    }

    /** Writable by the agency's users with one of {@code roles}, and by Home Affairs on the agency's behalf. */
    public static AgencyScope writableByOrOnBehalf(Role... roles) {
        return new AgencyScope(Set.of(roles), true);
    }

    private boolean grants(AuthenticatedUser user, String agency) {
        if (writers.isEmpty()) {
            return user.mayActFor(agency);
        }
        if (homeAffairsOnBehalf && user.has(Role.HOME_AFFAIRS)) {
            return true;
        }
        return user.agency() != null && user.agency().equalsIgnoreCase(agency) && writers.stream().anyMatch(user::has);
    }

    @Override
    public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
        Object agency = context.getVariables().get("agency");
        return authentication
                .filter(Authentication::isAuthenticated)
                .flatMap(a -> Mono.justOrEmpty(UserAuthentication.userOf(a)))
                .map(user -> (AuthorizationResult) new AuthorizationDecision(
                        agency != null && grants(user, agency.toString())))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }
}
