package vn.reform.gateway.api;

import java.time.Clock;
import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import vn.reform.gateway.api.UserRequestValidator.CleanUser;
import vn.reform.gateway.domain.UserAccount;
import vn.reform.gateway.domain.Usernames;
import vn.reform.gateway.persistence.LoginAttemptStore;
import vn.reform.gateway.persistence.UserStore;

/** User management for admins ({@code /api/users}); the admin page uses it too. */
@RestController
@RequestMapping("/api/users")
class UserAdminController {

    private final UserStore users;
    private final LoginAttemptStore attempts;
    private final PasswordEncoder passwords;
    private final UserRequestValidator validator;
    private final Clock clock;

    UserAdminController(UserStore users, LoginAttemptStore attempts, PasswordEncoder passwords,
                        UserRequestValidator validator, Clock clock) {
        this.users = users;
        this.attempts = attempts;
        this.passwords = passwords;
        this.validator = validator;
        this.clock = clock;
    }

    record PasswordChange(String password) {
    }

    @GetMapping
    Flux<UserView> list() {
        return users.findAll().map(UserView::of);
    }

    @GetMapping("/{username}")
    Mono<UserView> one(@PathVariable String username) {
        return existing(username).map(UserView::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<UserView> create(@RequestBody UserRequest request, ServerWebExchange exchange) {
        CleanUser user = validator.forCreate(request, exchange);
        Instant now = clock.instant();
        return hash(request.password())
                .flatMap(hash -> users.insertIfAbsent(new UserAccount(user.username(), user.displayName(),
                        user.agency(), user.roles(), user.enabled(), hash, now, now)))
                .switchIfEmpty(Mono.error(() -> new ApiException(HttpStatus.CONFLICT, "user_exists", user.username())))
                .map(UserView::of);
    }

    @PutMapping("/{username}")
    Mono<UserView> update(@PathVariable String username, @RequestBody UserRequest request, ServerWebExchange exchange) {
        CleanUser user = validator.forUpdate(Usernames.normalize(username), request, exchange);
        return users.update(user.username(), user.displayName(), user.agency(), user.roles(), user.enabled(), clock.instant())
                .switchIfEmpty(notFound(username))
                .map(UserView::of);
    }

    @PostMapping("/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> changePassword(@PathVariable String username, @RequestBody PasswordChange change,
                              ServerWebExchange exchange) {
        validator.checkPassword(change.password(), "password", exchange);
        return hash(change.password())
                .flatMap(hash -> users.changePassword(Usernames.normalize(username), hash, clock.instant()))
                .switchIfEmpty(notFound(username))
                .then();
    }

    /** Lifts a sign-in lock before it runs out. */
    @DeleteMapping("/{username}/lock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> unlock(@PathVariable String username) {
        return existing(username).flatMap(u -> attempts.clear(u.username()));
    }

    private Mono<UserAccount> existing(String username) {
        return users.find(Usernames.normalize(username)).switchIfEmpty(notFound(username));
    }

    private Mono<String> hash(String password) {
        return Mono.fromCallable(() -> passwords.encode(password)).subscribeOn(Schedulers.boundedElastic());
    }

    private static <T> Mono<T> notFound(String username) {
        return Mono.error(() -> new ApiException(HttpStatus.NOT_FOUND, "user_unknown", username));
    }
}
