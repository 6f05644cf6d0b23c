package vn.reform.aggregation.api.view;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.reform.aggregation.domain.AgencyEntry;

/** One agency in a rollup: api.md's {code, status, version, submittedAt, late}, plus kind and flags. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AgencyRow(String code, String status, Integer version, Instant submittedAt, boolean late,
                        String kind, String returnReason, boolean awaitingTemplate, List<String> missingWeights) {

    public static AgencyRow of(AgencyEntry e) {
        return new AgencyRow(e.code(), e.status(), e.version(), e.submittedAt(), e.late(), e.kind(),
                e.returnReason(), e.awaitingTemplate(), e.missingWeights());
    }
}
