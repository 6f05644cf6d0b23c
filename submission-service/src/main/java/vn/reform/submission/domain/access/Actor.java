package vn.reform.submission.domain.access;

import java.util.Set;

import vn.reform.submission.domain.problem.ForbiddenException;

/**
 * The user a request acts for, as the gateway vouches for it. Home Affairs may read and act on every agency's report;
 * everyone else only on their own agency's. Staff save drafts; submitting needs the agency head (or Home Affairs).
 */
public record Actor(String username, String agency, Set<Role> roles) {

    public Actor {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean isHomeAffairs() {
        return roles.contains(Role.HOME_AFFAIRS);
    }

    public void requireScope(String reportAgency) {
        if (!isHomeAffairs() && (agency == null || !agency.equals(reportAgency))) {
            throw new ForbiddenException("access.otherAgency");
        }
    }

    /** Drafts are the agency's own work: only its staff or head, even Home Affairs does not draft for others. */
    public void requireDraftRight(String reportAgency) {
        if (agency == null || !agency.equals(reportAgency)) {
            throw new ForbiddenException("access.otherAgency");
        }
        if (!roles.contains(Role.AGENCY_STAFF) && !roles.contains(Role.AGENCY_HEAD)) {
            throw new ForbiddenException("access.draftRole");
        }
    }

    public void requireSubmitRight(String reportAgency) {
        requireScope(reportAgency);
        if (!isHomeAffairs() && !roles.contains(Role.AGENCY_HEAD)) {
            throw new ForbiddenException("access.submitRole");
        }
    }

    public void requireHomeAffairs() {
        if (!isHomeAffairs()) {
            throw new ForbiddenException("access.homeAffairsOnly");
        }
    }
}
