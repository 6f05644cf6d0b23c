package vn.reform.notification.messaging.mail;

/** A composed reminder mail: plain text and HTML alternatives of the same Vietnamese content. */
public record ReminderMail(String to, String subject, String plainText, String html) {
}
