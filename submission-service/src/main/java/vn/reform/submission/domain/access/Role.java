package vn.reform.submission.domain.access;

/** The roles the gateway relays in the internal token. */
public enum Role {
    AGENCY_STAFF, AGENCY_HEAD, HOME_AFFAIRS, ADMIN
}
