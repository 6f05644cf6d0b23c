package vn.reform.submission.domain.period;

import java.time.Instant;
import java.time.LocalDate;

import vn.reform.submission.domain.catalogue.PeriodKind;

/** One Decree 09/2019 data window with the agencies' deadline, e.g. {@code 2026-Q1}. */
public record PeriodWindow(String code, PeriodKind kind, LocalDate dataFrom, LocalDate dataTo, Instant dueAt) {
}
