package vn.reform.localstack;

import java.util.List;

import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.IndexKey;

/**
 * A non-unique index of the file-backed store: mongo-java-server's H2 backend does not build these (its
 * {@link EmptyIndex} holds nothing and serves no query), but reports itself empty, and a collection given an empty
 * index feeds it every document it holds, twice (a check pass and an add pass, both doing nothing here). For
 * aggregation-service's three indexes on {@code contributions} that meant six full scans of the collection at every
 * store start (23,440 documents: 7–26 s of a 350 MB store's start). Reporting it as not empty skips them; nothing
 * else asks an index whether it is empty.
 */
final class UnbuiltSecondaryIndex<P> extends EmptyIndex<P> {

    UnbuiltSecondaryIndex(String name, List<IndexKey> keys) {
        super(name, keys);
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
