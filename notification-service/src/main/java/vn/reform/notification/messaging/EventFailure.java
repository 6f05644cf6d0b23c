package vn.reform.notification.messaging;

import java.util.List;
import java.util.Set;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoServerException;
import com.mongodb.WriteError;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import tools.jackson.core.JacksonException;

/**
 * Why handling a consumed event failed, which decides what becomes of the record (see
 * {@code config.EventErrorHandlingConfig}). The first telling exception of the cause chain decides.
 */
public enum EventFailure {

    /** The record itself: unreadable, incomplete or of a newer version. It can never succeed: dead-letter it at once. */
    MALFORMED,

    /**
     * MongoDB unreachable, timing out, not (yet) primary, shutting down or otherwise answering "not now": retried
     * until the store takes the write, never dead-lettered, its offset never committed before.
     */
    STORE_UNAVAILABLE,

    /**
     * Anything else, a defect: a bounded number of retries, then the dead-letter topic. That includes the store's
     * answers about the request itself (a duplicate key, a failed validation, {@code BadValue}, a type mismatch...):
     * waiting for the store would retry them for ever and hold the partition behind them.
     */
    UNEXPECTED;

    /**
     * MongoDB's error codes that mean "the store cannot take it now", not "the request is wrong": HostUnreachable,
     * HostNotFound, LockTimeout, MaxTimeMSExpired, WriteConcernFailed, NetworkTimeout, ShutdownInProgress,
     * PrimarySteppedDown, ExceededTimeLimit, SocketException, NotWritablePrimary, InterruptedAtShutdown,
     * InterruptedDueToReplStateChange, NotPrimaryNoSecondaryOk, NotPrimaryOrSecondary.
     */
    private static final Set<Integer> STORE_NOT_NOW = Set.of(6, 7, 24, 50, 64, 89, 91, 189, 262, 9001, 10107, 11600,
            11602, 13435, 13436);

    public static EventFailure of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnsupportedEventException || t instanceof JacksonException) {
                return MALFORMED;
            }
            if (t instanceof MongoServerException answer) {
                return storeSaysNotNow(answer) ? STORE_UNAVAILABLE : UNEXPECTED;
            }
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof RecoverableDataAccessException || t instanceof MongoException) {
                return STORE_UNAVAILABLE; // no answer from the store: unreachable, timed out, connection lost
            }
        }
        return UNEXPECTED;
    }

    /** The store answered: a transient condition (by its code or its labels), or a refusal of the request. */
    private static boolean storeSaysNotNow(MongoServerException answer) {
        if (answer instanceof MongoNotPrimaryException || answer instanceof MongoNodeIsRecoveringException
                || answer.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)
                || answer.hasErrorLabel("RetryableWriteError")) {
            return true;
        }
        List<Integer> codes = answer instanceof MongoBulkWriteException bulk && !bulk.getWriteErrors().isEmpty()
                ? bulk.getWriteErrors().stream().map(WriteError::getCode).toList()
                : List.of(answer.getCode());
        return codes.stream().allMatch(STORE_NOT_NOW::contains);
    }
}
