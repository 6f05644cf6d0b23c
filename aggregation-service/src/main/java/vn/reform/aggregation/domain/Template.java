package vn.reform.aggregation.domain;

import java.util.List;
import java.util.Optional;

/** One immutable template version (TemplatePublished). */
public record Template(String code, int version, String title, List<TemplateSection> sections) {

    public Template {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public static String key(String code, int version) {
        return code + ":" + version;
    }

    public String key() {
        return key(code, version);
    }

    public List<Indicator> indicators() {
        return sections.stream().flatMap(s -> s.indicators().stream()).toList();
    }

    /** Indicators that roll up to a figure (everything but free text). */
    public List<Indicator> figures() {
        return indicators().stream().filter(i -> i.rule() != RollupRule.NONE).toList();
    }

    public Optional<Indicator> indicator(String code) {
        return indicators().stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
