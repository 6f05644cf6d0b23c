package vn.reform.notification.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.reform.localstack.SharedTestInfrastructure;
import vn.reform.notification.persistence.CatalogueViewStore;
import vn.reform.notification.persistence.ReminderDocument;
import vn.reform.notification.persistence.ReminderStore;
import vn.reform.notification.persistence.ReportStateStore;
import vn.reform.notification.domain.sweep.ReminderSweeper;
import vn.reform.notification.domain.sweep.SweepResult;

/**
 * Base of the integration tests: the whole service against the real Kafka broker, the MongoDB-protocol store and
 * a real SMTP server (GreenMail), with a movable clock and the scheduled sweep off (tests sweep by hand). One
 * Spring context for all subclasses; each test starts from an empty reminder database and an empty mailbox.
 */
@SpringBootTest(properties = {
        "notification.sweep.scheduled=false",
        "resilience4j.retry.instances.smtp.wait-duration=20ms",
        "resilience4j.circuitbreaker.instances.smtp.wait-duration-in-open-state=1s",
        "resilience4j.circuitbreaker.instances.smtp.automatic-transition-from-open-to-half-open-enabled=false",
        "notification.mail.home-affairs-fallback-email=fallback.snv@test.local"})
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {

    protected static final Duration EVENT_WAIT = Duration.ofSeconds(30);
    protected static ContractEvents events;
    private final Map<String, MimeMessage> walked = new java.util.HashMap<>();

    @Autowired
    protected MutableClock clock;
    @Autowired
    protected MongoTemplate mongo;
    @Autowired
    protected ReminderSweeper sweeper;
    @Autowired
    protected ReminderStore reminders;
    @Autowired
    protected CatalogueViewStore catalogue;
    @Autowired
    protected ReportStateStore reportStates;
    @Autowired
    protected CircuitBreakerRegistry breakers;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", SharedTestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", SharedTestInfrastructure::mongoConnectionString);
        registry.add("spring.mongodb.database", () -> "reform_notification_test");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestSmtp::port);
    }

    @BeforeAll
    static void openProducer() {
        events = new ContractEvents();
    }

    @AfterAll
    static void closeProducer() {
        events.close();
    }

    @BeforeEach
    void cleanSlate() {
        for (String collection : List.of("reminders", "rounds", "agencies", "report_states", "ladders", "leases")) {
            mongo.dropCollection(collection);
        }
        TestSmtp.purge();
        breakers.circuitBreaker("smtp").reset();
    }

    protected SweepResult sweepAt(Instant instant) {
        clock.set(instant);
        return sweeper.sweep();
    }

    /**
     * Sweeps at the given local times of every day from {@code first} to {@code last} and lists the mails that
     * arrived, as {@code "<day of month> <recipient>"}.
     */
    protected List<String> walk(LocalDate first, LocalDate last, String... times) {
        List<String> log = new ArrayList<>();
        walked.clear();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            TestSmtp.purge();
            for (String time : times) {
                sweepAt(MutableClock.local(day, time));
            }
            for (MimeMessage m : mails()) {
                String entry = day.getDayOfMonth() + " " + recipient(m);
                log.add(entry);
                walked.put(entry, m);
            }
        }
        return log;
    }

    /** The mail a {@link #walk} received, by its log entry. */
    protected MailContent walkedMail(String entry) throws Exception {
        return MailContent.of(walked.get(entry));
    }

    protected void awaitRound(String code) {
        await().atMost(EVENT_WAIT).until(() -> catalogue.round(code).isPresent());
    }

    protected void awaitAgency(String code) {
        await().atMost(EVENT_WAIT).until(() -> catalogue.agency(code).isPresent());
    }

    protected void awaitReportSequence(String round, String agency, long sequence) {
        await().atMost(EVENT_WAIT).until(() -> reportStates.find(round, agency)
                .map(s -> s.sequence() == sequence).orElse(false));
    }

    /** Announces agencies with focal point {@code <code>@agency.test} and head {@code head.<code>@agency.test}. */
    protected void agencies(String... codes) {
        for (String code : codes) {
            events.agency(code, "Sở " + code, focal(code), head(code));
        }
        for (String code : codes) {
            awaitAgency(code);
        }
    }

    protected static String focal(String code) {
        return code.toLowerCase() + "@agency.test";
    }

    protected static String head(String code) {
        return "head." + code.toLowerCase() + "@agency.test";
    }

    protected static List<MimeMessage> mails() {
        return TestSmtp.received();
    }

    /** Received mails counted by recipient address. */
    protected static Map<String, Long> mailsByRecipient() {
        return mails().stream().collect(Collectors.groupingBy(IntegrationTest::recipient, Collectors.counting()));
    }

    /** The first received mail to the recipient. */
    protected static MailContent mailTo(String recipient) {
        MimeMessage message = mails().stream().filter(m -> recipient(m).equals(recipient)).findFirst().orElseThrow();
        try {
            return MailContent.of(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    protected static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    protected List<ReminderDocument> recorded(String round) {
        return reminders.find(round, null);
    }
}
