package vn.reform.aggregation.api.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import vn.reform.aggregation.domain.Choice;
import vn.reform.aggregation.domain.FixedPoint;
import vn.reform.aggregation.domain.Indicator;
import vn.reform.aggregation.domain.IndicatorValues;
import vn.reform.aggregation.domain.Template;

/** The figure columns of a template, by rollup rule (a ratio takes three columns, a breakdown one per part). */
final class TableColumns {

    private TableColumns() {
    }

    static List<TableColumn> of(Template template) {
        List<TableColumn> columns = new ArrayList<>();
        for (Indicator i : template.figures()) {
            String name = i.nameVi();
            switch (i.rule()) {
                case SUM -> {
                    columns.add(new TableColumn(i.code(), withUnit(name, i.unit()),
                            v -> IndicatorValues.amount(v), f -> f.value()));
                    for (Choice part : i.parts()) {
                        columns.add(new TableColumn(i.code(), name + " – " + part.nameVi(),
                                v -> v == null ? null : IndicatorValues.number(v.path("parts").path(part.code())),
                                f -> f.parts() == null ? null : f.parts().get(part.code())));
                    }
                }
                case RATIO -> {
                    columns.add(new TableColumn(i.code(), name + " – tử số",
                            v -> v == null ? null : IndicatorValues.number(v.path("numerator")), f -> f.numerator()));
                    columns.add(new TableColumn(i.code(), name + " – mẫu số",
                            v -> v == null ? null : IndicatorValues.number(v.path("denominator")),
                            f -> f.denominator()));
                    columns.add(new TableColumn(i.code(), name + " – tỷ lệ (%)", TableColumns::percent,
                            f -> f.percent()));
                }
                case WEIGHTED_MEAN -> columns.add(new TableColumn(i.code(), withUnit(name, "%"),
                        v -> IndicatorValues.amount(v), f -> f.value()));
                case COUNT_TRUE -> columns.add(new TableColumn(i.code(), name + " (số cơ quan có)",
                        v -> v != null && v.isBoolean() ? (v.booleanValue() ? "Có" : "Không") : null, f -> f.value()));
                case DISTRIBUTION -> columns.add(new TableColumn(i.code(), name,
                        v -> v != null && v.isString() ? i.optionName(v.stringValue()) : null,
                        f -> distribution(i, f.value())));
                case COUNT_ITEMS -> columns.add(new TableColumn(i.code(), withUnit(name, "số " + unitOr(i, "mục")),
                        v -> v != null && v.isArray() ? (Object) (long) v.size() : null, f -> f.value()));
                case NONE -> {
                }
            }
        }
        return columns;
    }

    private static String withUnit(String name, String unit) {
        return unit == null || unit.isBlank() ? name : name + " (" + unit + ")";
    }

    private static String unitOr(Indicator i, String fallback) {
        return i.unit() == null || i.unit().isBlank() ? fallback : i.unit();
    }

    private static Object percent(JsonNode v) {
        if (v == null) {
            return null;
        }
        BigDecimal num = IndicatorValues.number(v.path("numerator"));
        BigDecimal den = IndicatorValues.number(v.path("denominator"));
        if (num == null || den == null || den.signum() == 0) {
            return null;
        }
        return FixedPoint.normalise(num.multiply(BigDecimal.valueOf(100)).divide(den, 2, RoundingMode.HALF_UP));
    }

    static String distribution(Indicator indicator, Object value) {
        if (!(value instanceof Map<?, ?> counts)) {
            return null;
        }
        return counts.entrySet().stream()
                .map(e -> indicator.optionName(String.valueOf(e.getKey())) + ": " + e.getValue())
                .collect(Collectors.joining("; "));
    }
}
