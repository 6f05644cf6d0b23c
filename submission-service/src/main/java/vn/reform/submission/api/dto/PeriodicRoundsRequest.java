package vn.reform.submission.api.dto;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.reform.submission.domain.catalogue.PeriodKind;
import vn.reform.submission.domain.validation.FieldProblem;
import vn.reform.submission.domain.validation.InvalidRequestException;

/** Home Affairs opens the periodic rounds of a year: which template, which period kinds, which agencies. */
public record PeriodicRoundsRequest(Integer year, String templateCode, List<String> periodKinds, List<String> expectedAgencies) {

    public int checkedYear() {
        if (year == null || year < 2000 || year > 2100) {
            throw new InvalidRequestException(FieldProblem.of("year", "value.invalidParameter", "year"));
        }
        return year;
    }

    public Set<PeriodKind> kinds() {
        RequestFields fields = new RequestFields();
        Set<PeriodKind> kinds = EnumSet.noneOf(PeriodKind.class);
        List<String> names = periodKinds == null ? List.of() : periodKinds;
        for (int i = 0; i < names.size(); i++) {
            PeriodKind kind = fields.enumValue("periodKinds[" + i + "]", names.get(i), PeriodKind.class);
            if (kind != null) {
                kinds.add(kind);
            }
        }
        fields.throwIfInvalid();
        return kinds;
    }
}
