package vn.reform.gateway.security;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import vn.reform.gateway.config.SignInProperties;
import vn.reform.gateway.domain.AuthenticatedUser;
import vn.reform.gateway.domain.SignInThrottle;
import vn.reform.gateway.domain.UserAccount;
import vn.reform.gateway.domain.Usernames;
import vn.reform.gateway.persistence.LoginAttemptStore;
import vn.reform.gateway.persistence.UserStore;

/**
 * Checks a username and password, for the sign-in page and the token endpoint alike. Failures are counted per
 * username in MongoDB: each answer to a failure is held back longer, and too many lock the username for a while
 * (then even the right password is refused). Passwords are never logged.
 */
@Service
public class SignInService {

    private static final Logger log = LoggerFactory.getLogger(SignInService.class);

    private final UserStore users;
    private final LoginAttemptStore attempts;
    private final PasswordEncoder passwords;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final String decoyHash;

    public SignInService(UserStore users, LoginAttemptStore attempts, PasswordEncoder passwords,
                         SignInProperties properties, Clock clock) {
        this.users = users;
        this.attempts = attempts;
        this.passwords = passwords;
        this.throttle = properties.throttle();
        this.clock = clock;
        this.decoyHash = passwords.encode("decoy-password-for-unknown-users");
    }

    public Mono<AuthenticatedUser> signIn(String rawUsername, String password) {
        String username = Usernames.normalize(rawUsername);
        if (username.isEmpty() || password == null || password.isEmpty()) {
            return Mono.error(new BadCredentialsException("missing credentials"));
        }
        Instant now = clock.instant();
        return attempts.find(username)
                .filter(a -> a.lockedAt(now))
                .flatMap(a -> Mono.<AuthenticatedUser>error(new SignInLockedException(a.lockedUntil())))
                .switchIfEmpty(Mono.defer(() -> check(username, password)));
    }

    private Mono<AuthenticatedUser> check(String username, String password) {
        return users.find(username)
                .filter(UserAccount::enabled)
                .map(account -> new Candidate(account, account.passwordHash()))
                .defaultIfEmpty(new Candidate(null, decoyHash))
                .publishOn(Schedulers.boundedElastic())
                .flatMap(c -> passwords.matches(password, c.hash()) && c.account() != null
                        ? attempts.clear(username).thenReturn(c.account().identity())
                        : failed(username));
    }

    private Mono<AuthenticatedUser> failed(String username) {
        Instant now = clock.instant();
        return attempts.recordFailure(username, now).flatMap(a -> {
            Mono<Void> lock = Mono.empty();
            if (throttle.locksAfter(a.failures())) {
                log.warn("sign-in of '{}' locked after {} failures", username, a.failures());
                lock = attempts.lock(username, now.plus(throttle.lockDuration()));
            }
            return lock.then(Mono.delay(throttle.delayAfter(a.failures())))
                    .then(Mono.error(new BadCredentialsException("bad credentials")));
        });
    }

    private record Candidate(UserAccount account, String hash) {
    }
}
