package vn.reform.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Replaying the report log into empty rollups (aggregation-service's rebuild), beside Kafka's raw consume rate of
 * the same topic measured in the same run by a plain consumer that does nothing with the records.
 */
final class RebuildPhase {

    static final String REPORTS_TOPIC = "reform.reports";

    record Result(long events, double rebuildSeconds, double rebuildPerSecond, double rawSeconds, double rawPerSecond) {
    }

    static Result run(StackApi api, BenchmarkConfig config, BenchmarkSetup.Prepared run) {
        long rawStart = System.nanoTime();
        long events = consumeAll(config.kafka());
        double rawSeconds = (System.nanoTime() - rawStart) / 1e9;

        long start = System.nanoTime();
        startRebuild(api, config, run);
        awaitRebuilt(api, config, run);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(events, seconds, events / seconds, rawSeconds, events / rawSeconds);
    }

    /** Asks for the rebuild until aggregation-service takes it (it may still be catching up with the ingest load). */
    private static void startRebuild(StackApi api, BenchmarkConfig config, BenchmarkSetup.Prepared run) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        StackApi.Answer answer;
        do {
            answer = api.send("POST", config.gateway() + "/api/aggregation/rebuild", run.homeAffairsToken(), Map.of(), Map.of());
            if (answer.status() == 200 || answer.status() == 202) {
                return;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        } while (System.nanoTime() < deadline);
        throw new IllegalStateException("the rebuild was not accepted: " + answer.status() + " " + answer.body());
    }

    /** The rebuild is done when the aggregation-service reports it idle again. */
    private static void awaitRebuilt(StackApi api, BenchmarkConfig config, BenchmarkSetup.Prepared run) {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            StackApi.Answer status = api.send("GET", config.gateway() + "/api/aggregation/rebuild", run.homeAffairsToken(), Map.of(), null);
            if (status.status() == 200 && !status.json().path("running").asBoolean(true)) {
                return;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        throw new IllegalStateException("the rebuild did not finish within 10 minutes");
    }

    static long consumeAll(String bootstrap) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(REPORTS_TOPIC)) {
                partitions.add(new TopicPartition(p.topic(), p.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long count = 0;
            Set<TopicPartition> remaining = new java.util.HashSet<>(partitions);
            remaining.removeIf(tp -> end.get(tp) == 0);
            while (!remaining.isEmpty()) {
                count += consumer.poll(Duration.ofMillis(200)).count();
                remaining.removeIf(tp -> consumer.position(tp) >= end.get(tp));
            }
            return count;
        }
    }

    private RebuildPhase() {
    }
}
