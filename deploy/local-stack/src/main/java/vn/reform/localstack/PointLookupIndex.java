package vn.reform.localstack;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.KeyConstraintError;

/**
 * A single-field unique index of mongo-java-server that also serves queries which pin its field to one value and
 * add other conditions: {@code {_id: "x", "agencies.A.rev": 3}} or {@code {$and: [{_id: "x"}, {docVersion: 7}]}}.
 * mongo-java-server uses an index only when the query holds nothing but the indexed field, so every conditional
 * update (the optimistic concurrency all services rely on) scanned and deserialised the whole collection; MongoDB
 * itself looks such a query up by {@code _id}. The index finds the candidate document and the server still matches
 * it against the whole query, so the answers are unchanged.
 */
final class PointLookupIndex<P> extends Index<P> {

    private final Index<P> index;
    private final String field;

    private PointLookupIndex(Index<P> index) {
        super(index.getName(), index.getKeys(), false);
        this.index = index;
        this.field = index.getKeys().get(0).getKey();
    }

    /** Wraps a unique index on one field; any other index is returned as it is. */
    static <P> Index<P> wrap(Index<P> index, boolean sparse) {
        return index.isUnique() && !sparse && index.getKeys().size() == 1 ? new PointLookupIndex<>(index) : index;
    }

    /** The single value the query pins the field to, at its top level or in one clause of a top-level $and. */
    Object pinnedValue(Document query) {
        Object value = plain(query.get(field));
        if (value != null) {
            return value;
        }
        if (query.get("$and") instanceof List<?> clauses) {
            for (Object clause : clauses) {
                if (clause instanceof Document c && (value = plain(c.get(field))) != null) {
                    return value;
                }
            }
        }
        return null;
    }

    private static Object plain(Object value) {
        return value == null || value instanceof Document || value instanceof List<?> ? null : value;
    }

    @Override
    public boolean canHandle(Document query) {
        return index.canHandle(query) || pinnedValue(query) != null;
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        return index.canHandle(query) ? index.getPositions(query)
                : index.getPositions(new Document(field, pinnedValue(query)));
    }

    @Override
    public P getPosition(Document document) {
        return index.getPosition(document);
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        index.checkAdd(document, collection);
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        index.add(document, position, collection);
    }

    @Override
    public P remove(Document document) {
        return index.remove(document);
    }

    @Override
    public long getCount() {
        return index.getCount();
    }

    @Override
    public boolean isEmpty() {
        return index.isEmpty();
    }

    @Override
    public long getDataSize() {
        return index.getDataSize();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        index.checkUpdate(oldDocument, newDocument, collection);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection)
            throws KeyConstraintError {
        index.updateInPlace(oldDocument, newDocument, position, collection);
    }

    @Override
    public void drop() {
        index.drop();
    }

    @Override
    public boolean isUnique() {
        return index.isUnique();
    }

    @Override
    public Document toIndexDescription() {
        return index.toIndexDescription();
    }

    @Override
    public String toString() {
        return index.toString();
    }
}
