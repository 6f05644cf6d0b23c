package vn.reform.submission.api.dto;

import java.util.List;
import java.util.Map;

import vn.reform.submission.domain.catalogue.PeriodKind;
import vn.reform.submission.domain.catalogue.Round;
import vn.reform.submission.domain.catalogue.RoundStatus;

/** A round as Home Affairs opens it (public API); templateVersion and title are optional. */
public record RoundRequest(String code, String templateCode, Integer templateVersion, String title, String periodKind,
                           String dataFrom, String dataTo, String dueAt, List<String> expectedAgencies) {

    public Round toRound() {
        RequestFields fields = new RequestFields();
        Round round = new Round(code, templateCode, templateVersion == null ? 0 : templateVersion, title,
                fields.enumValue("periodKind", periodKind, PeriodKind.class), fields.date("dataFrom", dataFrom),
                fields.date("dataTo", dataTo), fields.instant("dueAt", dueAt), expectedAgencies, RoundStatus.OPEN, Map.of());
        fields.throwIfInvalid();
        return round;
    }
}
