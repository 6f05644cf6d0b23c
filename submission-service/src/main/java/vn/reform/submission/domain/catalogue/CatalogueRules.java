package vn.reform.submission.domain.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import vn.reform.submission.domain.validation.FieldProblem;

/** Checks catalogue changes made by Home Affairs: agencies, new template versions, rounds. */
public final class CatalogueRules {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{2,30}");
    /** Agency codes also take dashes (e.g. generated codes such as {@code F-K1-0001}); never {@code |}, the key separator. */
    private static final Pattern AGENCY_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,39}");
    private static final Pattern ROUND_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{1,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private CatalogueRules() {
    }

    public static List<FieldProblem> checkAgency(Agency agency, Predicate<String> agencyExists) {
        List<FieldProblem> problems = new ArrayList<>();
        if (agency.code() == null || !AGENCY_CODE.matcher(agency.code()).matches()) {
            problems.add(FieldProblem.of("code", "catalogue.agencyCode"));
        }
        requireText(agency.name(), "name", problems);
        if (agency.kind() == null) {
            problems.add(FieldProblem.of("kind", "value.required"));
        }
        if (agency.validFrom() == null) {
            problems.add(FieldProblem.of("validFrom", "value.required"));
        } else if (agency.validTo() != null && agency.validTo().isBefore(agency.validFrom())) {
            problems.add(FieldProblem.of("validTo", "catalogue.validToBeforeFrom"));
        }
        checkReference(agency.parentCode(), "parentCode", agencyExists, problems);
        checkReference(agency.mergedInto(), "mergedInto", agencyExists, problems);
        checkEmail(agency.focalPointEmail(), "focalPointEmail", problems);
        checkEmail(agency.headEmail(), "headEmail", problems);
        return problems;
    }

    public static List<FieldProblem> checkRound(Round round, boolean templateExists, Predicate<String> agencyExists) {
        List<FieldProblem> problems = new ArrayList<>();
        if (round.code() == null || !ROUND_CODE.matcher(round.code()).matches()) {
            problems.add(FieldProblem.of("code", "catalogue.roundCode"));
        }
        if (round.templateCode() == null) {
            problems.add(FieldProblem.of("templateCode", "value.required"));
        } else if (!templateExists) {
            problems.add(FieldProblem.of("templateCode", "catalogue.unknownTemplate", round.templateCode()));
        }
        if (round.periodKind() == null) {
            problems.add(FieldProblem.of("periodKind", "value.required"));
        }
        if (round.dataFrom() == null) {
            problems.add(FieldProblem.of("dataFrom", "value.required"));
        }
        if (round.dataTo() == null) {
            problems.add(FieldProblem.of("dataTo", "value.required"));
        } else if (round.dataFrom() != null && round.dataTo().isBefore(round.dataFrom())) {
            problems.add(FieldProblem.of("dataTo", "catalogue.dataToBeforeFrom"));
        }
        if (round.dueAt() == null) {
            problems.add(FieldProblem.of("dueAt", "value.required"));
        }
        if (round.expectedAgencies().isEmpty()) {
            problems.add(FieldProblem.of("expectedAgencies", "value.required"));
        }
        for (int i = 0; i < round.expectedAgencies().size(); i++) {
            checkReference(round.expectedAgencies().get(i), "expectedAgencies[" + i + "]", agencyExists, problems);
        }
        return problems;
    }

    public static List<FieldProblem> checkTemplate(Template template) {
        List<FieldProblem> problems = new ArrayList<>();
        if (template.code() == null || !CODE.matcher(template.code()).matches()) {
            problems.add(FieldProblem.of("code", "catalogue.code"));
        }
        requireText(template.title(), "title", problems);
        if (template.sections().isEmpty()) {
            problems.add(FieldProblem.of("sections", "value.required"));
        }
        Set<String> codes = new HashSet<>();
        for (int s = 0; s < template.sections().size(); s++) {
            TemplateSection section = template.sections().get(s);
            String sectionField = "sections[" + s + "]";
            if (section.code() == null || !CODE.matcher(section.code()).matches()) {
                problems.add(FieldProblem.of(sectionField + ".code", "catalogue.code"));
            }
            List<Indicator> indicators = section.indicatorsOrEmpty();
            for (int i = 0; i < indicators.size(); i++) {
                checkIndicator(indicators.get(i), sectionField + ".indicators[" + i + "]", codes, problems);
            }
        }
        for (int r = 0; r < template.rules().size(); r++) {
            CrossFieldRule rule = template.rules().get(r);
            String field = "rules[" + r + "]";
            if (rule.kind() == null) {
                problems.add(FieldProblem.of(field + ".kind", "value.required"));
                continue;
            }
            List<String> referenced = new ArrayList<>();
            if (rule.indicator() != null) {
                referenced.add(rule.indicator());
            }
            if (rule.left() != null) {
                referenced.addAll(rule.left());
            }
            if (rule.right() != null) {
                referenced.add(rule.right());
            }
            if (referenced.isEmpty()) {
                problems.add(FieldProblem.of(field, "value.required"));
            }
            referenced.stream().filter(code -> !codes.contains(code))
                    .forEach(code -> problems.add(FieldProblem.of(field, "value.unknownIndicator", code)));
        }
        return problems;
    }

    private static void checkIndicator(Indicator indicator, String field, Set<String> codes, List<FieldProblem> problems) {
        if (indicator.code() == null || !CODE.matcher(indicator.code()).matches()) {
            problems.add(FieldProblem.of(field + ".code", "catalogue.code"));
        } else if (!codes.add(indicator.code())) {
            problems.add(FieldProblem.of(field + ".code", "catalogue.duplicateCode", indicator.code()));
        }
        requireText(indicator.nameVi(), field + ".nameVi", problems);
        if (indicator.type() == null) {
            problems.add(FieldProblem.of(field + ".type", "value.required"));
        } else if (indicator.type() == IndicatorType.ENUM && (indicator.options() == null || indicator.options().isEmpty())) {
            problems.add(FieldProblem.of(field + ".options", "value.required"));
        }
        if (indicator.rollup() == null) {
            problems.add(FieldProblem.of(field + ".rollup", "value.required"));
        }
        if (indicator.min() != null && indicator.max() != null && indicator.max().compareTo(indicator.min()) < 0) {
            problems.add(FieldProblem.of(field + ".max", "catalogue.maxBelowMin"));
        }
    }

    private static void requireText(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.of(field, "value.required"));
        }
    }

    private static void checkReference(String code, String field, Predicate<String> agencyExists, List<FieldProblem> problems) {
        if (code != null && !agencyExists.test(code)) {
            problems.add(FieldProblem.of(field, "catalogue.unknownAgency", code));
        }
    }

    private static void checkEmail(String email, String field, List<FieldProblem> problems) {
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(FieldProblem.of(field, "catalogue.email"));
        }
    }
}
