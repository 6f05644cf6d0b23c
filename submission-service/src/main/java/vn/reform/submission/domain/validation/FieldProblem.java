package vn.reform.submission.domain.validation;

import java.util.List;

/**
 * One thing wrong with one field of a request. The message is looked up by {@code code} with {@code args}, unless the
 * template itself words it ({@code messageVi}/{@code messageEn}, for cross-field rules).
 */
public record FieldProblem(String field, String code, List<Object> args, String messageVi, String messageEn) {

    public static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, code, List.of(args), null, null);
    }

    public static FieldProblem worded(String field, String code, String messageVi, String messageEn) {
        return new FieldProblem(field, code, List.of(), messageVi, messageEn);
    }

    public boolean isWorded() {
        return messageVi != null || messageEn != null;
    }
}
