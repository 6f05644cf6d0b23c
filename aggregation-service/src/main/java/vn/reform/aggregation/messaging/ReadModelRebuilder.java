package vn.reform.aggregation.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

import vn.reform.aggregation.config.TopicsProperties;
import vn.reform.aggregation.persistence.CatalogueStore;
import vn.reform.aggregation.persistence.ContributionStore;
import vn.reform.aggregation.persistence.RollupStore;

/**
 * Rebuild: stops the live consumers, drops the read model (catalogue, contributions, rollups), replays the
 * catalogue topics and then the report topic from the beginning up to their current end through the same
 * handlers, and restarts the live consumers, which go on from their committed offsets (what they see again is
 * recognised as already applied). Records that fail in the replay are counted and skipped, as the live consumer
 * sent them to the dead-letter topic.
 */
@Component
public class ReadModelRebuilder {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuilder.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaListenerEndpointRegistry registry;
    private final ConsumerFactory<String, String> consumers;
    private final EventDispatcher dispatcher;
    private final TopicsProperties topics;
    private final CatalogueStore catalogue;
    private final ContributionStore contributions;
    private final RollupStore rollups;
    private final ApplicationEventPublisher events;
    private final AtomicBoolean running = new AtomicBoolean();

    public ReadModelRebuilder(KafkaListenerEndpointRegistry registry, ConsumerFactory<String, String> consumers,
                              EventDispatcher dispatcher, TopicsProperties topics, CatalogueStore catalogue,
                              ContributionStore contributions, RollupStore rollups,
                              ApplicationEventPublisher events) {
        this.registry = registry;
        this.consumers = consumers;
        this.dispatcher = dispatcher;
        this.topics = topics;
        this.catalogue = catalogue;
        this.contributions = contributions;
        this.rollups = rollups;
        this.events = events;
    }

    public RebuildResult rebuild() {
        if (!running.compareAndSet(false, true)) {
            throw new RebuildAlreadyRunningException();
        }
        long start = System.nanoTime();
        try {
            registry.getListenerContainers().forEach(MessageListenerContainer::stop);
            rollups.drop();
            contributions.drop();
            catalogue.drop();
            contributions.ensureIndexes();
            events.publishEvent(new ReadModelRebuilt(false));
            Map<String, Long> replayed = new TreeMap<>();
            long[] failed = {0};
            replay(List.of(topics.agencies(), topics.templates(), topics.rounds()), replayed, failed);
            replay(List.of(topics.reports()), replayed, failed);
            events.publishEvent(new ReadModelRebuilt(true));
            long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
            log.info("read model rebuilt in {} ms: {} replayed, {} failed", took, replayed, failed[0]);
            return new RebuildResult(replayed, failed[0], took);
        } finally {
            registry.getListenerContainers().forEach(MessageListenerContainer::start);
            running.set(false);
        }
    }

    private void replay(List<String> topicNames, Map<String, Long> replayed, long[] failed) {
        try (Consumer<String, String> consumer = consumers.createConsumer("aggregation-service-rebuild", "rebuild")) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topicNames) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(tp)) {
                        continue;
                    }
                    try {
                        dispatcher.dispatch(record.topic(), record.key(), record.value());
                        replayed.merge(record.topic(), 1L, Long::sum);
                    } catch (RuntimeException e) {
                        failed[0]++;
                        log.warn("replay skipped {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                                e.toString());
                    }
                }
            }
        }
    }
}
