package vn.reform.aggregation.domain;

import java.util.List;

/** A section of a template: its indicators and whether agencies write a narrative under it. */
public record TemplateSection(String code, String title, String titleEn, boolean narrative,
                              List<Indicator> indicators) {

    public TemplateSection {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
