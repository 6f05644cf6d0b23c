package vn.reform.submission.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.reform.submission.domain.validation.FieldProblem;
import vn.reform.submission.domain.validation.FlexibleDateParser;
import vn.reform.submission.domain.validation.InvalidRequestException;

/** Parses the text fields of a request body, collecting a field problem for each one that does not parse. */
public final class RequestFields {

    private final List<FieldProblem> problems = new ArrayList<>();

    public LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return FlexibleDateParser.parse(text).orElseGet(() -> {
            problems.add(FieldProblem.of(field, "value.invalidDate", text));
            return null;
        });
    }

    public Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(field, "value.invalidInstant", text));
            return null;
        }
    }

    public <E extends Enum<E>> E enumValue(String field, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            problems.add(FieldProblem.of(field, "value.unknownOption", String.join(", ", allowed)));
            return null;
        }
    }

    /** Throws with every problem found so far; does nothing when all parsed. */
    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }
}
