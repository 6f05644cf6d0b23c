package vn.reform.aggregation.domain;

import java.util.List;

/** One indicator of a template version, as published in TemplatePublished. */
public record Indicator(String code, String nameVi, String nameEn, String type, String unit, boolean required,
                        String rollup, String weightBy, List<Choice> options, List<Choice> parts) {

    public Indicator {
        options = options == null ? List.of() : List.copyOf(options);
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    public RollupRule rule() {
        return RollupRule.parse(rollup);
    }

    public boolean hasParts() {
        return !parts.isEmpty();
    }

    public String optionName(String optionCode) {
        return options.stream().filter(o -> o.code().equals(optionCode)).map(Choice::nameVi)
                .findFirst().orElse(optionCode);
    }
}
