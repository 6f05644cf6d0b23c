package de.bwaldvogel.mongo.backend.h2;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import org.h2.mvstore.MVMap;

/**
 * mongo-java-server's file-backed unique index, answering every lookup by key from memory.
 *
 * <p>The H2 index stores its keys with Java serialisation, and its B-tree compares two keys by serialising both:
 * every lookup by {@code _id} serialised some fifteen keys, while holding the collection's lock, which made each
 * query and update of the local stack wait tens of milliseconds under load. The map kept here is a complete copy
 * of the stored one: read from it once when the index is opened, then changed with it by every put, remove and
 * drop (all of which pass through this class, under the index's own lock). A key it does not hold is therefore not
 * stored either, so the check of every insert ("is this key taken?") and the lookup of an absent key are answered
 * without touching the B-tree.
 *
 * <p>Lives in mongo-java-server's package because the constructor and the storage methods it overrides are
 * package-private or protected there.
 */
public final class MemoizedH2UniqueIndex extends H2UniqueIndex {

    /** Read and changed only under the index's lock (its own methods and AbstractUniqueIndex's are synchronized). */
    private final Map<KeyValue, Object> known = new HashMap<>();
    private final MVMap<KeyValue, Object> stored;

    private MemoizedH2UniqueIndex(MVMap<KeyValue, Object> stored, String name, List<IndexKey> keys, boolean sparse) {
        super(stored, name, keys, sparse);
        this.stored = stored;
        for (Map.Entry<KeyValue, Object> entry : stored.entrySet()) {
            known.put(entry.getKey(), entry.getValue());
        }
    }

    /**
     * The same index (same stored map, name and keys), memoized; {@code stored} must be the H2 backend's own. This
     * reads every key of the index: the database opens its indexes through {@link MemoizedH2UniqueIndexes}.
     */
    static MemoizedH2UniqueIndex of(Index<Object> stored, boolean sparse) {
        return new MemoizedH2UniqueIndex(storedMap((H2UniqueIndex) stored), stored.getName(), stored.getKeys(), sparse);
    }

    /** Whether this index memoizes {@code map} with these options (so may stand for an index opened on it again). */
    boolean memoizes(MVMap<KeyValue, Object> map, List<IndexKey> keys, boolean sparse) {
        return stored == map && !map.isClosed() && describe(getKeys()).equals(describe(keys)) && isSparse() == sparse;
    }

    private static List<String> describe(List<IndexKey> keys) { // IndexKey has no equals
        return keys.stream().map(k -> k.getKey() + (k.isAscending() ? " ASC" : " DESC")).toList();
    }

    boolean isClosed() {
        return stored.isClosed();
    }

    @SuppressWarnings("unchecked")
    static MVMap<KeyValue, Object> storedMap(H2UniqueIndex index) {
        try {
            Field field = H2UniqueIndex.class.getDeclaredField("mvMap");
            field.setAccessible(true);
            return (MVMap<KeyValue, Object>) field.get(index);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("mongo-java-server's H2UniqueIndex no longer keeps its map in 'mvMap'", e);
        }
    }

    @Override
    protected synchronized Object getPosition(KeyValue key) {
        return known.get(key);
    }

    @Override
    protected synchronized boolean putKeyPosition(KeyValue key, Object position) {
        boolean added = super.putKeyPosition(key, position);
        if (added) {
            known.put(key, Missing.ofNullable(position)); // what the stored map now holds (putIfAbsent)
        }
        return added;
    }

    @Override
    protected synchronized Object removeDocument(KeyValue key) {
        known.remove(key);
        return super.removeDocument(key);
    }

    @Override
    public synchronized void drop() {
        known.clear();
        super.drop();
    }
}
