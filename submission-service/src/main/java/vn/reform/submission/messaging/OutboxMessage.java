package vn.reform.submission.messaging;

/** One stored event ready to go to Kafka, with the id of the document that holds its outbox state. */
public record OutboxMessage(String sourceId, String topic, EventEnvelope envelope) {

    public String key() {
        return envelope.key();
    }
}
