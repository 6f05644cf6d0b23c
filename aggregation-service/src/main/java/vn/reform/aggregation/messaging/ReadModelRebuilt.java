package vn.reform.aggregation.messaging;

/** Published when the read model was dropped (and again when the replay finished): caches must forget it. */
public record ReadModelRebuilt(boolean finished) {
}
