package vn.reform.aggregation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.reform.aggregation.api.view.AgencyRow;
import vn.reform.aggregation.api.view.RollupView;
import vn.reform.aggregation.config.AggregationProperties;
import vn.reform.aggregation.config.EventJson;
import vn.reform.aggregation.domain.AgencyEntry;
import vn.reform.aggregation.domain.Contribution;
import vn.reform.aggregation.domain.ReportEvent;
import vn.reform.aggregation.domain.service.ContributionApplier;
import vn.reform.aggregation.persistence.ContributionStore;
import vn.reform.aggregation.persistence.RollupStore;
import vn.reform.aggregation.support.IntegrationTest;
import vn.reform.aggregation.support.Samples;

/**
 * The province view's cache, with a staleness bound of an hour against the real store: a change this instance
 * applied is seen by its next read at once; one applied by another instance waits for the bound.
 */
class RollupReaderCacheTest extends IntegrationTest {

    @Autowired
    ContributionStore contributions;
    @Autowired
    RollupStore rollups;
    @Autowired
    ContributionApplier applier;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EventJson eventJson;
    @Autowired
    JsonMapper jsonMapper;
    @Autowired
    AggregationProperties properties;

    private String round;
    private RollupReader reader;

    @BeforeEach
    void firstVersionAppliedAndRead() {
        round = unique("CACHE");
        publishSampleCatalogue(round, "2023-08-31");
        submit(1);
        reader = new RollupReader(rollups, catalogue, contributions, jsonMapper, withStaleness(Duration.ofHours(1)));
        assertThat(versionOfSngv(reader.province(round))).isEqualTo(1);
    }

    @Test
    void aChangeAppliedHereIsSeenByTheNextReadAtOnce() {
        submit(2);

        RollupView view = reader.province(round);

        assertThat(versionOfSngv(view)).isEqualTo(2);
        assertThat(view.revision()).isEqualTo(rollups.revision(round));
    }

    @Test
    void aChangeAppliedByAnotherInstanceWaitsForTheStalenessBound() {
        RollupStore otherInstance = new RollupStore(mongo, eventJson, properties);
        long rev = rollups.entry(round, "SNGV").orElseThrow().rev();
        AgencyEntry returned = new AgencyEntry("SNGV", "RETURNED", 1, Instant.EPOCH, false, true, "DEPARTMENT",
                rev + 1, false, List.of(), List.of(), "thiếu số liệu");
        assertThat(otherInstance.apply(round, returned, rev, Map.of(), "CCHC:1")).isTrue();

        RollupView view = reader.province(round);

        assertThat(view.revision()).isLessThan(rollups.revision(round));
        assertThat(new RollupReader(rollups, catalogue, contributions, jsonMapper, withStaleness(Duration.ZERO))
                .province(round).agencies()).anySatisfy(a -> assertThat(a.status()).isEqualTo("RETURNED"));
    }

    private void submit(int version) {
        Contribution current = contributions.find(round, "SNGV").orElse(Contribution.empty(round, "SNGV"));
        Contribution next = applier.withPendingUpdate(current.apply(submission(version)).orElseThrow());
        assertThat(contributions.save(next)).isTrue();
        applier.reconcile(round, "SNGV", next.stored());
    }

    private ReportEvent submission(int version) {
        ObjectNode values = (ObjectNode) Samples.sampleReport().get("payload").get("values");
        return new ReportEvent("ev-" + round + "-" + version, ReportEvent.SUBMITTED, round, "SNGV", version, version,
                Instant.EPOCH, false, "sngv", "CCHC:1", null, null, values, Map.of(), null);
    }

    private static int versionOfSngv(RollupView view) {
        return view.agencies().stream().filter(a -> a.code().equals("SNGV")).findFirst()
                .map(AgencyRow::version).orElseThrow();
    }

    private AggregationProperties withStaleness(Duration staleness) {
        return new AggregationProperties(properties.consumerConcurrency(), properties.retryAttempts(),
                properties.retryBackoff(), properties.transientRetryMaxBackoff(), properties.outlierFactor(),
                properties.rollupShards(), staleness, properties.catalogueCacheTtl(), properties.storeRetryAfter());
    }
}
