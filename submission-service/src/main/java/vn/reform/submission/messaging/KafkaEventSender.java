package vn.reform.submission.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.reform.submission.config.OutboxProperties;

/** Sends a batch of envelopes (JSON, key = the envelope's key) and reports which ones the broker acknowledged. */
@Component
public class KafkaEventSender {

    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper mapper;
    private final OutboxProperties properties;

    public KafkaEventSender(KafkaTemplate<String, String> kafka, JsonMapper mapper, OutboxProperties properties) {
        this.kafka = kafka;
        this.mapper = mapper;
        this.properties = properties;
    }

    public record BatchResult(List<OutboxMessage> acknowledged, List<OutboxMessage> failed, Exception firstError) {
    }

    public BatchResult send(List<OutboxMessage> batch) {
        List<CompletableFuture<SendResult<String, String>>> futures = new ArrayList<>();
        for (OutboxMessage message : batch) {
            String json = mapper.writeValueAsString(message.envelope());
            try {
                futures.add(kafka.send(new ProducerRecord<>(message.topic(), message.key(), json)));
            } catch (RuntimeException e) {
                futures.add(CompletableFuture.failedFuture(e));
            }
        }
        List<OutboxMessage> acknowledged = new ArrayList<>();
        List<OutboxMessage> failed = new ArrayList<>();
        Exception firstError = null;
        for (int i = 0; i < batch.size(); i++) {
            try {
                futures.get(i).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                acknowledged.add(batch.get(i));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed.add(batch.get(i));
                firstError = firstError == null ? e : firstError;
            } catch (Exception e) {
                failed.add(batch.get(i));
                firstError = firstError == null ? e : firstError;
            }
        }
        return new BatchResult(acknowledged, failed, firstError);
    }
}
