package vn.reform.gateway.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;

import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;

/** A start-up step (the user bootstrap) is run again only when the store did not answer, and only a bounded number of times. */
class StartupStoreRetryTest {

    private final StartupStoreRetry retry = new StartupStoreRetry("test loader", 3, Duration.ofMillis(1));
    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void aReadTimeoutIsRetriedUntilTheLoaderSucceeds() {
        retry.run(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw readTimeout();
            }
        });
        assertThat(attempts).hasValue(3);
    }

    @Test
    void storeErrorsWrappedBySpringOrNoServerSelectedAreRetriedToo() {
        retry.run(() -> {
            switch (attempts.incrementAndGet()) {
                case 1 -> throw new DataAccessResourceFailureException("timed out", readTimeout());
                case 2 -> throw new MongoTimeoutException("no server selected");
                default -> { }
            }
        });
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aStoreThatNeverAnswersFailsAfterTheLastAttemptWithItsError() {
        assertThatThrownBy(() -> retry.run(() -> {
            attempts.incrementAndGet();
            throw readTimeout();
        })).isInstanceOf(MongoSocketReadTimeoutException.class);
        assertThat(attempts).hasValue(3);
    }

    @Test
    void duplicateKeysValidationErrorsAndDefectsFailAtOnce() {
        RuntimeException[] errors = {
                new MongoWriteException(new WriteError(11000, "E11000 duplicate key", new BsonDocument()), new ServerAddress()),
                new DuplicateKeyException("duplicate key"),
                new IllegalArgumentException("invalid template"),
                new IllegalStateException("defect", new RuntimeException("not a store error"))};
        for (RuntimeException error : errors) {
            attempts.set(0);
            assertThatThrownBy(() -> retry.run(() -> {
                attempts.incrementAndGet();
                throw error;
            })).isSameAs(error);
            assertThat(attempts).as(error.toString()).hasValue(1);
        }
    }

    private static MongoSocketReadTimeoutException readTimeout() {
        return new MongoSocketReadTimeoutException("Timeout while receiving message", new ServerAddress(),
                new SocketTimeoutException("Read timed out"));
    }
}
