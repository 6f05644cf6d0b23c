package vn.reform.aggregation.messaging;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/** GET /api/aggregation/rebuild: whether a rebuild runs, and how the last one went. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RebuildStatus(boolean running, Instant startedAt, Instant finishedAt, RebuildResult last,
                            String error) {

    public static final RebuildStatus IDLE = new RebuildStatus(false, null, null, null, null);
}
