package vn.reform.gateway.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

import vn.reform.gateway.config.SecurityProperties;
import vn.reform.gateway.domain.Role;
import vn.reform.gateway.domain.UserAccount;
import vn.reform.gateway.persistence.UserStore;

/**
 * Users that exist from the first start: with the profile {@code demo} the demo users (password {@code demo});
 * with {@code BOOTSTRAP_ADMIN_PASSWORD} set, an {@code admin}. Existing users are left as they are, so a restart
 * changes nothing.
 */
@Component
class UserBootstrap implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(UserBootstrap.class);

    private final UserStore users;
    private final PasswordEncoder passwords;
    private final SecurityProperties properties;
    private final Environment environment;
    private final Clock clock;
    private final StartupStoreRetry retry = StartupStoreRetry.forLoader("user bootstrap");

    UserBootstrap(UserStore users, PasswordEncoder passwords, SecurityProperties properties, Environment environment,
                  Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.properties = properties;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        retry.run(this::bootstrap); // idempotent: existing users are left as they are
    }

    private void bootstrap() {
        Instant now = clock.instant();
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            Long created = Flux.fromIterable(DemoUsers.all(passwords.encode(DEMO_PASSWORD), now))
                    .concatMap(users::insertIfAbsent)
                    .count()
                    .block();
            log.info("demo users: {} created", created);
        }
        String adminPassword = properties.bootstrapAdminPassword();
        if (adminPassword != null && !adminPassword.isBlank()) {
            users.insertIfAbsent(new UserAccount("admin", "Administrator", null, List.of(Role.ADMIN), true,
                    passwords.encode(adminPassword), now, now)).block();
        }
    }
}
