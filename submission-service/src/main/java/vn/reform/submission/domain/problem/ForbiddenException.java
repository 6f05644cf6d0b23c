package vn.reform.submission.domain.problem;

/** Refused: the user may not do this, or not for this agency (403). */
public class ForbiddenException extends DomainProblem {

    public ForbiddenException(String code, Object... args) {
        super(code, args);
    }
}
