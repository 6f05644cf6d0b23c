package vn.reform.notification.messaging.mail;

import java.nio.charset.StandardCharsets;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import vn.reform.notification.config.MailContentProperties;

/**
 * Sends a reminder mail as {@code multipart/alternative} (plain text, HTML) in one SMTP session, through the
 * Resilience4j circuit breaker {@code smtp}. Only opening the session is retried (Resilience4j retry {@code smtp},
 * with backoff): nothing has left then. The message itself is handed over once: after a failure during the
 * transfer the server may hold it already, so resending it here could deliver it twice; the caller leaves it to
 * the next sweep. Once the server has accepted the message, a failure to close the session is no failure of the
 * mail. While the breaker is open, {@link io.github.resilience4j.circuitbreaker.CallNotPermittedException} is
 * thrown at once and SMTP is not touched.
 */
@Component
public class SmtpReminderMailer {

    public static final String RESILIENCE_NAME = "smtp";

    private static final Logger log = LoggerFactory.getLogger(SmtpReminderMailer.class);

    private final JavaMailSenderImpl sender;
    private final MailContentProperties properties;
    private final CircuitBreaker breaker;
    private final Retry retry;

    public SmtpReminderMailer(JavaMailSenderImpl sender, MailContentProperties properties,
                              CircuitBreakerRegistry breakers, RetryRegistry retries) {
        this.sender = sender;
        this.properties = properties;
        this.breaker = breakers.circuitBreaker(RESILIENCE_NAME);
        this.retry = retries.retry(RESILIENCE_NAME);
    }

    public void send(ReminderMail mail) {
        MimeMessage message = toMessage(mail);
        breaker.executeRunnable(() -> transfer(message, mail.to()));
    }

    private void transfer(MimeMessage message, String to) {
        Transport transport = connect();
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            throw new MailSendException("the SMTP server did not accept the mail to " + to, e);
        } finally {
            close(transport);
        }
    }

    private Transport connect() {
        try {
            return retry.executeCallable(() -> {
                Transport transport = sender.getSession().getTransport(protocol());
                transport.connect(sender.getHost(), sender.getPort(), blankToNull(sender.getUsername()),
                        blankToNull(sender.getPassword()));
                return transport;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new MailSendException("cannot connect to the SMTP server", e);
        }
    }

    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            log.debug("SMTP session not closed cleanly", e);
        }
    }

    private String protocol() {
        return sender.getProtocol() == null ? JavaMailSenderImpl.DEFAULT_PROTOCOL : sender.getProtocol();
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
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
