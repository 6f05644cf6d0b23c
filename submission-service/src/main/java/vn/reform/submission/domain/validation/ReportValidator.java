package vn.reform.submission.domain.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import vn.reform.submission.domain.catalogue.Indicator;
import vn.reform.submission.domain.catalogue.Round;
import vn.reform.submission.domain.catalogue.Template;
import vn.reform.submission.domain.catalogue.TemplateSection;
import vn.reform.submission.domain.report.ReportContent;

/**
 * Validates a report against its template version and its round: every value by type, unknown codes refused,
 * required figures and cross-field rules for submissions. Gives the normalised content or throws with every problem.
 */
public final class ReportValidator {

    static final int MAX_SIGNER_LENGTH = 200;

    public ReportContent validate(Template template, Round round, ReportInput input, ValidationMode mode) {
        List<FieldProblem> problems = new ArrayList<>();
        IndicatorValueReader reader = new IndicatorValueReader(problems);
        Map<String, Object> values = readValues(template, input, reader, problems);
        Map<String, String> narrative = readNarrative(template, input, reader, problems);
        String documentNumber = readDocumentNumber(input.documentNumber(), mode, problems);
        String signer = readSigner(input.signer(), mode, problems);
        if (mode == ValidationMode.SUBMISSION) {
            template.indicators()
                    .filter(Indicator::required)
                    .filter(i -> !input.values().containsKey(i.code()) || input.values().get(i.code()) == null
                            || input.values().get(i.code()).isNull())
                    .forEach(i -> problems.add(FieldProblem.of("values." + i.code(), "value.required")));
            if (problems.isEmpty()) {
                CrossFieldRuleChecker rules = new CrossFieldRuleChecker(values, round.dataFrom(), round.dataTo());
                template.rules().forEach(rule -> rules.check(rule).ifPresent(problems::add));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new ReportContent(values, narrative, documentNumber, signer);
    }

    private static Map<String, Object> readValues(Template template, ReportInput input, IndicatorValueReader reader,
                                                  List<FieldProblem> problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : input.values().entrySet()) {
            String field = "values." + entry.getKey();
            Optional<Indicator> indicator = template.indicator(entry.getKey());
            if (indicator.isEmpty()) {
                problems.add(FieldProblem.of(field, "value.unknownIndicator", entry.getKey()));
            } else if (entry.getValue() != null && !entry.getValue().isNull()) {
                reader.read(indicator.get(), entry.getValue(), field).ifPresent(v -> values.put(entry.getKey(), v));
            }
        }
        return values;
    }

    private static Map<String, String> readNarrative(Template template, ReportInput input, IndicatorValueReader reader,
                                                     List<FieldProblem> problems) {
        Map<String, String> narrative = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : input.narrative().entrySet()) {
            String field = "narrative." + entry.getKey();
            Optional<TemplateSection> section = template.section(entry.getKey());
            if (section.isEmpty() || !section.get().acceptsNarrative()) {
                problems.add(FieldProblem.of(field, "narrative.unknownSection", entry.getKey()));
                continue;
            }
            if (entry.getValue() == null || entry.getValue().isBlank()) {
                continue;
            }
            String text = TextNormalizer.nfc(entry.getValue());
            if (text.length() > IndicatorValueReader.MAX_TEXT_LENGTH) {
                problems.add(FieldProblem.of(field, "value.tooLong", IndicatorValueReader.MAX_TEXT_LENGTH));
            } else {
                narrative.put(entry.getKey(), text);
            }
        }
        return narrative;
    }

    private static String readDocumentNumber(String raw, ValidationMode mode, List<FieldProblem> problems) {
        String number = TextNormalizer.nfc(raw);
        if (number == null || number.isEmpty()) {
            if (mode == ValidationMode.SUBMISSION) {
                problems.add(FieldProblem.of("documentNumber", "value.required"));
            }
            return null;
        }
        if (!DocumentNumbers.isValid(number)) {
            problems.add(FieldProblem.of("documentNumber", "value.documentNumber", number));
        }
        return number;
    }

    private static String readSigner(String raw, ValidationMode mode, List<FieldProblem> problems) {
        String signer = TextNormalizer.nfc(raw);
        if (signer == null || signer.isEmpty()) {
            if (mode == ValidationMode.SUBMISSION) {
                problems.add(FieldProblem.of("signer", "value.required"));
            }
            return null;
        }
        if (signer.length() > MAX_SIGNER_LENGTH) {
            problems.add(FieldProblem.of("signer", "value.tooLong", MAX_SIGNER_LENGTH));
        }
        return signer;
    }
}
