package vn.reform.aggregation.messaging;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

import vn.reform.aggregation.domain.service.ConcurrentUpdateException;

/**
 * What a failed record's exception says about retrying it. A record whose handler failed is never acknowledged
 * unless it can never succeed: {@link #MALFORMED} goes to the dead-letter topic at once; {@link #TRANSIENT} (the
 * store unreachable or busy) is retried until it succeeds, holding its partition back so that nothing is skipped;
 * {@link #UNEXPECTED} gets a bounded number of retries, then the dead-letter topic (a defect, replayable from
 * there once fixed, must not stop every later report of its partition).
 */
public enum FailureKind {
    MALFORMED, TRANSIENT, UNEXPECTED;

    public static FailureKind of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MalformedEventException) {
                return MALFORMED;
            }
            if (isTransient(t)) {
                return TRANSIENT;
            }
        }
        return UNEXPECTED;
    }

    private static boolean isTransient(Throwable t) {
        return t instanceof MongoSocketException || t instanceof MongoTimeoutException
                || t instanceof MongoNotPrimaryException || t instanceof MongoNodeIsRecoveringException
                || t instanceof MongoConnectionPoolClearedException
                || t instanceof MongoException mongo && (mongo.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)
                        || mongo.hasErrorLabel("RetryableWriteError"))
                || t instanceof TransientDataAccessException || t instanceof DataAccessResourceFailureException
                || t instanceof ConcurrentUpdateException;
    }
}
