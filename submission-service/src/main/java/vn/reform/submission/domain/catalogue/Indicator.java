package vn.reform.submission.domain.catalogue;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One figure a template asks for. {@code rollup} is kept as the template states it (SUM, RATIO, COUNT_TRUE,
 * DISTRIBUTION, COUNT_ITEMS, NONE, WEIGHTED_MEAN with {@code weightBy}); absent attributes stay absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Indicator(
        String code,
        String nameVi,
        String nameEn,
        IndicatorType type,
        String unit,
        boolean required,
        String rollup,
        String weightBy,
        BigDecimal min,
        BigDecimal max,
        List<NamedCode> options,
        List<NamedCode> parts) {

    public boolean hasParts() {
        return parts != null && !parts.isEmpty();
    }

    public boolean hasPart(String partCode) {
        return hasParts() && parts.stream().anyMatch(p -> p.code().equals(partCode));
    }

    public boolean hasOption(String optionCode) {
        return options != null && options.stream().anyMatch(o -> o.code().equals(optionCode));
    }
}
