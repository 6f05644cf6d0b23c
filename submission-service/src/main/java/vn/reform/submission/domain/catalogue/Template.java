package vn.reform.submission.domain.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** One immutable version of a report form. A report is always validated against the version its round names. */
public record Template(String code, int version, String title, List<TemplateSection> sections, List<CrossFieldRule> rules) {

    public Template {
        sections = sections == null ? List.of() : List.copyOf(sections);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public String key() {
        return code + ":" + version;
    }

    public Stream<Indicator> indicators() {
        return sections.stream().flatMap(s -> s.indicatorsOrEmpty().stream());
    }

    public Optional<Indicator> indicator(String indicatorCode) {
        return indicators().filter(i -> i.code().equals(indicatorCode)).findFirst();
    }

    public Optional<TemplateSection> section(String sectionCode) {
        return sections.stream().filter(s -> s.code().equals(sectionCode)).findFirst();
    }

    public Template withVersion(int newVersion) {
        return new Template(code, newVersion, title, sections, rules);
    }
}
