package vn.reform.notification.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.reform.localstack.SharedTestInfrastructure;

/**
 * Writes contract events into the real broker with a plain KafkaProducer, starting from the sample files of
 * deploy/contracts/samples (read from the folder in the system property {@code contracts.dir}) and changing only
 * what a test needs.
 */
public final class ContractEvents implements AutoCloseable {

    public static final String AGENCIES = "reform.catalogue.agencies";
    public static final String ROUNDS = "reform.catalogue.rounds";
    public static final String REPORTS = "reform.reports";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedTestInfrastructure.kafkaBootstrapServers(),
            ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new StringSerializer());

    public static ObjectNode sample(String file) {
        Path dir = Path.of(System.getProperty("contracts.dir", "../deploy/contracts"), "samples");
        try {
            return (ObjectNode) JSON.readTree(Files.readString(dir.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes a sample file exactly as it is. */
    public void publishSample(String topic, String file) {
        publish(topic, sample(file));
    }

    public void agency(String code, String name, String focalPointEmail, String headEmail) {
        ObjectNode event = fresh("agency-changed-sngv-v1.json", code);
        payload(event).put("code", code).put("name", name).put("focalPointEmail", focalPointEmail)
                .put("headEmail", headEmail).put("headName", "Giám đốc " + code);
        publish(AGENCIES, event);
    }

    public void round(String code, String title, Instant dueAt, List<String> agencies, String status) {
        ObjectNode event = fresh("round-changed-2023-par-adhoc-v1.json", code);
        ObjectNode p = payload(event).put("code", code).put("title", title).put("dueAt", dueAt.toString())
                .put("status", status).put("periodKind", "AD_HOC");
        var expected = p.putArray("expectedAgencies");
        agencies.forEach(expected::add);
        publish(ROUNDS, event);
    }

    public void submitted(String round, String agency, long sequence) {
        publish(REPORTS, report("report-submitted-sngv-v1.json", round, agency, sequence, null));
    }

    public RecordMetadata returned(String round, String agency, long sequence, Instant newDueAt) {
        return publish(REPORTS, report("report-returned-sngv-v1.json", round, agency, sequence, newDueAt));
    }

    public void accepted(String round, String agency, long sequence) {
        publish(REPORTS, report("report-accepted-sngv-v1.json", round, agency, sequence, null));
    }

    public static ObjectNode report(String file, String round, String agency, long sequence, Instant dueAt) {
        ObjectNode event = fresh(file, round + "|" + agency);
        ObjectNode p = payload(event).put("round", round).put("agency", agency).put("sequence", sequence);
        if (dueAt != null) {
            p.put("dueAt", dueAt.toString());
        }
        return event;
    }

    public RecordMetadata publish(String topic, ObjectNode event) {
        try {
            return producer.send(new ProducerRecord<>(topic, event.get("key").asString(), JSON.writeValueAsString(event)))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode fresh(String file, String key) {
        ObjectNode event = sample(file);
        event.put("eventId", UUID.randomUUID().toString()).put("key", key);
        return event;
    }

    private static ObjectNode payload(ObjectNode event) {
        return (ObjectNode) event.get("payload");
    }

    @Override
    public void close() {
        producer.close();
    }
}
