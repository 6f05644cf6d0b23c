package vn.reform.benchmark;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;

/**
 * The bare limit of this design: per submission only what must happen — one MongoDB insert and one Kafka send with
 * acks=all (idempotent producer) — at the same concurrency, against the same store and broker, no HTTP at all.
 */
final class BareLimitPhase {

    static LatencyStats run(BenchmarkConfig config, BenchmarkSetup.Prepared run) throws Exception {
        String topic = "benchmark.bare";
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", config.kafka()))) {
            admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        String body = StackApi.reportBody(run.documentDate(), 42);
        try (MongoClient mongo = MongoClients.create(config.mongo());
             KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafka(),
                     ProducerConfig.ACKS_CONFIG, "all",
                     ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                     ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new StringSerializer())) {
            MongoCollection<Document> collection = mongo.getDatabase("benchmark").getCollection("bare_" + run.runId());
            return ClosedLoopLoad.run(config.clients(), config.warmUp(), config.measured(), (worker, i) -> {
                String id = run.bigRound() + "|" + worker + "|" + i + "|" + UUID.randomUUID();
                collection.insertOne(new Document("_id", id).append("body", body).append("published", false));
                producer.send(new ProducerRecord<>(topic, id, body)).get();
                return true;
            });
        }
    }

    private BareLimitPhase() {
    }
}
