package vn.reform.systemtests.faults;

import java.util.concurrent.atomic.AtomicLong;

/** What the fault suite tried and what went wrong, printed at its end; the zeros are asserted. */
final class FaultLedger {

    final AtomicLong requests = new AtomicLong();
    final AtomicLong faults = new AtomicLong();
    final AtomicLong accepted = new AtomicLong();
    final AtomicLong lost = new AtomicLong();
    final AtomicLong countedTwice = new AtomicLong();
    final AtomicLong serverErrors = new AtomicLong();
    final AtomicLong authorizationLeaks = new AtomicLong();

    /** Counts one answer; any 5xx other than the documented 503 (with Retry-After) is a server error. */
    void answer(int status, boolean documented503) {
        requests.incrementAndGet();
        if (status >= 500 && !(status == 503 && documented503)) {
            serverErrors.incrementAndGet();
        }
    }

    String summary() {
        return String.format("""
                fault suite: requests tried %d, faults injected %d, submissions accepted %d,
                  lost %d (must be 0), counted twice %d (must be 0), 5xx answers %d (must be 0), authorization leaks %d (must be 0)""",
                requests.get(), faults.get(), accepted.get(), lost.get(), countedTwice.get(), serverErrors.get(),
                authorizationLeaks.get());
    }
}
