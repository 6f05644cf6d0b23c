package vn.reform.submission.domain.catalogue;

/** OPEN rounds take submissions (late ones marked late); LOCKED ones only where Home Affairs reopened them. */
public enum RoundStatus {
    OPEN, LOCKED
}
