package vn.reform.submission.domain.catalogue;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A rule across several indicators of a template, with the message shown when a report breaks it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CrossFieldRule(
        String code,
        RuleKind kind,
        String indicator,
        List<String> left,
        String right,
        String messageVi,
        String messageEn) {

    /** The field an error of this rule is reported on. */
    public String field() {
        return "values." + (indicator != null ? indicator : right);
    }
}
