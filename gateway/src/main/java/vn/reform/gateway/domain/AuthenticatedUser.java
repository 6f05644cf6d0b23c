package vn.reform.gateway.domain;

import java.util.List;
import java.util.Set;

/** Who is calling, as the gateway relays it: username, agency code (null for admins) and roles. */
public record AuthenticatedUser(String username, String agency, List<Role> roles) {

    public AuthenticatedUser {
        roles = roles.stream().distinct().sorted().toList();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Home Affairs may act for every agency; anyone else only for their own. */
    public boolean mayActFor(String agencyCode) {
        return has(Role.HOME_AFFAIRS) || (agency != null && agency.equalsIgnoreCase(agencyCode));
    }

    public Set<String> authorities() {
        return Set.copyOf(roles.stream().map(Role::authority).toList());
    }
}
