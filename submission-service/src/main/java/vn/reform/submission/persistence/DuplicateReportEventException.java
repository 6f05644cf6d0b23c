package vn.reform.submission.persistence;

/** An insert lost a race: either the sequence number was taken, or the idempotency key was already used. */
public class DuplicateReportEventException extends RuntimeException {

    private final boolean idempotencyKeyTaken;

    public DuplicateReportEventException(boolean idempotencyKeyTaken, Throwable cause) {
        super(idempotencyKeyTaken ? "idempotency key already used" : "sequence already taken", cause);
        this.idempotencyKeyTaken = idempotencyKeyTaken;
    }

    public boolean idempotencyKeyTaken() {
        return idempotencyKeyTaken;
    }
}
