package vn.reform.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.reform.aggregation.support.EventProducer;
import vn.reform.aggregation.support.IntegrationTest;
import vn.reform.aggregation.support.RoundFixture;
import vn.reform.localstack.SharedTestInfrastructure;

/** A record that cannot be processed goes to the dead-letter topic and does not block its partition. */
class PoisonMessageTest extends IntegrationTest {

    @Test
    void poisonGoesToTheDeadLetterTopicAndTheNextRecordOfItsPartitionIsApplied() {
        String round = unique("POISON");
        publishSampleCatalogue(round, "2023-08-31");
        String key = round + "|SNGV";
        events.send(EventProducer.REPORTS, key, "{not json");
        ObjectNode future = RoundFixture.sngv(round);
        future.put("version", 2);
        future.put("eventId", UUID.randomUUID().toString());
        events.send(EventProducer.REPORTS, key, future.toString());
        // same key, so same partition, after both poison records
        events.send(EventProducer.REPORTS, RoundFixture.sngv(round));

        JsonNode rollup = rollupWhen(round, r -> r.path("indicators").path("TIN_BAI").path("value").asInt() == 35);
        assertThat(rollup.path("completeness").path("submitted").asInt()).isEqualTo(1);

        List<ConsumerRecord<String, String>> dead = deadLetters(key, 2);
        assertThat(dead).extracting(ConsumerRecord::value).containsExactly("{not json", future.toString());
        String exception = new String(dead.get(0).headers().lastHeader("x-exception").value(), StandardCharsets.UTF_8);
        assertThat(exception).contains("MalformedEventException");
        assertThat(new String(dead.get(1).headers().lastHeader("x-exception").value(), StandardCharsets.UTF_8))
                .contains("unsupported ReportSubmitted version 2");
        long firstOffset = Long.parseLong(new String(dead.get(0).headers().lastHeader("x-original-offset").value(),
                StandardCharsets.UTF_8));
        long secondOffset = Long.parseLong(new String(dead.get(1).headers().lastHeader("x-original-offset").value(),
                StandardCharsets.UTF_8));
        assertThat(secondOffset).isEqualTo(firstOffset + 1);
    }

    private static List<ConsumerRecord<String, String>> deadLetters(String key, int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedTestInfrastructure.kafkaBootstrapServers());
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(EventProducer.DLT).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            eventually(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
                return found.size() >= expected;
            });
        }
        return found;
    }
}
