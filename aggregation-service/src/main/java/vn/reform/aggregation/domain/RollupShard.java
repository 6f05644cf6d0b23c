package vn.reform.aggregation.domain;

/**
 * One shard of a round rollup: the agencies whose code hashes to {@code shard}, and their partial totals. A round's
 * rollup is the sum of its shards; spreading the agencies keeps every document small, so that an update stays
 * cheap however many agencies a round expects.
 */
public record RollupShard(int shard, RoundRollup part) {

    public static int of(String agency, int shards) {
        return Math.floorMod(agency.hashCode(), shards);
    }
}
