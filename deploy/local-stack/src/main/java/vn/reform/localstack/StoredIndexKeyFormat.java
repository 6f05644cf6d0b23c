package vn.reform.localstack;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.backend.KeyValue;

/**
 * How a store file's unique indexes keep their keys. A store created since {@link IndexKeyType} carries a marker
 * saying so ({@link #TAGGED}); a file without the marker that already holds an index keeps H2's Java serialisation
 * for good, as its documents keep theirs ({@link StoredDocumentFormat}: an MVStore does not record a map's key type).
 */
enum StoredIndexKeyFormat {
    TAGGED, JAVA_SERIALISATION;

    static final String MARKER_KEY = "indexKeys";
    /** mongo-java-server's H2 backend names an index's map {@code <db>.<collection>._index_<index>}. */
    static final String INDEX_MAP_INFIX = "._index_";

    /**
     * The format of this store, marking a store that holds no index yet as {@link #TAGGED}. Asked after
     * {@link StoredDocumentFormat#of}, which gives a new store its marker: a file without one was written by
     * mongo-java-server's own backend, and is not given one here either.
     */
    static StoredIndexKeyFormat of(MVStore store) {
        if (!store.hasMap(StoredDocumentFormat.MARKER_MAP)) {
            return JAVA_SERIALISATION;
        }
        MVMap<String, String> marker = store.openMap(StoredDocumentFormat.MARKER_MAP);
        String recorded = marker.get(MARKER_KEY);
        if (recorded != null) {
            return valueOf(recorded);
        }
        if (store.getMapNames().stream().anyMatch(name -> name.contains(INDEX_MAP_INFIX))) {
            return JAVA_SERIALISATION;
        }
        marker.put(MARKER_KEY, TAGGED.name());
        store.commit();
        return TAGGED;
    }

    static String indexMapName(String collectionNamespace, String index) {
        return collectionNamespace + INDEX_MAP_INFIX + index;
    }

    /** Opens one index map in this format; an open map is then found by name with the same key type. */
    void openIndexMap(MVStore store, String mapName) {
        if (this == TAGGED) {
            store.openMap(mapName, new MVMap.Builder<KeyValue, Object>().keyType(IndexKeyType.INSTANCE));
        }
    }
}
