package vn.reform.aggregation.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class LookupCacheTest {

    private final LookupCache cache = new LookupCache(Duration.ofHours(1));
    private final AtomicInteger lookups = new AtomicInteger();

    @Test
    void anAnswerIsKeptUntilAWriteIsDone() {
        assertThat(cache.get("round:A", () -> lookedUp("before"))).isEqualTo("before");
        assertThat(cache.get("round:A", () -> lookedUp("unused"))).isEqualTo("before");
        assertThat(lookups).hasValue(1);

        cache.changed();

        assertThat(cache.get("round:A", () -> lookedUp("after"))).isEqualTo("after");
        assertThat(lookups).hasValue(2);
    }

    @Test
    void anAnswerWhoseLookUpOverlappedAWriteIsReturnedButNeverServedAgain() {
        String during = cache.get("previous:B", () -> {
            String readBeforeTheWriteLanded = lookedUp("none yet");
            cache.changed(); // another thread's write is done while this look-up is still on its way
            return readBeforeTheWriteLanded;
        });

        assertThat(during).isEqualTo("none yet");
        assertThat(cache.get("previous:B", () -> lookedUp("A"))).isEqualTo("A");
        assertThat(cache.get("previous:B", () -> lookedUp("unused"))).isEqualTo("A");
        assertThat(lookups).hasValue(2);
    }

    @Test
    void anAnswerIsLookedUpAgainOnceItsTimeIsOver() {
        LookupCache brief = new LookupCache(Duration.ZERO);
        brief.get("agency:SNGV", () -> lookedUp("first"));

        assertThat(brief.get("agency:SNGV", () -> lookedUp("second"))).isEqualTo("second");
        assertThat(lookups).hasValue(2);
    }

    private String lookedUp(String value) {
        lookups.incrementAndGet();
        return value;
    }
}
