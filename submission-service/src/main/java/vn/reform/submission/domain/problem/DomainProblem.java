package vn.reform.submission.domain.problem;

import java.util.List;

/** A refusal with a message code (looked up in the message bundles) and its arguments. */
public abstract class DomainProblem extends RuntimeException {

    private final String code;
    private final transient List<Object> args;

    protected DomainProblem(String code, Object... args) {
        super(code + " " + List.of(args));
        this.code = code;
        this.args = List.of(args);
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.toArray();
    }
}
