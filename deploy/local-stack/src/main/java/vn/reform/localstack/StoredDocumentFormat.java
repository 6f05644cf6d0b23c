package vn.reform.localstack;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.bson.Document;

/**
 * Which encoding a store file's documents are in. A store created since documents are written as BSON
 * ({@link BsonDocumentType}) carries a marker saying so; a file without the marker that already holds collections
 * was written with H2's Java serialisation and is read and written that way for good (an MVStore does not record a
 * map's value type, so both encodings cannot be told apart from the data).
 */
enum StoredDocumentFormat {
    BSON, JAVA_SERIALISATION;

    static final String MARKER_MAP = "reform.storage";
    static final String MARKER_KEY = "documents";
    /** mongo-java-server's H2 backend names a collection's document map {@code databases.<db>.<collection>}. */
    static final String DATA_MAP_PREFIX = "databases.";

    /** The format of this store, marking a store that holds no collection yet as BSON. */
    static StoredDocumentFormat of(MVStore store) {
        if (store.hasMap(MARKER_MAP)) {
            MVMap<String, String> marker = store.openMap(MARKER_MAP);
            return valueOf(marker.get(MARKER_KEY));
        }
        boolean holdsCollections = store.getMapNames().stream().anyMatch(name -> name.startsWith(DATA_MAP_PREFIX));
        if (holdsCollections) {
            return JAVA_SERIALISATION;
        }
        MVMap<String, String> marker = store.openMap(MARKER_MAP);
        marker.put(MARKER_KEY, BSON.name());
        store.commit();
        return BSON;
    }

    /** Opens one document map in this format; an open map is then found by name with the same value type. */
    void openDataMap(MVStore store, String mapName) {
        if (this == BSON) {
            store.openMap(mapName, new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
        }
    }
}
