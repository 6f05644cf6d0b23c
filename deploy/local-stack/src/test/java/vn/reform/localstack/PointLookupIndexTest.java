package vn.reform.localstack;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries that pin a unique field and add conditions are looked up by the index and still answer exactly what the
 * whole query says, on both backends of the local store.
 */
class PointLookupIndexTest {

    @TempDir
    Path dataDir;

    @Test
    void theIndexServesPinnedQueriesAndNothingElse() {
        de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex unique = new de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex(
                "_id_", List.of(new de.bwaldvogel.mongo.backend.IndexKey("_id", true)), false);
        var index = (PointLookupIndex<Integer>) PointLookupIndex.wrap(unique, false);
        var a = new de.bwaldvogel.mongo.bson.Document("_id", "a").append("rev", 1);
        index.add(a, 7, null);

        var pinned = new de.bwaldvogel.mongo.bson.Document("_id", "a").append("rev", 1);
        var inAnd = new de.bwaldvogel.mongo.bson.Document("$and", List.of(new de.bwaldvogel.mongo.bson.Document("_id", "a"),
                new de.bwaldvogel.mongo.bson.Document("rev", 2)));
        assertThat(index.canHandle(pinned)).isTrue();
        assertThat(index.canHandle(inAnd)).isTrue();
        assertThat(index.getPositions(pinned)).containsExactly(7);
        assertThat(index.getPositions(inAnd)).containsExactly(7);
        assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("rev", 1))).isFalse();
        assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("_id",
                new de.bwaldvogel.mongo.bson.Document("$gt", "a")).append("rev", 1))).isFalse();
    }

    @Test
    void conditionalUpdatesAndFindsAnswerAsTheWholeQuerySaysInMemory() {
        try (MongoStore store = MongoStore.inMemory(0)) {
            checkAnswers(() -> store);
        }
    }

    @Test
    void conditionalUpdatesAndFindsAnswerAsTheWholeQuerySaysOnFile() {
        try (MongoStore store = MongoStore.fileBacked(dataDir, SharedTestInfrastructure.freePort())) {
            checkAnswers(() -> store);
        }
    }

    private static void checkAnswers(Supplier<MongoStore> store) {
        try (var client = MongoClients.create(store.get().connectionString())) {
            MongoCollection<Document> docs = client.getDatabase("check").getCollection("docs");
            docs.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
            List<Document> many = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                many.add(new Document("_id", "d" + i).append("key", "k" + i).append("rev", 1).append("shard", i % 4));
            }
            docs.insertMany(many);

            assertThat(docs.updateOne(and(eq("_id", "d5"), eq("rev", 1)), Updates.inc("rev", 1)).getMatchedCount()).isEqualTo(1);
            assertThat(docs.updateOne(and(eq("_id", "d5"), eq("rev", 1)), Updates.inc("rev", 1)).getMatchedCount()).isZero();
            assertThat(docs.updateOne(new Document("_id", "d5").append("rev", 2), Updates.set("seen", true)).getMatchedCount()).isEqualTo(1);
            assertThat(docs.find(and(eq("_id", "d5"), exists("seen"))).first().getInteger("rev")).isEqualTo(2);
            assertThat(docs.find(and(eq("_id", "d6"), exists("seen"))).first()).isNull();
            assertThat(docs.find(and(eq("_id", "missing"), eq("rev", 1))).first()).isNull();
            assertThat(docs.find(and(eq("key", "k7"), eq("shard", 3))).first().getString("_id")).isEqualTo("d7");
            assertThat(docs.find(and(eq("key", "k7"), eq("shard", 2))).first()).isNull();
            assertThat(docs.countDocuments(and(in("_id", "d1", "d2", "d3"), eq("shard", 2)))).isEqualTo(1);
            assertThat(docs.countDocuments(eq("rev", 1))).isEqualTo(199);
        }
    }
}
