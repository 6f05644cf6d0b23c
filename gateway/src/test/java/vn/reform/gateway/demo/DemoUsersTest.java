package vn.reform.gateway.demo;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;

import vn.reform.gateway.config.SecurityProperties;
import vn.reform.gateway.domain.Role;
import vn.reform.gateway.domain.UserAccount;
import vn.reform.gateway.support.GatewayTestBase;

import static org.assertj.core.api.Assertions.assertThat;

class DemoUsersTest extends GatewayTestBase {

    @Autowired
    SecurityProperties security;

    @Test
    void oneUserPerAgencyOfTheContractsListPlusAdmin() {
        List<UserAccount> users = DemoUsers.all("hash", Instant.now());

        assertThat(users).hasSize(39);
        assertThat(users).filteredOn(u -> u.username().equals("snv")).singleElement()
                .satisfies(u -> assertThat(u.roles()).containsExactly(Role.HOME_AFFAIRS));
        assertThat(users).filteredOn(u -> u.username().equals("sngv")).singleElement()
                .satisfies(u -> {
                    assertThat(u.agency()).isEqualTo("SNGV");
                    assertThat(u.roles()).containsExactly(Role.AGENCY_STAFF, Role.AGENCY_HEAD);
                });
        assertThat(users).filteredOn(u -> u.username().equals("svhttdl")).singleElement()
                .satisfies(u -> assertThat(u.displayName()).isEqualTo("Sở Văn hóa, Thể thao và Du lịch"));
        assertThat(users).filteredOn(u -> u.username().equals("admin")).singleElement()
                .satisfies(u -> assertThat(u.agency()).isNull());
    }

    @Test
    void theDemoProfileLoadsThemOnceWithPasswordDemoAndARestartChangesNothing() {
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");
        UserBootstrap bootstrap = new UserBootstrap(users, passwords, security, demo, java.time.Clock.systemUTC());

        bootstrap.run(new DefaultApplicationArguments());
        UserAccount first = users.find("xapbau").block();
        bootstrap.run(new DefaultApplicationArguments());

        assertThat(users.find("xapbau").block()).isEqualTo(first);
        assertThat(passwords.matches("demo", first.passwordHash())).isTrue();
        assertThat(first.displayName()).isEqualTo("UBND xã Ấp Bàu");
        client.post().uri("/api/auth/token").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(java.util.Map.of("username", "ptamhiep", "password", "demo"))
                .exchange().expectStatus().isOk();
    }

    @Test
    void withoutTheDemoProfileNobodyIsCreated() {
        UserBootstrap bootstrap = new UserBootstrap(users, passwords, security, new MockEnvironment(), java.time.Clock.systemUTC());
        long before = users.findAll().count().block();

        bootstrap.run(new DefaultApplicationArguments());

        assertThat(users.findAll().count().block()).isEqualTo(before);
    }
}
