package vn.reform.submission.domain.report;

import vn.reform.submission.domain.problem.DomainProblem;

/** The same Idempotency-Key came with a different report: refused with 422, nothing stored. */
public class IdempotencyKeyReusedException extends DomainProblem {

    public IdempotencyKeyReusedException() {
        super("idempotency.keyReused");
    }
}
