package vn.reform.gateway.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticatedUserTest {

    @Test
    void homeAffairsActsForEveryAgencyOthersOnlyForTheirOwn() {
        AuthenticatedUser snv = new AuthenticatedUser("snv", "SNV", List.of(Role.HOME_AFFAIRS));
        AuthenticatedUser sngv = new AuthenticatedUser("sngv", "SNGV", List.of(Role.AGENCY_HEAD, Role.AGENCY_STAFF));
        AuthenticatedUser admin = new AuthenticatedUser("admin", null, List.of(Role.ADMIN));

        assertThat(snv.mayActFor("STP")).isTrue();
        assertThat(sngv.mayActFor("sngv")).isTrue();
        assertThat(sngv.mayActFor("STP")).isFalse();
        assertThat(admin.mayActFor("STP")).isFalse();
    }

    @Test
    void rolesAreKeptInOneOrderSoThatTheSameIdentityIsEqual() {
        assertThat(new AuthenticatedUser("a", "X", List.of(Role.AGENCY_HEAD, Role.AGENCY_STAFF)))
                .isEqualTo(new AuthenticatedUser("a", "X", List.of(Role.AGENCY_STAFF, Role.AGENCY_HEAD, Role.AGENCY_STAFF)));
    }
}
