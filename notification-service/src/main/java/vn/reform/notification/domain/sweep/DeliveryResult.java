package vn.reform.notification.domain.sweep;

/** What one delivery pass did, counted in reminders (one mail may carry several). */
public record DeliveryResult(int mails, int sent, int failed, int cancelled) {

    public static final DeliveryResult NONE = new DeliveryResult(0, 0, 0, 0);
}
