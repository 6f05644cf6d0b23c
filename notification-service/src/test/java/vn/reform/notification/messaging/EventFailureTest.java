package vn.reform.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ServerId;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.mongodb.UncategorizedMongoDbException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import tools.jackson.core.exc.StreamReadException;

class EventFailureTest {

    private static final ServerAddress SERVER = new ServerAddress("127.0.0.1", 27017);

    @Test
    void aStoreThatIsUnreachableSlowOrNotPrimaryIsWaitedForWhereverItSitsInTheCauseChain() {
        List<Exception> outages = List.of(
                new MongoTimeoutException("no server"),
                new MongoSocketOpenException("refused", SERVER),
                new MongoSocketReadException("Prematurely reached end of stream", SERVER),
                new MongoNotPrimaryException(new BsonDocument(), SERVER),
                new MongoConnectionPoolClearedException(new ServerId(new ClusterId(), SERVER), null),
                new MongoCommandException(BsonDocument.parse("{ok: 0, code: 11602, errmsg: 'interrupted'}"), SERVER),
                new MongoCommandException(BsonDocument.parse("{ok: 0, code: 91, errmsg: 'shutting down'}"), SERVER),
                new MongoCommandException(BsonDocument.parse(
                        "{ok: 0, code: 12345, errmsg: 'later', errorLabels: ['RetryableWriteError']}"), SERVER),
                new DataAccessResourceFailureException("timeout"),
                new QueryTimeoutException("slow"),
                new UncategorizedMongoDbException("not primary", new MongoNotPrimaryException(new BsonDocument(), SERVER)));
        for (Exception outage : outages) {
            assertThat(EventFailure.of(inListener(outage))).as(outage.toString()).isEqualTo(EventFailure.STORE_UNAVAILABLE);
        }
    }

    @Test
    void anUnreadableUnsupportedOrIncompleteEventIsMalformed() {
        assertThat(EventFailure.of(inListener(new UnsupportedEventException("ReportSubmitted version 2"))))
                .isEqualTo(EventFailure.MALFORMED);
        assertThat(EventFailure.of(inListener(new StreamReadException(null, "Unexpected character"))))
                .isEqualTo(EventFailure.MALFORMED);
    }

    @Test
    void aDuplicateKeyAFailedValidationAndADefectAreUnexpected() {
        MongoWriteException duplicate = new MongoWriteException(new WriteError(11000, "E11000", new BsonDocument()), SERVER);
        MongoWriteException invalid = new MongoWriteException(new WriteError(121, "Document failed validation",
                new BsonDocument()), SERVER);
        MongoBulkWriteException bulkDuplicate = new MongoBulkWriteException(BulkWriteResult.unacknowledged(),
                List.of(new BulkWriteError(11000, "E11000", new BsonDocument(), 0)), null, SERVER, java.util.Set.of());
        List<Exception> defects = List.of(
                new DuplicateKeyException("E11000", duplicate),
                invalid,
                bulkDuplicate,
                new IllegalStateException("bug"),
                new NullPointerException());
        for (Exception defect : defects) {
            assertThat(EventFailure.of(inListener(defect))).as(defect.toString()).isEqualTo(EventFailure.UNEXPECTED);
        }
    }

    @Test
    void aRequestTheStoreRefusesIsADefectNotAnOutage() {
        // retried as an outage, these would hold the partition for ever; as defects they reach the dead-letter topic
        MongoCommandException badValue = new MongoCommandException(
                BsonDocument.parse("{ok: 0, code: 2, codeName: 'BadValue', errmsg: 'unknown operator: $foo'}"), SERVER);
        List<Exception> refusals = List.of(
                badValue,
                new UncategorizedMongoDbException("BadValue", badValue),
                new MongoWriteException(new WriteError(14, "TypeMismatch", new BsonDocument()), SERVER),
                new MongoBulkWriteException(BulkWriteResult.unacknowledged(),
                        List.of(new BulkWriteError(2, "BadValue", new BsonDocument(), 0)), null, SERVER, java.util.Set.of()));
        for (Exception refusal : refusals) {
            assertThat(EventFailure.of(inListener(refusal))).as(refusal.toString()).isEqualTo(EventFailure.UNEXPECTED);
        }
    }

    private static Exception inListener(Exception cause) {
        return new ListenerExecutionFailedException("listener failed", cause);
    }
}
