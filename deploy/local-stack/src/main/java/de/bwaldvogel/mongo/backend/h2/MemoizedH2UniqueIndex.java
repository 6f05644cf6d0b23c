package de.bwaldvogel.mongo.backend.h2;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.MVMap;

/**
 * mongo-java-server's file-backed unique index, answering lookups by key from memory once a key has been looked up.
 *
 * <p>The H2 index stores its keys with Java serialisation, and its B-tree compares two keys by serialising both:
 * every lookup by {@code _id} serialised some fifteen keys, while holding the collection's lock, which made each
 * query and update of the local stack wait tens of milliseconds under load. The map kept here mirrors the stored
 * one exactly: it is filled from it on a lookup, and every change of the stored map (put, remove, drop) passes
 * through this class and forgets the key, under the index's own lock.
 *
 * <p>Lives in mongo-java-server's package because the constructor and the storage methods it overrides are
 * package-private or protected there.
 */
public final class MemoizedH2UniqueIndex extends H2UniqueIndex {

    /** Read and changed only under the index's lock (its own methods and AbstractUniqueIndex's are synchronized). */
    private final Map<KeyValue, Object> known = new HashMap<>();

    private MemoizedH2UniqueIndex(MVMap<KeyValue, Object> stored, String name, List<IndexKey> keys, boolean sparse) {
        super(stored, name, keys, sparse);
    }

    /** The same index (same stored map, name and keys), memoized; {@code stored} must be the H2 backend's own. */
    public static MemoizedH2UniqueIndex of(Index<Object> stored, boolean sparse) {
        return new MemoizedH2UniqueIndex(storedMap((H2UniqueIndex) stored), stored.getName(), stored.getKeys(), sparse);
    }

    @SuppressWarnings("unchecked")
    private static MVMap<KeyValue, Object> storedMap(H2UniqueIndex index) {
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
        Object position = known.get(key);
        if (position == null) {
            position = super.getPosition(key);
            if (position != null) {
                known.put(key, position);
            }
        }
        return position;
    }

    @Override
    protected synchronized boolean putKeyPosition(KeyValue key, Object position) {
        known.remove(key);
        return super.putKeyPosition(key, position);
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
