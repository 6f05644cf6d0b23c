package vn.reform.notification.persistence;

/**
 * Life of a recorded reminder: PENDING (recorded, not yet sent) → SENT, or FAILED (last attempt failed, tried
 * again by the next sweep), or CANCELLED (the report arrived or the deadline moved before it could be sent).
 */
public enum ReminderStatus {
    PENDING, SENT, FAILED, CANCELLED
}
