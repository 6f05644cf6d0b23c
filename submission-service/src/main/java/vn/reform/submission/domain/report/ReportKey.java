package vn.reform.submission.domain.report;

/** An agency's report in a round: {@code round|agency}, also the Kafka partition key of its events. */
public record ReportKey(String round, String agency) {

    public String value() {
        return round + "|" + agency;
    }

    @Override
    public String toString() {
        return value();
    }
}
