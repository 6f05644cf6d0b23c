package vn.reform.submission.domain.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import vn.reform.submission.domain.catalogue.Indicator;
import vn.reform.submission.domain.catalogue.NamedCode;

/**
 * Checks one indicator's value against its type, bounds, options and parts, and gives the value in its stored form
 * (numbers as Long/Double, ISO dates, NFC text). Problems are added to the list; an invalid value gives empty.
 */
final class IndicatorValueReader {

    static final int MAX_TEXT_LENGTH = 20_000;
    static final int MAX_TITLE_LENGTH = 1_000;
    static final int MAX_DOCUMENTS = 500;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** No figure of a report comes near this; larger numbers are refused rather than rounded. */
    static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1000000000000000");

    private final List<FieldProblem> problems;

    IndicatorValueReader(List<FieldProblem> problems) {
        this.problems = problems;
    }

    Optional<Object> read(Indicator indicator, JsonNode node, String field) {
        if (indicator.hasParts()) {
            return readWithParts(indicator, node, field);
        }
        return switch (indicator.type()) {
            case INTEGER -> readInteger(indicator, node, field).map(Numbers::normalise);
            case DECIMAL -> readBoundedNumber(indicator, node, field).map(Numbers::normalise);
            case PERCENT -> readPercent(indicator, node, field).map(Numbers::normalise);
            case RATIO -> readRatio(node, field);
            case BOOLEAN -> readBoolean(node, field);
            case ENUM -> readOption(indicator, node, field);
            case TEXT -> readText(node, field, MAX_TEXT_LENGTH).map(Object.class::cast);
            case DOCUMENT_LIST -> readDocuments(node, field);
        };
    }

    private Optional<Object> readWithParts(Indicator indicator, JsonNode node, String field) {
        if (node.isNumber()) {
            return readInteger(indicator, node, field).map(total -> Map.of("total", Numbers.normalise(total), "parts", Map.of()));
        }
        if (!node.isObject() || !node.has("total")) {
            return problem(FieldProblem.of(field, "value.partsObjectExpected"));
        }
        for (String name : node.propertyNames()) {
            if (!name.equals("total") && !name.equals("parts")) {
                problems.add(FieldProblem.of(field + "." + name, "value.unknownField", name));
            }
        }
        Optional<BigDecimal> total = readInteger(indicator, node.get("total"), field + ".total");
        Map<String, Object> parts = new LinkedHashMap<>();
        boolean partsValid = true;
        JsonNode partsNode = node.get("parts");
        if (partsNode != null && !partsNode.isNull()) {
            if (!partsNode.isObject()) {
                return problem(FieldProblem.of(field + ".parts", "value.partsObjectExpected"));
            }
            for (Map.Entry<String, JsonNode> part : partsNode.properties()) {
                String partField = field + ".parts." + part.getKey();
                if (!indicator.hasPart(part.getKey())) {
                    problems.add(FieldProblem.of(partField, "value.unknownPart", part.getKey()));
                    partsValid = false;
                    continue;
                }
                Optional<BigDecimal> partValue = readInteger(indicator, part.getValue(), partField);
                if (partValue.isEmpty()) {
                    partsValid = false;
                } else if (total.isPresent() && partValue.get().compareTo(total.get()) > 0) {
                    problems.add(FieldProblem.of(partField, "value.partExceedsTotal", partValue.get(), total.get()));
                    partsValid = false;
                } else {
                    parts.put(part.getKey(), Numbers.normalise(partValue.get()));
                }
            }
        }
        if (total.isEmpty() || !partsValid) {
            return Optional.empty();
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("total", Numbers.normalise(total.get()));
        value.put("parts", parts);
        return Optional.of(value);
    }

    private Optional<BigDecimal> readInteger(Indicator indicator, JsonNode node, String field) {
        Optional<BigDecimal> number = readBoundedNumber(indicator, node, field);
        if (number.isPresent() && number.get().stripTrailingZeros().scale() > 0) {
            problems.add(FieldProblem.of(field, "value.notInteger"));
            return Optional.empty();
        }
        return number;
    }

    private Optional<BigDecimal> readPercent(Indicator indicator, JsonNode node, String field) {
        Optional<BigDecimal> number = readBoundedNumber(indicator, node, field);
        if (number.isPresent() && (number.get().signum() < 0 || number.get().compareTo(HUNDRED) > 0)) {
            problems.add(FieldProblem.of(field, "value.percentRange"));
            return Optional.empty();
        }
        return number;
    }

    private Optional<BigDecimal> readBoundedNumber(Indicator indicator, JsonNode node, String field) {
        Optional<BigDecimal> number = readNumber(node, field);
        if (number.isEmpty()) {
            return number;
        }
        if (indicator.min() != null && number.get().compareTo(indicator.min()) < 0) {
            problems.add(FieldProblem.of(field, "value.belowMin", indicator.min()));
            return Optional.empty();
        }
        if (indicator.max() != null && number.get().compareTo(indicator.max()) > 0) {
            problems.add(FieldProblem.of(field, "value.aboveMax", indicator.max()));
            return Optional.empty();
        }
        return number;
    }

    private Optional<BigDecimal> readNumber(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return problem(FieldProblem.of(field, "value.required"));
        }
        if (!node.isNumber()) {
            return problem(FieldProblem.of(field, "value.notANumber"));
        }
        BigDecimal number = node.decimalValue();
        if (number.abs().compareTo(MAX_MAGNITUDE) > 0) {
            return problem(FieldProblem.of(field, "value.tooLarge", MAX_MAGNITUDE.toPlainString()));
        }
        return Optional.of(number);
    }

