package vn.reform.localstack;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.h2.MemoizedH2UniqueIndex;
import de.bwaldvogel.mongo.backend.h2.MemoizedH2UniqueIndexes;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * A database of the file-backed store whose unique indexes answer from memory ({@link MemoizedH2UniqueIndex}), each
 * read once however often it is opened again ({@link MemoizedH2UniqueIndexes}), and whose non-unique indexes, which
 * mongo-java-server's H2 backend does not build, cost nothing to open ({@link UnbuiltSecondaryIndex}), and whose
 * documents are stored as BSON and index keys tagged ({@link IndexKeyType}) in a store created since those formats
 * ({@link StoredDocumentFormat}, {@link StoredIndexKeyFormat}), and whose collections do not keep their data size
 * ({@link UnsizedH2Collection}).
 */
final class MemoizingH2Database extends H2Database {

    /** mongo-java-server's H2 backend names a collection's metadata map {@code meta.<db>.<collection>}. */
    static final String META_MAP_PREFIX = "meta.";

    private MemoizedH2UniqueIndexes indexes;
    private final MVStore store;
    private final CursorRegistry cursors;
    private final StoredDocumentFormat format;
    private final StoredIndexKeyFormat indexKeyFormat;

    MemoizingH2Database(String name, MVStore store, CursorRegistry cursors) {
        super(name, store, cursors); // its call of initializeNamespacesAndIndexes() waits for the fields: see below
        this.store = store;
        this.cursors = cursors;
        this.format = StoredDocumentFormat.of(store);
        this.indexKeyFormat = StoredIndexKeyFormat.of(store);
        super.initializeNamespacesAndIndexes();
    }

    /**
     * H2Database's constructor opens the stored collections before this class's fields are set, and would open their
     * document maps without knowing the store's format: that first call does nothing, and the constructor above
     * makes it once the format is known.
     */
    @Override
    protected void initializeNamespacesAndIndexes() {
        if (format != null) {
            super.initializeNamespacesAndIndexes();
        }
    }

    /**
     * Opens the collection's maps as mongo-java-server's H2 backend names them (documents in the store's format),
     * for a collection that does not keep its data size.
     */
    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collection, CollectionOptions options) {
        String namespace = getFullCollectionNamespace(collection);
        format.openDataMap(store, StoredDocumentFormat.DATA_MAP_PREFIX + namespace);
        MVMap<Object, Document> documents = store.openMap(StoredDocumentFormat.DATA_MAP_PREFIX + namespace);
        MVMap<String, Object> meta = store.openMap(META_MAP_PREFIX + namespace);
        return new UnsizedH2Collection(this, collection, options, documents, meta, cursors);
    }

    /** Opens the index's map with the store's key format first; mongo-java-server then finds it open. */
    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collection, String index, List<IndexKey> keys,
                                                    boolean sparse) {
        indexKeyFormat.openIndexMap(store, StoredIndexKeyFormat.indexMapName(getFullCollectionNamespace(collection), index));
        Index<Object> stored = super.openOrCreateUniqueIndex(collection, index, keys, sparse);
        return PointLookupIndex.wrap(indexes().memoized(stored, sparse), sparse);
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collection, String index, List<IndexKey> keys,
                                                       boolean sparse) {
        return new UnbuiltSecondaryIndex<>(index, keys);
    }

    private synchronized MemoizedH2UniqueIndexes indexes() {
        if (indexes == null) {
            indexes = new MemoizedH2UniqueIndexes();
        }
        return indexes;
    }
}
