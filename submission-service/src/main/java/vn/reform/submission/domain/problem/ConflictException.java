package vn.reform.submission.domain.problem;

/** Refused: the request does not fit the current state, e.g. a locked round (409). */
public class ConflictException extends DomainProblem {

    public ConflictException(String code, Object... args) {
        super(code, args);
    }
}
