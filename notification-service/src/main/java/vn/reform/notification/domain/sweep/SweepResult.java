package vn.reform.notification.domain.sweep;

/**
 * The outcome of one sweep. {@code ran} is false when another instance held the lease, or when mail may not
 * leave now (quiet hours, weekend, holiday).
 */
public record SweepResult(boolean ran, String reason, int recorded, int mails, int sent, int failed, int cancelled) {

    static SweepResult skipped(String reason) {
        return new SweepResult(false, reason, 0, 0, 0, 0, 0);
    }

    static SweepResult of(int recorded, DeliveryResult delivery) {
        return new SweepResult(true, null, recorded, delivery.mails(), delivery.sent(), delivery.failed(),
                delivery.cancelled());
    }
}
