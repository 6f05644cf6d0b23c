package vn.reform.aggregation.api.security;

import java.util.List;
import java.util.Objects;

import org.springframework.security.oauth2.jwt.Jwt;

import vn.reform.aggregation.api.ApiException;

/**
 * The caller as the gateway's internal token names it. Home Affairs sees the whole province; any other user only
 * its own agency. The administrator manages users and may rebuild the read model, but reads no agency's figures.
 */
public record CurrentUser(String username, String agency, List<String> roles) {

    public static final String HOME_AFFAIRS = "HOME_AFFAIRS";
    public static final String ADMIN = "ADMIN";

    public static CurrentUser from(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return new CurrentUser(jwt.getSubject(), jwt.getClaimAsString("agency"), roles == null ? List.of() : roles);
    }

    public boolean provinceWide() {
        return roles.contains(HOME_AFFAIRS);
    }

    public boolean mayRebuild() {
        return roles.contains(HOME_AFFAIRS) || roles.contains(ADMIN);
    }

    public void requireAgency(String code) {
        if (!provinceWide() && (agency == null || !Objects.equals(agency, code))) {
            throw ApiException.forbidden("problem.forbidden.agency", agency == null ? "-" : agency);
        }
    }

    public void requireProvinceWide() {
        if (!provinceWide()) {
            throw ApiException.forbidden("problem.forbidden.province");
        }
    }
}
