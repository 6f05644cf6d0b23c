package vn.reform.localstack;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * A collection of the file-backed store that does not keep its data size. mongo-java-server keeps it for
 * {@code collStats} and {@code dbStats}, which nothing here sends, by encoding the whole document before and after
 * every update, and every inserted or removed one: a tenth of the store's CPU at 100 submissions/s (JFR), for the
 * rollup shards and report contributions rewritten at each event. Those two commands report the size last kept.
 */
final class UnsizedH2Collection extends H2Collection {

    UnsizedH2Collection(MongoDatabase database, String collection, CollectionOptions options,
                        MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, collection, options, documents, meta, cursors);
    }

    @Override
    protected boolean tracksDataSize() {
        return false;
    }
}
