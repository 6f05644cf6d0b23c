package vn.reform.notification.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

import vn.reform.notification.messaging.UnsupportedEventException;

class StoreOutageTest {

    @Test
    void anUnreachableStoreIsWaitedForWhereverItSitsInTheCauseChain() {
        assertThat(StoreOutage.isCause(new ListenerExecutionFailedException("listener failed",
                new DataAccessResourceFailureException("timeout", new MongoTimeoutException("no server"))))).isTrue();
        assertThat(StoreOutage.isCause(new MongoTimeoutException("no server"))).isTrue();
    }

    @Test
    void aBadRecordIsNotAStoreOutage() {
        assertThat(StoreOutage.isCause(new ListenerExecutionFailedException("listener failed",
                new UnsupportedEventException("ReportSubmitted version 2")))).isFalse();
        assertThat(StoreOutage.isCause(new IllegalStateException("bug"))).isFalse();
    }
}
