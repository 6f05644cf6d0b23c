package vn.reform.aggregation.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

import vn.reform.aggregation.domain.service.ConcurrentUpdateException;

class FailureKindTest {

    @Test
    void anUnreachableOrBusyStoreIsTransientHoweverDeeplyWrapped() {
        assertThat(FailureKind.of(wrapped(new MongoTimeoutException("no server")))).isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureKind.of(wrapped(new DataAccessResourceFailureException("down",
                new MongoSocketOpenException("refused", new ServerAddress()))))).isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureKind.of(new ConcurrentUpdateException("raced"))).isEqualTo(FailureKind.TRANSIENT);
    }

    @Test
    void aRecordThatCanNeverBeProcessedIsMalformed() {
        assertThat(FailureKind.of(wrapped(new MalformedEventException("not json")))).isEqualTo(FailureKind.MALFORMED);
    }

    @Test
    void anythingElseIsUnexpected() {
        assertThat(FailureKind.of(wrapped(new IllegalStateException("a defect")))).isEqualTo(FailureKind.UNEXPECTED);
        assertThat(FailureKind.of(new MongoWriteException(new WriteError(121, "validation", new BsonDocument()),
                new ServerAddress(), java.util.Set.of()))).isEqualTo(FailureKind.UNEXPECTED);
    }

    private static Exception wrapped(Exception cause) {
        return new ListenerExecutionFailedException("listener failed", new RuntimeException(cause));
    }
}
