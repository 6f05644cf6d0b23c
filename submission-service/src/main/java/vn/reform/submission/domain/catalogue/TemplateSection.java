package vn.reform.submission.domain.catalogue;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A section of a template: its figures, and (when {@code narrative}) a free text the agency writes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateSection(String code, String title, String titleEn, Boolean narrative, List<Indicator> indicators) {

    public boolean acceptsNarrative() {
        return Boolean.TRUE.equals(narrative);
    }

    public List<Indicator> indicatorsOrEmpty() {
        return indicators == null ? List.of() : indicators;
    }
}
