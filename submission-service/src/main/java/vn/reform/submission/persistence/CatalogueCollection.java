package vn.reform.submission.persistence;

/** The catalogue collections; each document holds one entity's full state and its outbox state. */
public enum CatalogueCollection {
    AGENCIES("agencies"),
    TEMPLATES("templates"),
    ROUNDS("rounds");

    private final String collectionName;

    CatalogueCollection(String collectionName) {
        this.collectionName = collectionName;
    }

    public String collectionName() {
        return collectionName;
    }
}
