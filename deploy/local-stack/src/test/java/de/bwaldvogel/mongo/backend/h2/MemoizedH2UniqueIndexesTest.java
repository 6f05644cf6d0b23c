package de.bwaldvogel.mongo.backend.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Opening an index that is already open (what mongo-java-server does on every createIndexes naming it) returns the
 * open one instead of reading every key again; an index whose map was removed (dropped) is read again.
 */
class MemoizedH2UniqueIndexesTest {

    private static final List<IndexKey> KEYS = List.of(new IndexKey("idempotencyKey", true));

    private final MVStore store = MVStore.open(null);
    private final MemoizedH2UniqueIndexes indexes = new MemoizedH2UniqueIndexes();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anIndexOpenedAgainIsTheOpenOneWithTheKeysWrittenSince() {
        MemoizedH2UniqueIndex first = indexes.memoized(stored("events._index_idempotency_key", false), false);
        first.putKeyPosition(new KeyValue(List.of("k1")), "Q4|SNGV|1");

        MemoizedH2UniqueIndex again = indexes.memoized(stored("events._index_idempotency_key", false), false);

        assertThat(again).isSameAs(first);
        assertThat(again.getPosition(new KeyValue(List.of("k1")))).isEqualTo("Q4|SNGV|1");
    }

    @Test
    void anIndexWhoseMapWasRemovedIsReadAgainFromItsNewMap() {
        MemoizedH2UniqueIndex first = indexes.memoized(stored("events._index_idempotency_key", false), false);
        first.putKeyPosition(new KeyValue(List.of("k1")), "Q4|SNGV|1");
        store.removeMap(store.openMap("events._index_idempotency_key"));

        MemoizedH2UniqueIndex recreated = indexes.memoized(stored("events._index_idempotency_key", false), false);

        assertThat(recreated).isNotSameAs(first);
        assertThat(recreated.getPosition(new KeyValue(List.of("k1")))).isNull();
    }

    @Test
    void anotherMapOrOtherOptionsGiveAnotherIndex() {
        MemoizedH2UniqueIndex events = indexes.memoized(stored("events._index_idempotency_key", false), false);

        assertThat(indexes.memoized(stored("drafts._index_idempotency_key", false), false)).isNotSameAs(events);
        assertThat(indexes.memoized(stored("events._index_idempotency_key", true), true)).isNotSameAs(events);
    }

    private H2UniqueIndex stored(String mapName, boolean sparse) {
        MVMap<KeyValue, Object> map = store.openMap(mapName);
        return new H2UniqueIndex(map, "idempotency_key", KEYS, sparse);
    }
}
