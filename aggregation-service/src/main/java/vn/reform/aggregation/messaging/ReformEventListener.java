package vn.reform.aggregation.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * Consumes the catalogue and report topics (group {@code aggregation-service}). Each record is acknowledged
 * only after its effect is stored; failures go to the error handler (see {@code KafkaErrorHandlingConfig}: retried
 * until the store answers, or dead-lettered when the record can never succeed).
 */
@Component
public class ReformEventListener {

    public static final String CATALOGUE_LISTENER = "aggregation-catalogue";
    public static final String REPORTS_LISTENER = "aggregation-reports";

    private final EventDispatcher dispatcher;

    public ReformEventListener(EventDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @KafkaListener(id = CATALOGUE_LISTENER, groupId = "${spring.kafka.consumer.group-id}",
            topics = {"${reform.topics.agencies}", "${reform.topics.templates}", "${reform.topics.rounds}"})
    public void onCatalogue(ConsumerRecord<String, String> record, Acknowledgment ack) {
        dispatcher.dispatch(record.topic(), record.key(), record.value());
        ack.acknowledge();
    }

    @KafkaListener(id = REPORTS_LISTENER, groupId = "${spring.kafka.consumer.group-id}",
            topics = "${reform.topics.reports}", concurrency = "${reform.aggregation.consumer-concurrency}")
    public void onReport(ConsumerRecord<String, String> record, Acknowledgment ack) {
        dispatcher.dispatch(record.topic(), record.key(), record.value());
        ack.acknowledge();
    }
}
