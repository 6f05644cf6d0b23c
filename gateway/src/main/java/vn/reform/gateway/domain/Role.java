package vn.reform.gateway.domain;

/** What a user may do (issue 6): staff write drafts, the head submits, Home Affairs oversees, admins manage users. */
public enum Role {
    AGENCY_STAFF,
    AGENCY_HEAD,
    HOME_AFFAIRS,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
