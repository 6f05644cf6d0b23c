package vn.reform.aggregation.support;

import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import tools.jackson.databind.node.ObjectNode;
import vn.reform.localstack.SharedTestInfrastructure;

/** Writes events into the real broker, as submission-service would (plain KafkaProducer, acks=all). */
public final class EventProducer implements AutoCloseable {

    public static final String AGENCIES = "reform.catalogue.agencies";
    public static final String TEMPLATES = "reform.catalogue.templates";
    public static final String ROUNDS = "reform.catalogue.rounds";
    public static final String REPORTS = "reform.reports";
    public static final String DLT = "reform.reports.aggregation-dlt";

    private final KafkaProducer<String, String> producer;

    public EventProducer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedTestInfrastructure.kafkaBootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    public void send(String topic, ObjectNode event) {
        send(topic, event.get("key").asString(), Samples.JSON.writeValueAsString(event));
    }

    public void send(String topic, String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Sends without waiting for each acknowledgement (then {@link #flush()}). */
    public void sendAsync(String topic, ObjectNode event) {
        producer.send(new ProducerRecord<>(topic, event.get("key").asString(), Samples.JSON.writeValueAsString(event)));
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
