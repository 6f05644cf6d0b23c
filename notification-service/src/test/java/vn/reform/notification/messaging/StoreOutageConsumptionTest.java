package vn.reform.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.reform.localstack.SharedTestInfrastructure;
import vn.reform.notification.domain.ReportStatus;
import vn.reform.notification.persistence.ReportStateStore;
import vn.reform.notification.support.ContractEvents;
import vn.reform.notification.support.RestartableStore;

/**
 * A report event published while MongoDB is down waits for the store and is applied once it is back: it is
 * retried as long as the outage lasts, never dead-lettered nor acknowledged. The service runs here against a
 * store of its own (the shared one must stay up for the other tests), on topics and a consumer group of its own.
 */
@SpringBootTest(properties = {
        "notification.sweep.scheduled=false",
        "spring.kafka.consumer.group-id=notification-outage-test",
        "notification.topics.agencies=outage-test.agencies",
        "notification.topics.rounds=outage-test.rounds",
        "notification.topics.reports=" + StoreOutageConsumptionTest.REPORTS,
        "notification.topics.dead-letter=" + StoreOutageConsumptionTest.DEAD_LETTER,
        "notification.events.store-retry-first=100ms",
        "notification.events.store-retry-longest=1s"})
@DirtiesContext
class StoreOutageConsumptionTest {

    static final String REPORTS = "outage-test.reports";
    static final String DEAD_LETTER = "outage-test.notification-dlt";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final RestartableStore STORE = new RestartableStore();

    @Autowired
    ReportStateStore reportStates;
    @Autowired
    DefaultErrorHandler errorHandler;

    private final List<Exception> failures = new CopyOnWriteArrayList<>();
    private final AtomicInteger recovered = new AtomicInteger();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", SharedTestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", STORE::connectionString);
        registry.add("spring.mongodb.database", () -> "reform_notification_outage_test");
    }

    @AfterAll
    static void stopStore() {
        STORE.close();
    }

    @Test
    void aReportEventPublishedWhileTheStoreIsDownIsAppliedOnceItIsBackAndNeverDeadLettered() throws Exception {
        errorHandler.setRetryListeners(new RetryListener() {
            @Override
            public void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int deliveryAttempt) {
                failures.add(ex);
            }

            @Override
            public void recovered(ConsumerRecord<?, ?> record, Exception ex) {
                recovered.incrementAndGet();
            }
        });
        String round = "OUT-" + UUID.randomUUID().toString().substring(0, 8);
        try (ContractEvents events = new ContractEvents()) {
            events.publish(REPORTS, ContractEvents.report("report-submitted-sngv-v1.json", round, "WARM", 1, null));
            await().atMost(WAIT).until(() -> reportStates.find(round, "WARM").isPresent());

            STORE.stop();
            events.publish(REPORTS, ContractEvents.report("report-submitted-sngv-v1.json", round, "LATE", 1, null));
            // well beyond the bounded retries that unexpected failures get before the dead-letter topic
            await().atMost(WAIT).until(() -> failures.size() >= 6);
            // restarted, but not yet primary: writes are refused for a while
            STORE.primary(false);
            STORE.start();
            int before = failures.size();
            await().atMost(WAIT).until(() -> failures.size() >= before + 6);
            assertThat(recovered).hasValue(0);

            STORE.primary(true);
            await().atMost(WAIT).until(() -> reportStates.find(round, "LATE").isPresent());
        }

        assertThat(reportStates.find(round, "LATE").orElseThrow().status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(recovered).hasValue(0);
        assertThat(deadLettered()).isZero();
    }

    private static long deadLettered() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedTestInfrastructure.kafkaBootstrapServers()))) {
            return admin.listOffsets(Map.of(new TopicPartition(DEAD_LETTER, 0), OffsetSpec.latest())).all().get()
                    .values().stream().mapToLong(o -> o.offset()).sum();
        }
    }
}
