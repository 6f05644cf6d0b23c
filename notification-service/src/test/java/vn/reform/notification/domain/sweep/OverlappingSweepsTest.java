package vn.reform.notification.domain.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.reform.notification.persistence.ReminderStatus;
import vn.reform.notification.support.IntegrationTest;
import vn.reform.notification.support.TestSmtp;

/**
 * Sweeps that overlap, as in the fault suite: Home Affairs calling the sweep again while an earlier call is still
 * running (or timed out at its HTTP client), the scheduled sweep of the same instance, another instance, all of
 * them while SMTP is down and again once it is back. Every recipient gets exactly one mail.
 */
class OverlappingSweepsTest extends SweepIntegrationTest {

    private static final int AT_ONCE = 4;
    private static final int THREADS = AT_ONCE + 1;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void remindersThatWaitedForSmtpReachEveryRecipientOnceHoweverTheSweepsOverlap() throws Exception {
        List<String> codes = round("OVL", 30);
        clock.set(MONDAY_MORNING);
        ReminderSweeper otherInstance = instance("instance-b");
        // this instance's manual sweep called again and again, its scheduled sweep, and another instance
        List<Callable<Object>> sweeps = List.of(sweeper::sweep, sweeper::sweep, sweeper::sweep, otherInstance::sweep);

        TestSmtp.stop();
        for (int i = 0; i < 3; i++) {
            allAtOnce(sweeps);
        }
        assertThat(recorded("OVL-2026")).hasSize(codes.size()).noneMatch(r -> r.status() == ReminderStatus.SENT);

        TestSmtp.start();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            sweepsCalledWhileAnEarlierOneIsSending(sweeps);
            return recorded("OVL-2026").stream().allMatch(r -> r.status() == ReminderStatus.SENT);
        });
        allAtOnce(sweeps);
        allAtOnce(sweeps);

        assertThat(mailsByRecipient()).isEqualTo(onceEach(codes));
    }

    @Test
    void deliveriesRunningAtOnceWithoutAnyLeaseSendEveryReminderOnce() throws Exception {
        List<String> codes = round("CLM", 12);
        clock.set(MONDAY_MORNING);
        assertThat(recorder.recordDue(MONDAY_MORNING)).isEqualTo(codes.size());

        List<Callable<Object>> deliveries = IntStream.range(0, AT_ONCE)
                .mapToObj(i -> (Callable<Object>) () -> delivery.deliverDue(MONDAY_MORNING)).toList();
        allAtOnce(deliveries);
        allAtOnce(deliveries);

        assertThat(mailsByRecipient()).isEqualTo(onceEach(codes));
        assertThat(recorded("CLM-2026")).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(ReminderStatus.SENT);
            assertThat(r.attempts()).isEqualTo(1);
        });
    }

    /** Agencies {@code <prefix>1..n}, all expected in the open round {@code <prefix>-2026} due on Friday 18/12. */
    private List<String> round(String prefix, int agencies) {
        List<String> codes = IntStream.rangeClosed(1, agencies).mapToObj(i -> prefix + i).toList();
        agencies(codes.toArray(String[]::new));
        events.round(prefix + "-2026", "Báo cáo quý IV", DUE, codes, "OPEN");
        awaitRound(prefix + "-2026");
        return codes;
    }

    private static Map<String, Long> onceEach(List<String> codes) {
        return codes.stream().collect(Collectors.toMap(IntegrationTest::focal, code -> 1L));
    }

    /**
     * Starts a sweep and, as soon as it has sent its first mail (or has ended, the breaker refusing it), the others
     * all at once; waits for all of them.
     */
    private void sweepsCalledWhileAnEarlierOneIsSending(List<Callable<Object>> others) throws Exception {
        int before = mails().size();
        Future<SweepResult> first = pool.submit(sweeper::sweep);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(2))
                .until(() -> first.isDone() || mails().size() > before);
        allAtOnce(others);
        first.get();
    }

    /** Starts every task at the same moment and waits for all of them. */
    private void allAtOnce(List<Callable<Object>> tasks) throws Exception {
        CyclicBarrier start = new CyclicBarrier(tasks.size());
        List<Future<Object>> running = new ArrayList<>();
        for (Callable<Object> task : tasks) {
            running.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        for (Future<Object> run : running) {
            run.get();
        }
    }
}
