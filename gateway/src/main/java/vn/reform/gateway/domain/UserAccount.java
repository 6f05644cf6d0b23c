package vn.reform.gateway.domain;

import java.time.Instant;
import java.util.List;

/** A user as stored. The password is only ever kept as a BCrypt hash and never leaves the gateway. */
public record UserAccount(
        String username, String displayName, String agency, List<Role> roles, boolean enabled,
        String passwordHash, Instant createdAt, Instant updatedAt) {

    public AuthenticatedUser identity() {
        return new AuthenticatedUser(username, agency, roles);
    }
}
