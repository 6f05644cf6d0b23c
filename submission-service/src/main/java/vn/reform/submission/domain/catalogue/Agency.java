package vn.reform.submission.domain.catalogue;

import java.time.LocalDate;

/** An agency that reports, with its validity dates and the agency it was merged into (if any). */
public record Agency(
        String code,
        String name,
        AgencyKind kind,
        String parentCode,
        LocalDate validFrom,
        LocalDate validTo,
        String mergedInto,
        String focalPointEmail,
        String headEmail,
        String headName) {
}
