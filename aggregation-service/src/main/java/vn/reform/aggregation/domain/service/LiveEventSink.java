package vn.reform.aggregation.domain.service;

import java.time.Instant;

import org.springframework.stereotype.Component;

import vn.reform.aggregation.domain.AgencyInfo;
import vn.reform.aggregation.domain.ReportEvent;
import vn.reform.aggregation.domain.RoundInfo;
import vn.reform.aggregation.domain.Template;

/** The live path: each event's effect stored before the consumer acknowledges it. */
@Component
public class LiveEventSink implements EventSink {

    private final CatalogueEventHandler catalogue;
    private final ReportEventHandler reports;

    public LiveEventSink(CatalogueEventHandler catalogue, ReportEventHandler reports) {
        this.catalogue = catalogue;
        this.reports = reports;
    }

    @Override
    public void agencyChanged(AgencyInfo agency, Instant occurredAt) {
        catalogue.agencyChanged(agency, occurredAt);
    }

    @Override
    public void templatePublished(Template template) {
        catalogue.templatePublished(template);
    }

    @Override
    public void roundChanged(RoundInfo round, Instant occurredAt) {
        catalogue.roundChanged(round, occurredAt);
    }

    @Override
    public void report(ReportEvent event) {
        reports.handle(event);
    }
}
