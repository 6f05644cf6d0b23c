package vn.reform.aggregation.api.view;

import java.util.Map;

import vn.reform.aggregation.domain.IndicatorFigure;

/** The figures of one kind of agency (DEPARTMENT, COMMUNE, ...): how many agencies, and their rollup. */
public record KindRollup(long agencies, Map<String, IndicatorFigure> indicators) {
}
