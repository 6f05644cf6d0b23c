package vn.reform.aggregation.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.reform.aggregation.config.AggregationProperties;
import vn.reform.aggregation.config.EventJson;
import vn.reform.aggregation.domain.AgencyEntry;
import vn.reform.aggregation.domain.RollupShard;
import vn.reform.aggregation.domain.RoundRollup;
import vn.reform.aggregation.support.IntegrationTest;

/**
 * A round's rollup read again fetches only the shards that changed since this instance read them; what another
 * instance changed, or a shard written anew at the same revision (a rebuild), is read as stored.
 */
class RollupStoreShardReadTest extends IntegrationTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    EventJson json;
    @Autowired
    AggregationProperties properties;

    private String round;
    private RollupStore here;
    private RollupStore otherInstance;

    @BeforeEach
    void twoAgenciesAppliedAndRead() {
        round = unique("SHARDS");
        here = new RollupStore(mongo, json, properties);
        otherInstance = new RollupStore(mongo, json, properties);
        assertThat(here.apply(round, entry("AG-A", 1, "SUBMITTED"), 0, Map.of("totals.TIN_BAI:sum", 5L), "CCHC:1"))
                .isTrue();
        assertThat(here.apply(round, entry("AG-B", 1, "SUBMITTED"), 0, Map.of("totals.TIN_BAI:sum", 7L), "CCHC:1"))
                .isTrue();
        assertThat(here.find(round).orElseThrow().totals()).containsEntry("TIN_BAI:sum", 12L);
    }

    @Test
    void aChangeMadeByAnotherInstanceIsReadAtOnce() {
        assertThat(otherInstance.apply(round, entry("AG-A", 2, "RETURNED"), 1, Map.of("totals.TIN_BAI:sum", -5L),
                "CCHC:1")).isTrue();

        RoundRollup read = here.find(round).orElseThrow();

        assertThat(read.agencies().get("AG-A").status()).isEqualTo("RETURNED");
        assertThat(read.agencies().get("AG-B").status()).isEqualTo("SUBMITTED");
        assertThat(read.totals()).containsEntry("TIN_BAI:sum", 7L);
        assertThat(read.revision()).isEqualTo(here.revision(round)).isEqualTo(3);
    }

    @Test
    void aChangedShardIsParsedOnlyWhereItsEntriesChanged() {
        int shard = RollupShard.of("AG-A", here.shards());
        List<String> neighbours = IntStream.range(0, 100_000).mapToObj(i -> "AG-N" + i)
                .filter(code -> RollupShard.of(code, here.shards()) == shard).limit(2).toList();
        for (String code : neighbours) {
            assertThat(here.apply(round, entry(code, 1, "SUBMITTED"), 0, Map.of("totals.TIN_BAI:sum", 1L), "CCHC:1"))
                    .isTrue();
        }
        RoundRollup before = here.find(round).orElseThrow();
        assertThat(otherInstance.apply(round, entry(neighbours.get(0), 2, "RETURNED"), 1,
                Map.of("totals.TIN_BAI:sum", -1L), "CCHC:1")).isTrue();

        RoundRollup read = here.find(round).orElseThrow();

        assertThat(read.agencies().get(neighbours.get(0)).status()).isEqualTo("RETURNED");
        assertThat(read.agencies().get(neighbours.get(0)).rev()).isEqualTo(2);
        assertThat(read.totals()).containsEntry("TIN_BAI:sum", 13L);
        // the shard's other entries, at the revision read before, are the ones parsed then
        assertThat(read.agencies().get("AG-A")).isSameAs(before.agencies().get("AG-A"));
        assertThat(read.agencies().get(neighbours.get(1))).isSameAs(before.agencies().get(neighbours.get(1)));
    }

    @Test
    void shardsWrittenAnewAtTheSameRevisionAreNotTakenForTheOnesReadBefore() {
        RoundRollup before = here.find(round).orElseThrow();
        Map<Integer, List<AgencyEntry>> byShard = before.agencies().values().stream()
                .collect(Collectors.groupingBy(e -> RollupShard.of(e.code(), here.shards())));
        List<RollupShard> rebuilt = byShard.entrySet().stream()
                .map(s -> new RollupShard(s.getKey(), new RoundRollup(round, s.getValue().size(), before.asOf(),
                        "CCHC:1", s.getValue().stream().collect(Collectors.toMap(AgencyEntry::code,
                                e -> entry(e.code(), e.rev(), "ACCEPTED"))),
                        Map.of("TIN_BAI:sum", 100L), Map.of())))
                .toList();
        mongo.getCollection(RollupStore.COLLECTION).deleteMany(new Document("round", round));
        otherInstance.insertAll(rebuilt);

        RoundRollup read = here.find(round).orElseThrow();

        assertThat(read.revision()).isEqualTo(before.revision());
        assertThat(read.agencies().values()).extracting(AgencyEntry::status).containsOnly("ACCEPTED");
        assertThat(read.totals()).containsEntry("TIN_BAI:sum", 100L * byShard.size());
    }

    @Test
    void aRoundWhoseShardsAreGoneIsNotFound() {
        mongo.getCollection(RollupStore.COLLECTION).deleteMany(new Document("round", round));

        assertThat(here.find(round)).isEmpty();
    }

    private static AgencyEntry entry(String code, long rev, String status) {
        return new AgencyEntry(code, status, (int) rev, Instant.EPOCH, false, true, "DEPARTMENT", rev, false,
                List.of(), List.of(), null);
    }
}
