package vn.reform.localstack;

import java.util.List;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.h2.MemoizedH2UniqueIndex;
import de.bwaldvogel.mongo.backend.h2.MemoizedH2UniqueIndexes;
import org.h2.mvstore.MVStore;

/**
 * A database of the file-backed store whose unique indexes answer from memory ({@link MemoizedH2UniqueIndex}), each
 * read once however often it is opened again ({@link MemoizedH2UniqueIndexes}), and whose non-unique indexes, which
 * mongo-java-server's H2 backend does not build, cost nothing to open ({@link UnbuiltSecondaryIndex}).
 */
final class MemoizingH2Database extends H2Database {

    // no initialiser: super() opens the stored indexes before initialisers run, and one would then replace the
    // registry those were put in
    private MemoizedH2UniqueIndexes indexes;

    MemoizingH2Database(String name, MVStore store, CursorRegistry cursors) {
        super(name, store, cursors);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collection, String index, List<IndexKey> keys,
                                                    boolean sparse) {
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
