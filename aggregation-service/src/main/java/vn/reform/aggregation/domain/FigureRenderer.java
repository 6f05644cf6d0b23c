package vn.reform.aggregation.domain;

import static vn.reform.aggregation.domain.ContributionVector.key;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns flat counters (a round's totals, one kind's totals or one agency's vector) into indicator figures. */
public final class FigureRenderer {

    private FigureRenderer() {
    }

    public static Map<String, IndicatorFigure> render(Template template, Map<String, Long> counters,
                                                      Map<String, List<String>> missingWeightAgencies) {
        Map<String, IndicatorFigure> figures = new LinkedHashMap<>();
        for (Indicator indicator : template.figures()) {
            List<String> missing = missingWeightAgencies.getOrDefault(indicator.code(), List.of());
            figures.put(indicator.code(), figure(indicator, counters, missing));
        }
        return figures;
    }

    public static IndicatorFigure figure(Indicator indicator, Map<String, Long> c, List<String> missingWeight) {
        String code = indicator.code();
        long reported = c.getOrDefault(key(code, "n"), 0L);
        String rule = indicator.rule().name();
        return switch (indicator.rule()) {
            case SUM -> {
                Map<String, BigDecimal> parts = null;
                if (indicator.hasParts()) {
                    parts = new LinkedHashMap<>();
                    for (Choice part : indicator.parts()) {
                        parts.put(part.code(), amount(c, key(code, "parts", part.code())));
                    }
                }
                yield new IndicatorFigure(rule, amount(c, key(code, "sum")), reported, null, null, null, parts, null);
            }
            case RATIO -> {
                long num = c.getOrDefault(key(code, "num"), 0L);
                long den = c.getOrDefault(key(code, "den"), 0L);
                BigDecimal ratio = FixedPoint.divide(num, den, 6);
                BigDecimal percent = ratio == null ? null
                        : FixedPoint.normalise(FixedPoint.divide(num * 100, den, 2));
                yield new IndicatorFigure(rule, ratio, reported, FixedPoint.unscale(num), FixedPoint.unscale(den),
                        percent, null, null);
            }
            case WEIGHTED_MEAN -> {
                long wsum = c.getOrDefault(key(code, "wsum"), 0L);
                long weight = c.getOrDefault(key(code, "w"), 0L);
                WeightCoverage coverage = new WeightCoverage(c.getOrDefault(key(code, "wn"), 0L), reported,
                        FixedPoint.unscale(weight), missingWeight);
                yield new IndicatorFigure(rule, FixedPoint.divide(wsum, weight, 2), reported, null, null, null,
                        null, coverage);
            }
            case COUNT_TRUE -> new IndicatorFigure(rule, c.getOrDefault(key(code, "yes"), 0L), reported,
                    null, null, null, null, null);
            case DISTRIBUTION -> {
                Map<String, Long> distribution = new LinkedHashMap<>();
                for (Choice option : indicator.options()) {
                    distribution.put(option.code(), c.getOrDefault(key(code, "dist", option.code()), 0L));
                }
                yield new IndicatorFigure(rule, distribution, reported, null, null, null, null, null);
            }
            case COUNT_ITEMS -> new IndicatorFigure(rule, c.getOrDefault(key(code, "items"), 0L), reported,
                    null, null, null, null, null);
            case NONE -> new IndicatorFigure(rule, null, reported, null, null, null, null, null);
        };
    }

    private static BigDecimal amount(Map<String, Long> counters, String key) {
        return FixedPoint.unscale(counters.getOrDefault(key, 0L));
    }
}
