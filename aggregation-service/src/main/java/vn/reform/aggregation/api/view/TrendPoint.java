package vn.reform.aggregation.api.view;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.reform.aggregation.domain.IndicatorFigure;

/** One round in a trend: the round's window and the indicator's figure then. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrendPoint(String round, String title, LocalDate dataFrom, LocalDate dataTo, Object value,
                         IndicatorFigure figure) {
}
