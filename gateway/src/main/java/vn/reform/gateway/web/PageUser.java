package vn.reform.gateway.web;

import java.util.stream.Collectors;

import vn.reform.gateway.domain.AuthenticatedUser;
import vn.reform.gateway.domain.Role;

/** The signed-in user as page templates need it. */
public record PageUser(String username, String agency, String roles, boolean agencyUser, boolean head,
                       boolean homeAffairs, boolean admin) {

    static PageUser of(AuthenticatedUser user) {
        return new PageUser(user.username(), user.agency(),
                user.roles().stream().map(Role::name).collect(Collectors.joining(",")),
                user.has(Role.AGENCY_STAFF) || user.has(Role.AGENCY_HEAD), user.has(Role.AGENCY_HEAD),
                user.has(Role.HOME_AFFAIRS), user.has(Role.ADMIN));
    }
}
