package vn.reform.submission.domain.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.reform.submission.domain.catalogue.CrossFieldRule;

/**
 * The template's cross-field rules over already type-checked values. A rule whose figures are not all present is
 * not applied (required figures are checked separately).
 */
final class CrossFieldRuleChecker {

    private final Map<String, Object> values;
    private final LocalDate periodFrom;
    private final LocalDate periodTo;

    CrossFieldRuleChecker(Map<String, Object> values, LocalDate periodFrom, LocalDate periodTo) {
        this.values = values;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
    }

    Optional<FieldProblem> check(CrossFieldRule rule) {
        boolean holds = switch (rule.kind()) {
            case PARTS_SUM -> partsAddUp(rule.indicator());
            case SUM_EQUALS -> compare(rule, 0);
            case LESS_OR_EQUAL -> compare(rule, 1);
            case DATES_IN_PERIOD -> datesInPeriod(rule.indicator());
        };
        return holds ? Optional.empty()
                : Optional.of(FieldProblem.worded(rule.field(), "rule." + rule.code(), rule.messageVi(), rule.messageEn()));
    }

    private boolean partsAddUp(String indicator) {
        if (!(values.get(indicator) instanceof Map<?, ?> value) || !(value.get("parts") instanceof Map<?, ?> parts)
                || parts.isEmpty()) {
            return true;
        }
        BigDecimal sum = parts.values().stream().map(Numbers::numericValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.compareTo(Numbers.numericValue(value)) == 0;
    }

    /** {@code allowedSign} 0: left = right; 1: left ≤ right. */
    private boolean compare(CrossFieldRule rule, int allowedSign) {
        BigDecimal right = Numbers.numericValue(values.get(rule.right()));
        if (right == null) {
            return true;
        }
        BigDecimal left = BigDecimal.ZERO;
        for (String code : rule.left()) {
            BigDecimal part = Numbers.numericValue(values.get(code));
            if (part == null) {
                return true;
            }
            left = left.add(part);
        }
        int sign = left.compareTo(right);
        return allowedSign == 0 ? sign == 0 : sign <= 0;
    }

    private boolean datesInPeriod(String indicator) {
        if (!(values.get(indicator) instanceof List<?> documents) || periodFrom == null || periodTo == null) {
            return true;
        }
        return documents.stream()
                .map(d -> LocalDate.parse(String.valueOf(((Map<?, ?>) d).get("date"))))
                .allMatch(date -> !date.isBefore(periodFrom) && !date.isAfter(periodTo));
    }
}
