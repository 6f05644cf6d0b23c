package vn.reform.benchmark;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until a consumer group has committed every record a topic holds ({@link #awaitCaughtUp}: used by the fault
 * suite before comparing rollups), or until it has and nothing more arrives ({@link #awaitQuiet}: used by the
 * benchmark between phases, so that a phase does not measure the previous one's backlog).
 */
public final class ConsumerLag {

    private ConsumerLag() {
    }

    /** How long the group took to reach the topic's current end; fails after {@code limit}. */
    public static Duration awaitCaughtUp(String bootstrapServers, String group, String topic, Duration limit)
            throws Exception {
        long start = System.nanoTime();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            awaitCommitted(admin, group, topic, endOffsets(admin, topic), start + limit.toNanos(), limit);
            return Duration.ofNanos(System.nanoTime() - start);
        }
    }

    /**
     * Waits until the group has consumed the topic to its end and nothing more has arrived for {@code quiet}: what
     * the services still had to publish (an outbox behind the ingest) is consumed too. How long it took.
     */
    public static Duration awaitQuiet(String bootstrapServers, String group, String topic, Duration quiet, Duration limit)
            throws Exception {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            Map<TopicPartition, Long> end = endOffsets(admin, topic);
            while (true) {
                awaitCommitted(admin, group, topic, end, deadline, limit);
                TimeUnit.NANOSECONDS.sleep(quiet.toNanos()); // the quiet window is what is measured, not a synchronisation
                Map<TopicPartition, Long> now = endOffsets(admin, topic);
                if (now.equals(end)) {
                    return Duration.ofNanos(System.nanoTime() - start - quiet.toNanos());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(topic + " still received events after " + limit);
                }
                end = now;
            }
        }
    }

    /** Until the group's committed offsets reach {@code end}; fails at {@code deadline}. */
    private static void awaitCommitted(Admin admin, String group, String topic, Map<TopicPartition, Long> end,
                                       long deadline, Duration limit) throws InterruptedException {
        while (true) {
            Map<TopicPartition, OffsetAndMetadata> committed = committed(admin, group);
            if (end.entrySet().stream().allMatch(e -> e.getValue() == 0 || committed.get(e.getKey()) != null
                    && committed.get(e.getKey()).offset() >= e.getValue())) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("consumer group " + group + " did not reach the end of " + topic
                        + " within " + limit + ": end " + end + ", committed " + committed);
            }
            TimeUnit.MILLISECONDS.sleep(100); // polling interval of the wait, not a synchronisation
        }
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin, String topic) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, Long> end = new HashMap<>();
        admin.listOffsets(latest).all().get().forEach((tp, info) -> end.put(tp, info.offset()));
        return end;
    }

    private static Map<TopicPartition, OffsetAndMetadata> committed(Admin admin, String group) {
        try {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        } catch (Exception e) {
            return Map.of(); // the group is rebalancing or the broker is busy: ask again
        }
    }
}
