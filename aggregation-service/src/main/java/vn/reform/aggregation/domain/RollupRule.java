package vn.reform.aggregation.domain;

/** How an indicator's agency values combine into the province figure (contracts §3, domain brief). */
public enum RollupRule {
    /** Counts and amounts: summed; parts summed too. */
    SUM,
    /** {numerator, denominator}: both summed, the ratio recomputed from the sums. */
    RATIO,
    /** A percentage weighted by another indicator (weightBy): sum(value × weight) / sum(weight). */
    WEIGHTED_MEAN,
    /** Yes/no: count of yes. */
    COUNT_TRUE,
    /** Enumeration: number of agencies per option. */
    DISTRIBUTION,
    /** Document list: number of documents. */
    COUNT_ITEMS,
    /** Text: not rolled up. */
    NONE;

    public static RollupRule parse(String value) {
        if (value == null) {
            return NONE;
        }
        try {
            return valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return NONE;
        }
    }
}
