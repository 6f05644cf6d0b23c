package vn.reform.notification.api;

import java.util.List;

import org.springframework.security.oauth2.jwt.Jwt;

/** The user on whose behalf the gateway calls, from the internal token's claims. */
public record Caller(String username, String agency, List<String> roles) {

    public static Caller of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return new Caller(jwt.getSubject(), jwt.getClaimAsString("agency"), roles == null ? List.of() : roles);
    }

    /** Home Affairs (and the administrator) see every agency; everyone else only their own. */
    public boolean seesAllAgencies() {
        return roles.contains("HOME_AFFAIRS") || roles.contains("ADMIN");
    }

    public boolean mayTouch(String agencyCode) {
        return seesAllAgencies() || (agency != null && agency.equals(agencyCode));
    }
}
