package vn.reform.aggregation.persistence;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import vn.reform.aggregation.domain.AgencyEntry;

/**
 * The rollup shards this instance has read, parsed, by shard id, for the rounds read last: a read of a round fetches
 * and parses again only the shards whose revision grew or that were written anew since (another
 * {@code generation}: dropped and rebuilt, here or on another instance). Entries are immutable; a shard at a lower
 * revision never replaces a higher one of the same generation.
 */
final class ParsedShards {

    /** Rounds kept: the ones being read, not every round of the years behind them (memory: every entry is kept). */
    static final int ROUNDS = 16;

    private final Map<String, Map<String, Parsed>> byRound = Collections.synchronizedMap(
            new LinkedHashMap<>(ROUNDS, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Map<String, Parsed>> eldest) {
                    return size() > ROUNDS;
                }
            });

    /** One shard document as parsed: its counters, its agencies' entries, and what identifies its state. */
    record Parsed(String generation, long revision, Instant asOf, String templateKey, Map<String, AgencyEntry> agencies,
                  Map<String, Long> totals, Map<String, Map<String, Long>> byKind) {

        /** Whether the stored shard with this generation and revision needs no fetch when this one is known. */
        boolean covers(String storedGeneration, long storedRevision) {
            return Objects.equals(generation, storedGeneration) && revision >= storedRevision;
        }
    }

    /** The round's parsed shards by id (thread-safe; a caller keeps the map it got even if the round is evicted meanwhile). */
    Map<String, Parsed> of(String round) {
        return byRound.computeIfAbsent(round, r -> new ConcurrentHashMap<>());
    }

    /**
     * Keeps {@code fresh} in {@code shards} (a map {@link #of} gave) unless a parse of the same generation at a
     * higher revision is already kept there.
     */
    static void keep(Map<String, Parsed> shards, String shardId, Parsed fresh) {
        shards.merge(shardId, fresh, (kept, candidate) ->
                kept.covers(candidate.generation(), candidate.revision()) ? kept : candidate);
    }

    void clear() {
        byRound.clear();
    }
}