    private Optional<Object> readRatio(JsonNode node, String field) {
        if (!node.isObject()) {
            return problem(FieldProblem.of(field, "value.ratioExpected"));
        }
        Optional<BigDecimal> numerator = readNonNegative(node.get("numerator"), field + ".numerator");
        Optional<BigDecimal> denominator = readNonNegative(node.get("denominator"), field + ".denominator");
        if (numerator.isEmpty() || denominator.isEmpty()) {
            return Optional.empty();
        }
        if (numerator.get().compareTo(denominator.get()) > 0) {
            return problem(FieldProblem.of(field + ".numerator", "value.numeratorExceedsDenominator"));
        }
        Map<String, Object> ratio = new LinkedHashMap<>();
        ratio.put("numerator", Numbers.normalise(numerator.get()));
        ratio.put("denominator", Numbers.normalise(denominator.get()));
        return Optional.of(ratio);
    }

    private Optional<BigDecimal> readNonNegative(JsonNode node, String field) {
        Optional<BigDecimal> number = readNumber(node, field);
        if (number.isPresent() && number.get().signum() < 0) {
            problems.add(FieldProblem.of(field, "value.belowMin", 0));
            return Optional.empty();
        }
        return number;
    }

    private Optional<Object> readBoolean(JsonNode node, String field) {
        if (!node.isBoolean()) {
            return problem(FieldProblem.of(field, "value.notBoolean"));
        }
        return Optional.of(node.booleanValue());
    }

    private Optional<Object> readOption(Indicator indicator, JsonNode node, String field) {
        if (!node.isString() || !indicator.hasOption(node.stringValue().strip())) {
            List<String> codes = indicator.options() == null ? List.of() : indicator.options().stream().map(NamedCode::code).toList();
            return problem(FieldProblem.of(field, "value.unknownOption", String.join(", ", codes)));
        }
        return Optional.of(node.stringValue().strip());
    }

    Optional<String> readText(JsonNode node, String field, int maxLength) {
        if (node == null || node.isNull()) {
            return problem(FieldProblem.of(field, "value.required"));
        }
        if (!node.isString()) {
            return problem(FieldProblem.of(field, "value.notText"));
        }
        String text = TextNormalizer.nfc(node.stringValue());
        if (text.isEmpty()) {
            return problem(FieldProblem.of(field, "value.required"));
        }
        if (text.length() > maxLength) {
            return problem(FieldProblem.of(field, "value.tooLong", maxLength));
        }
        return Optional.of(text);
    }

    private Optional<Object> readDocuments(JsonNode node, String field) {
        if (!node.isArray()) {
            return problem(FieldProblem.of(field, "value.documentListExpected"));
        }
        if (node.size() > MAX_DOCUMENTS) {
            return problem(FieldProblem.of(field, "value.tooManyItems", MAX_DOCUMENTS));
        }
        List<Map<String, Object>> documents = new ArrayList<>();
        int before = problems.size();
        for (int i = 0; i < node.size(); i++) {
            String itemField = field + "[" + i + "]";
            JsonNode item = node.get(i);
            if (!item.isObject()) {
                problems.add(FieldProblem.of(itemField, "value.documentExpected"));
                continue;
            }
            Optional<String> number = readText(item.get("number"), itemField + ".number", DocumentNumbers.MAX_LENGTH);
            if (number.isPresent() && !DocumentNumbers.isValid(number.get())) {
                problems.add(FieldProblem.of(itemField + ".number", "value.documentNumber", number.get()));
            }
            Optional<LocalDate> date = readDate(item.get("date"), itemField + ".date");
            Optional<String> title = readText(item.get("title"), itemField + ".title", MAX_TITLE_LENGTH);
            if (number.isPresent() && date.isPresent() && title.isPresent()) {
                Map<String, Object> document = new LinkedHashMap<>();
                document.put("number", number.get());
                document.put("date", date.get().toString());
                document.put("title", title.get());
                documents.add(document);
            }
        }
        return problems.size() == before ? Optional.of(documents) : Optional.empty();
    }

    private Optional<LocalDate> readDate(JsonNode node, String field) {
        Optional<String> text = readText(node, field, 20);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = FlexibleDateParser.parse(text.get());
        if (date.isEmpty()) {
            problems.add(FieldProblem.of(field, "value.invalidDate", text.get()));
        }
        return date;
    }

    private <T> Optional<T> problem(FieldProblem problem) {
        problems.add(problem);
        return Optional.empty();
    }
}
