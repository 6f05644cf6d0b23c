package vn.reform.submission.messaging;

import java.util.List;

/** A collection whose documents carry their own outbox state. */
public interface OutboxSource {

    /** Up to {@code max} pending messages that may be sent now, in a safe order. */
    List<OutboxMessage> pending(int max);

    /** Kafka acknowledged the message (acks=all): mark its document published. */
    void published(OutboxMessage message);

    /** Kafka acknowledged these messages: mark their documents published (at once where the source can). */
    default void publishedAll(List<OutboxMessage> messages) {
        messages.forEach(this::published);
    }

    /** Sending failed: keep it pending for the next attempt. */
    void failed(OutboxMessage message);

    /** Look again at the store for anything pending (start-up recovery, and sweeps: asked for, or the safety one). */
    void recover();

    /** Whether this source asks for a sweep before the safety interval is up (something may be stored unseen). */
    default boolean needsRecovery() {
        return false;
    }
}
