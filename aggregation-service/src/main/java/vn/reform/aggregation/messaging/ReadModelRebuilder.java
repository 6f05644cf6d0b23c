package vn.reform.aggregation.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

import vn.reform.aggregation.config.AggregationProperties;
import vn.reform.aggregation.config.TopicsProperties;
import vn.reform.aggregation.domain.AgencyInfo;
import vn.reform.aggregation.domain.OutlierDetector;
import vn.reform.aggregation.domain.RoundInfo;
import vn.reform.aggregation.domain.service.RebuildFold;
import vn.reform.aggregation.persistence.CatalogueStore;
import vn.reform.aggregation.persistence.ContributionStore;
import vn.reform.aggregation.persistence.RollupStore;

/**
 * Rebuild, in the background: stops the live consumers, replays the catalogue and report topics from the
 * beginning up to their current end into an in-memory {@link RebuildFold} (the same parsing and rules as live),
 * drops the read model, writes the rebuilt one in bulk, and restarts the live consumers, which go on from their
 * committed offsets (what they see again is recognised as already applied). Records that fail in the replay are
 * counted and skipped, as the live consumer sent them to the dead-letter topic.
 */
@Component
public class ReadModelRebuilder implements DisposableBean {

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
    private final OutlierDetector outliers;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "rebuild"));
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.IDLE);

    public ReadModelRebuilder(KafkaListenerEndpointRegistry registry, ConsumerFactory<String, String> consumers,
                              EventDispatcher dispatcher, TopicsProperties topics, CatalogueStore catalogue,
                              ContributionStore contributions, RollupStore rollups,
                              ApplicationEventPublisher events, AggregationProperties properties) {
        this.registry = registry;
        this.consumers = consumers;
        this.dispatcher = dispatcher;
        this.topics = topics;
        this.catalogue = catalogue;
        this.contributions = contributions;
        this.rollups = rollups;
        this.events = events;
        this.outliers = new OutlierDetector(properties.outlierFactor());
    }

    /** Starts a rebuild in the background; throws if one is running. */
    public RebuildStatus start() {
        RebuildStatus current = status.get();
        RebuildStatus started = new RebuildStatus(true, Instant.now(), null, current.last(), null);
        if (current.running() || !status.compareAndSet(current, started)) {
            throw new RebuildAlreadyRunningException();
        }
        executor.execute(() -> run(started));
        return started;
    }

    public RebuildStatus status() {
        return status.get();
    }

    private void run(RebuildStatus started) {
        try {
            RebuildResult result = rebuild();
            status.set(new RebuildStatus(false, started.startedAt(), Instant.now(), result, null));
        } catch (RuntimeException e) {
            log.error("rebuild failed", e);
            status.set(new RebuildStatus(false, started.startedAt(), Instant.now(), started.last(), e.toString()));
        }
    }

    private RebuildResult rebuild() {
        long start = System.nanoTime();
        registry.getListenerContainers().forEach(MessageListenerContainer::stop);
        try {
            RebuildFold fold = new RebuildFold(outliers, rollups.shards());
            Map<String, Long> replayed = new TreeMap<>();
            long[] failed = {0};
            replay(List.of(topics.agencies(), topics.templates(), topics.rounds(), topics.reports()), fold, replayed,
                    failed);
            RebuildFold.Result model = fold.result(Instant.now());
            rollups.drop();
            contributions.drop();
            catalogue.drop();
            events.publishEvent(new ReadModelRebuilt(false));
            Map<AgencyInfo, Instant> agencies = new LinkedHashMap<>();
            model.agencies().forEach(a -> agencies.put(a.value(), a.occurredAt()));
            Map<RoundInfo, Instant> rounds = new LinkedHashMap<>();
            model.rounds().forEach(r -> rounds.put(r.value(), r.occurredAt()));
            catalogue.insertAll(agencies, model.templates(), rounds);
            contributions.insertAll(model.contributions());
            contributions.ensureIndexes();
            rollups.insertAll(model.rollups());
            events.publishEvent(new ReadModelRebuilt(true));
            long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
            log.info("read model rebuilt in {} ms: {} replayed, {} failed, {} contributions, {} rollups", took,
                    replayed, failed[0], model.contributions().size(), model.rollups().size());
            return new RebuildResult(replayed, failed[0], model.contributions().size(), model.rollups().size(), took);
        } finally {
            registry.getListenerContainers().forEach(MessageListenerContainer::start);
        }
    }

    private void replay(List<String> topicNames, RebuildFold fold, Map<String, Long> replayed, long[] failed) {
        java.util.Properties props = new java.util.Properties();
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (Consumer<String, String> consumer = consumers.createConsumer("aggregation-service-rebuild", "rebuild",
                null, props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topicNames) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    try {
                        dispatcher.dispatch(record.topic(), record.key(), record.value(), fold);
                        replayed.merge(record.topic(), 1L, Long::sum);
                    } catch (RuntimeException e) {
                        failed[0]++;
                        log.debug("replay skipped {}-{}@{}: {}", record.topic(), record.partition(),
                                record.offset(), e.toString());
                    }
                }
            }
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
