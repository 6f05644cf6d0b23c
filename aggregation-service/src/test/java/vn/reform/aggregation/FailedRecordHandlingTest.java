package vn.reform.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.AcknowledgingMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

import vn.reform.aggregation.support.DeadLetters;
import vn.reform.aggregation.support.IntegrationTest;
import vn.reform.localstack.SharedTestInfrastructure;

/**
 * The service's error handling on the real broker, with a listener that fails the way the store fails: a record
 * whose handler could not reach the store is retried (far beyond the bounded retries) until it succeeds and never
 * reaches the dead-letter topic; one that fails unexpectedly goes there after the bounded retries.
 */
class FailedRecordHandlingTest extends IntegrationTest {

    @Autowired
    private ConcurrentKafkaListenerContainerFactory<String, String> factory;

    @Test
    void aRecordWhoseStoreWasUnreachableIsRetriedUntilItIsStoredAndNeverDeadLettered() throws Exception {
        String key = unique("STORE-DOWN");
        AtomicInteger attempts = new AtomicInteger();
        List<String> stored = new CopyOnWriteArrayList<>();
        int failures = 12; // far more than reform.aggregation.retry-attempts
        runWith(value -> {
            if (attempts.incrementAndGet() <= failures) {
                throw new MongoSocketReadException("store unreachable", new ServerAddress("127.0.0.1", 1));
            }
            stored.add(value);
            return null;
        }, topic -> {
            events.send(topic, key, "accepted report");
            events.send(topic, key, "next report");
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> stored.size() == 2);
        });
        assertThat(stored).containsExactly("accepted report", "next report");
        assertThat(attempts.get()).isEqualTo(failures + 2);
        assertThat(DeadLetters.of(key, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void aRecordThatFailsUnexpectedlyGoesToTheDeadLetterTopicAfterTheBoundedRetries() throws Exception {
        String key = unique("DEFECT");
        AtomicInteger attempts = new AtomicInteger();
        List<String> stored = new CopyOnWriteArrayList<>();
        runWith(value -> {
            if (value.equals("defect")) {
                attempts.incrementAndGet();
                throw new IllegalStateException("a defect");
            }
            stored.add(value);
            return null;
        }, topic -> {
            events.send(topic, key, "defect");
            events.send(topic, key, "next report");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> stored.size() == 1);
        });
        assertThat(attempts.get()).isEqualTo(3); // reform.aggregation.retry-attempts
        List<ConsumerRecord<String, String>> dead = DeadLetters.of(key, Duration.ofSeconds(3));
        assertThat(dead).extracting(ConsumerRecord::value).containsExactly("defect");
        assertThat(new String(dead.get(0).headers().lastHeader("x-exception").value(), StandardCharsets.UTF_8))
                .contains("IllegalStateException: a defect");
    }

    private interface Scenario {
        void run(String topic) throws Exception;
    }

    private void runWith(Function<String, Void> handler, Scenario scenario) throws Exception {
        String topic = "aggregation-test." + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", SharedTestInfrastructure.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        ConcurrentMessageListenerContainer<String, String> container = factory.createContainer(topic);
        container.getContainerProperties().setGroupId("aggregation-test-" + UUID.randomUUID());
        container.getContainerProperties().setMessageListener((AcknowledgingMessageListener<String, String>) (record, ack) -> {
            handler.apply(record.value());
            ack.acknowledge();
        });
        container.start();
        try {
            scenario.run(topic);
        } finally {
            container.stop();
        }
    }
}
