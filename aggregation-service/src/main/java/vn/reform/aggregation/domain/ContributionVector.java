package vn.reform.aggregation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

/**
 * What one agency's report adds to its round's running totals, as flat counters (keys like {@code TIN_BAI:sum},
 * {@code KIEM_TRA:parts:NOI_BO}, {@code MUC_DVC_TRUC_TUYEN:dist:MOT_PHAN}). Replacing a report applies
 * {@code new - old} to the totals, so the province figures always equal the sum of the latest contributions.
 *
 * <p>Percentages rolled up as WEIGHTED_MEAN need their weight (the {@code weightBy} indicator) from the same
 * report; an agency without it is left out of that weighted mean and counted in {@code :nw} (shown as coverage).
 */
public record ContributionVector(Map<String, Long> counters, List<String> missingWeights) {

    public static final String AGENCIES = "_n";
    public static final char SEP = ':';

    public ContributionVector {
        counters = Map.copyOf(counters);
        missingWeights = List.copyOf(missingWeights);
    }

    public static ContributionVector empty() {
        return new ContributionVector(Map.of(), List.of());
    }

    public static String key(String... parts) {
        return String.join(String.valueOf(SEP), parts);
    }

    public static ContributionVector of(Template template, JsonNode values) {
        Map<String, Long> counters = new TreeMap<>();
        List<String> missingWeights = new ArrayList<>();
        counters.put(AGENCIES, 1L);
        for (Indicator indicator : template.figures()) {
            JsonNode value = values.get(indicator.code());
            if (IndicatorValues.present(value)) {
                add(counters, missingWeights, indicator, value, values);
            }
        }
        return new ContributionVector(counters, missingWeights);
    }

    private static void add(Map<String, Long> c, List<String> missingWeights, Indicator indicator, JsonNode value,
                            JsonNode all) {
        String code = indicator.code();
        switch (indicator.rule()) {
            case SUM -> {
                BigDecimal total = IndicatorValues.amount(value);
                if (total == null) {
                    return;
                }
                c.put(key(code, "sum"), FixedPoint.scale(total));
                for (Choice part : indicator.parts()) {
                    BigDecimal partValue = IndicatorValues.number(value.path("parts").path(part.code()));
                    if (partValue != null) {
                        c.put(key(code, "parts", part.code()), FixedPoint.scale(partValue));
                    }
                }
            }
            case RATIO -> {
                BigDecimal num = IndicatorValues.number(value.path("numerator"));
                BigDecimal den = IndicatorValues.number(value.path("denominator"));
                if (num == null || den == null) {
                    return;
                }
                c.put(key(code, "num"), FixedPoint.scale(num));
                c.put(key(code, "den"), FixedPoint.scale(den));
            }
            case WEIGHTED_MEAN -> {
                BigDecimal percent = IndicatorValues.amount(value);
                if (percent == null) {
                    return;
                }
                BigDecimal weight = indicator.weightBy() == null ? null
                        : IndicatorValues.amount(all.get(indicator.weightBy()));
                if (weight == null) {
                    c.put(key(code, "nw"), 1L);
                    missingWeights.add(code);
                } else {
                    c.put(key(code, "wsum"), FixedPoint.scale(percent.multiply(weight)));
                    c.put(key(code, "w"), FixedPoint.scale(weight));
                    c.put(key(code, "wn"), 1L);
                }
            }
            case COUNT_TRUE -> {
                if (!value.isBoolean()) {
                    return;
                }
                c.put(key(code, "yes"), value.booleanValue() ? 1L : 0L);
            }
            case DISTRIBUTION -> {
                if (!value.isString()) {
                    return;
                }
                c.put(key(code, "dist", value.stringValue()), 1L);
            }
            case COUNT_ITEMS -> {
                if (!value.isArray()) {
                    return;
                }
                c.put(key(code, "items"), (long) value.size());
            }
            case NONE -> {
                return;
            }
        }
        c.put(key(code, "n"), 1L);
    }

    /** Counters to add to go from {@code previous} to this vector (zero differences left out). */
    public Map<String, Long> minus(ContributionVector previous) {
        Map<String, Long> delta = new TreeMap<>(counters);
        previous.counters.forEach((k, v) -> delta.merge(k, -v, Long::sum));
        delta.values().removeIf(v -> v == 0L);
        return delta;
    }
}
