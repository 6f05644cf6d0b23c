package vn.reform.aggregation.domain.service;

import java.time.Instant;

import vn.reform.aggregation.domain.AgencyInfo;
import vn.reform.aggregation.domain.ReportEvent;
import vn.reform.aggregation.domain.RoundInfo;
import vn.reform.aggregation.domain.Template;

/** Where parsed events go: the live handlers, or the in-memory fold of a rebuild. */
public interface EventSink {

    void agencyChanged(AgencyInfo agency, Instant occurredAt);

    void templatePublished(Template template);

    void roundChanged(RoundInfo round, Instant occurredAt);

    void report(ReportEvent event);
}
