package de.bwaldvogel.mongo.backend.h2;

import java.util.ArrayList;
import java.util.List;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.MVMap;

/**
 * The memoized unique indexes of one database, so that opening an index that is already open returns it instead of
 * reading the whole index again.
 *
 * <p>mongo-java-server opens an index again on every {@code createIndexes} naming it, and then throws the new one
 * away when the collection already has it. The services create their indexes at every start, so each start read
 * every key of {@code report_events.idempotency_key} (42,711 keys, 0.4–0.6 s on a 350 MB store, more under load)
 * on a Netty worker and under the database's lock, holding up every command of that database and of that worker.
 * The indexes are all opened (and read once) when the store starts, before it accepts connections.
 */
public final class MemoizedH2UniqueIndexes {

    private final List<MemoizedH2UniqueIndex> open = new ArrayList<>(); // guarded by this; a database has a few

    /** The open index on {@code stored}'s map with its options, or a new memoized one; {@code stored} is H2's own. */
    public synchronized MemoizedH2UniqueIndex memoized(Index<Object> stored, boolean sparse) {
        MVMap<KeyValue, Object> map = MemoizedH2UniqueIndex.storedMap((H2UniqueIndex) stored);
        open.removeIf(MemoizedH2UniqueIndex::isClosed); // dropped indexes and collections: their maps are removed
        for (MemoizedH2UniqueIndex index : open) {
            if (index.memoizes(map, stored.getKeys(), sparse)) {
                return index;
            }
        }
        MemoizedH2UniqueIndex index = MemoizedH2UniqueIndex.of(stored, sparse);
        open.add(index);
        return index;
    }
}
