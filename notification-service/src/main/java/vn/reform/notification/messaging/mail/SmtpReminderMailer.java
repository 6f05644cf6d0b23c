package vn.reform.notification.messaging.mail;

import java.nio.charset.StandardCharsets;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import vn.reform.notification.config.MailContentProperties;

/**
 * Sends a reminder mail as {@code multipart/alternative} (plain text, HTML) through Spring's mail support,
 * wrapped in the Resilience4j retry {@code smtp} (with backoff) around the circuit breaker {@code smtp}.
 * While the breaker is open, {@link io.github.resilience4j.circuitbreaker.CallNotPermittedException} is thrown
 * at once and SMTP is not touched.
 */
@Component
public class SmtpReminderMailer {

    public static final String RESILIENCE_NAME = "smtp";

    private final JavaMailSender sender;
    private final MailContentProperties properties;
    private final CircuitBreaker breaker;
    private final Retry retry;

    public SmtpReminderMailer(JavaMailSender sender, MailContentProperties properties,
                              CircuitBreakerRegistry breakers, RetryRegistry retries) {
        this.sender = sender;
        this.properties = properties;
        this.breaker = breakers.circuitBreaker(RESILIENCE_NAME);
        this.retry = retries.retry(RESILIENCE_NAME);
    }

    public void send(ReminderMail mail) {
        MimeMessage message = toMessage(mail);
        Retry.decorateRunnable(retry, CircuitBreaker.decorateRunnable(breaker, () -> sender.send(message))).run();
    }

    private MimeMessage toMessage(ReminderMail mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            message.setFrom(new InternetAddress(properties.from()));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.to()));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(mail.plainText(), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            message.setContent(new MimeMultipart("alternative", plain, html));
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new MailPreparationException("cannot build the mail to " + mail.to(), e);
        }
    }
}
