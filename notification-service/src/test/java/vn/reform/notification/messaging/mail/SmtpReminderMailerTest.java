package vn.reform.notification.messaging.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Properties;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import vn.reform.notification.config.MailContentProperties;
import vn.reform.notification.support.StubSmtpServer;
import vn.reform.notification.support.StubSmtpServer.HangUp;

/** One SMTP session per mail, against a server that fails where GreenMail cannot: the mail is handed over once. */
class SmtpReminderMailerTest {

    private static final ReminderMail MAIL = new ReminderMail("focal@agency.test", "Nhắc hạn báo cáo", "Kính gửi",
            "<p>Kính gửi</p>");

    @Test
    void aMailWhoseReplyNeverCameIsNotSentAgain() throws Exception {
        try (StubSmtpServer smtp = new StubSmtpServer(HangUp.AFTER_DATA, 0)) {
            assertThatThrownBy(() -> mailer(smtp).send(MAIL)).isInstanceOf(MailSendException.class);

            assertThat(smtp.transferred()).isEqualTo(1);
        }
    }

    @Test
    void aMailTheServerAcceptedIsSentEvenIfTheSessionEndsBadly() throws Exception {
        try (StubSmtpServer smtp = new StubSmtpServer(HangUp.AT_QUIT, 0)) {
            mailer(smtp).send(MAIL);

            assertThat(smtp.transferred()).isEqualTo(1);
        }
    }

    @Test
    void aSessionThatCouldNotBeOpenedIsTriedAgainBeforeTheMailIsHandedOverOnce() throws Exception {
        try (StubSmtpServer smtp = new StubSmtpServer(HangUp.NEVER, 2)) {
            mailer(smtp).send(MAIL);

            assertThat(smtp.sessions()).isEqualTo(3);
            assertThat(smtp.transferred()).isEqualTo(1);
        }
    }

    private static SmtpReminderMailer mailer(StubSmtpServer smtp) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.port());
        Properties timeouts = new Properties();
        timeouts.put("mail.smtp.connectiontimeout", "5000");
        timeouts.put("mail.smtp.timeout", "5000");
        sender.setJavaMailProperties(timeouts);
        RetryRegistry retries = RetryRegistry.of(RetryConfig.custom().maxAttempts(3)
                .waitDuration(Duration.ofMillis(10)).build());
        return new SmtpReminderMailer(sender, new MailContentProperties("nhac-han@reform.local",
                "http://localhost:8080", "SNV", "cchc.snv@reform.local"), CircuitBreakerRegistry.ofDefaults(), retries);
    }
}
