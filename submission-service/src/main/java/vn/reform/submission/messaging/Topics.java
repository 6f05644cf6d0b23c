package vn.reform.submission.messaging;

/** The topics this service produces (contracts §1). */
public final class Topics {

    public static final String AGENCIES = "reform.catalogue.agencies";
    public static final String TEMPLATES = "reform.catalogue.templates";
    public static final String ROUNDS = "reform.catalogue.rounds";
    public static final String REPORTS = "reform.reports";

    private Topics() {
    }
}
