package vn.reform.gateway.api;

import java.time.Instant;
import java.util.List;

import vn.reform.gateway.domain.Role;
import vn.reform.gateway.domain.UserAccount;

/** A user as the admin API shows it: never the password or its hash. */
public record UserView(String username, String displayName, String agency, List<Role> roles, boolean enabled,
                       Instant createdAt, Instant updatedAt) {

    static UserView of(UserAccount account) {
        return new UserView(account.username(), account.displayName(), account.agency(), account.roles(),
                account.enabled(), account.createdAt(), account.updatedAt());
    }
}
