package vn.reform.notification.messaging;

import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
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
     * MongoDB unreachable, timing out, not (yet) primary, or failing in any other way that is not an answer about
     * the data: retried until the store takes the write, never dead-lettered, its offset never committed before.
     */
    STORE_UNAVAILABLE,

    /** Anything else, a defect: a bounded number of retries, then the dead-letter topic. */
    UNEXPECTED;

    /** MongoDB's {@code DocumentValidationFailure}. */
    private static final int DOCUMENT_VALIDATION_FAILURE = 121;

    public static EventFailure of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnsupportedEventException || t instanceof JacksonException) {
                return MALFORMED;
            }
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof MongoException mongo && !refusesTheData(mongo)) {
                return STORE_UNAVAILABLE;
            }
        }
        return UNEXPECTED;
    }

    /** A duplicate key or a failed validation is the store's answer about the data, not a store failure. */
    private static boolean refusesTheData(MongoException e) {
        List<Integer> codes = e instanceof MongoBulkWriteException bulk
                ? bulk.getWriteErrors().stream().map(WriteError::getCode).toList()
                : List.of(e.getCode());
        return codes.stream().anyMatch(code -> ErrorCategory.fromErrorCode(code) == ErrorCategory.DUPLICATE_KEY
                || code == DOCUMENT_VALIDATION_FAILURE);
    }
}
