package vn.reform.gateway.security;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/** The username is locked after repeated failures until {@link #lockedUntil()}. */
public class SignInLockedException extends LockedException {

    private final Instant lockedUntil;

    public SignInLockedException(Instant lockedUntil) {
        super("temporarily locked");
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
