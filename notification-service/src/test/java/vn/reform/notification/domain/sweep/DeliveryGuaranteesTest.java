package vn.reform.notification.domain.sweep;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static vn.reform.notification.support.MutableClock.local;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.reform.notification.persistence.ReminderStatus;
import vn.reform.notification.support.InternalTokens;
import vn.reform.notification.support.TestSmtp;

/** Never twice, never lost: SMTP outages, a crash between record and send, two instances sweeping at once. */
class DeliveryGuaranteesTest extends SweepIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void whileSmtpIsDownRemindersWaitAndGoOutOnceWhenItIsBack() throws Exception {
        agencies("DOWN1", "DOWN2", "DOWN3");
        events.round("DOWN-2026", "Báo cáo quý IV", DUE, List.of("DOWN1", "DOWN2", "DOWN3"), "OPEN");
        awaitRound("DOWN-2026");
        TestSmtp.stop();

        SweepResult whileDown = sweepAt(MONDAY_MORNING);

        assertThat(whileDown.sent()).isZero();
        assertThat(whileDown.failed()).isPositive();
        assertThat(recorded("DOWN-2026")).hasSize(3)
                .allMatch(r -> r.status() != ReminderStatus.SENT)
                .anyMatch(r -> r.status() == ReminderStatus.FAILED && r.attempts() == 1 && r.lastError() != null);
        mvc.perform(get("/actuator/health"))
                .andExpect(jsonPath("$.components.circuitBreakers.details.smtp.details.state").value("OPEN"));
        mvc.perform(get("/api/reminders").param("round", "DOWN-2026")
                        .header("X-Internal-Token", InternalTokens.homeAffairs()))
                .andExpect(jsonPath("$[?(@.status == 'FAILED')]").isNotEmpty());

        TestSmtp.start();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> sweepAt(MONDAY_MORNING.plusSeconds(60)).ran()
                        && recorded("DOWN-2026").stream().allMatch(r -> r.status() == ReminderStatus.SENT));
        sweepAt(MONDAY_MORNING.plusSeconds(120));

        assertThat(mailsByRecipient()).containsOnly(entry("down1@agency.test", 1L),
                entry("down2@agency.test", 1L), entry("down3@agency.test", 1L));
        mvc.perform(get("/actuator/health"))
                .andExpect(jsonPath("$.components.circuitBreakers.details.smtp.details.state").value("CLOSED"));
    }

    @Test
    void whatCouldNotBeSentYesterdayJoinsTodaysMailOrIsSupersededByIt() {
        agencies("CARRY1", "CARRY2");
        events.round("CARRY-SOON", "Báo cáo chuyên đề", local(LocalDate.of(2026, 12, 24), "17:00"), List.of("CARRY1"),
                "OPEN");
        events.round("CARRY-LATE", "Báo cáo quý IV", DUE, List.of("CARRY2"), "OPEN");
        awaitRound("CARRY-SOON");
        awaitRound("CARRY-LATE");
        TestSmtp.stop();
        assertThat(sweepAt(MONDAY_MORNING).failed()).isPositive();
        TestSmtp.start();
        breakers.circuitBreaker("smtp").reset();

        sweepAt(local(LocalDate.of(2026, 12, 22), "09:00"));

        assertThat(mailsByRecipient()).containsOnly(entry("carry1@agency.test", 1L),
                entry("carry2@agency.test", 1L), entry("head.carry2@agency.test", 1L));
        assertThat(mailTo("carry1@agency.test").plain()).contains("còn 2 ngày");
        assertThat(recorded("CARRY-SOON")).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(ReminderStatus.SENT);
            assertThat(r.day()).isEqualTo("2026-12-22");
        });
        assertThat(recorded("CARRY-LATE")).extracting(r -> r.stage() + " " + r.day() + " " + r.status())
                .containsExactlyInAnyOrder("OVERDUE 2026-12-21 CANCELLED", "OVERDUE 2026-12-22 SENT",
                        "HEAD_ESCALATION 2026-12-22 SENT");
    }

    @Test
    void remindersRecordedBeforeACrashAreSentAfterTheRestartExactlyOnce() {
        agencies("CRASH1");
        events.round("CRASH-2026", "Báo cáo quý IV", DUE, List.of("CRASH1"), "OPEN");
        awaitRound("CRASH-2026");
        clock.set(MONDAY_MORNING);
        assertThat(recorder.recordDue(MONDAY_MORNING)).isEqualTo(1);
        assertThat(mails()).isEmpty();

        ReminderSweeper restarted = instance("restarted-instance");
        clock.set(MONDAY_MORNING.plusSeconds(300));
        assertThat(restarted.sweep().sent()).isEqualTo(1);
        assertThat(restarted.sweep().sent()).isZero();
        assertThat(sweeper.sweep().sent()).isZero();

        assertThat(mailsByRecipient()).containsOnlyKeys("crash1@agency.test").containsValue(1L);
        assertThat(recorded("CRASH-2026")).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ReminderStatus.SENT));
    }

    @Test
    void twoInstancesSweepingAtOnceSendEveryReminderOnce() throws Exception {
        List<String> codes = IntStream.rangeClosed(1, 12).mapToObj(i -> "TWO" + i).toList();
        agencies(codes.toArray(String[]::new));
        events.round("TWO-2026", "Báo cáo quý IV", DUE, codes, "OPEN");
        awaitRound("TWO-2026");
        clock.set(MONDAY_MORNING);
        ReminderSweeper first = instance("instance-a");
        ReminderSweeper second = instance("instance-b");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<SweepResult>>> runs = new ArrayList<>();
            for (ReminderSweeper instance : List.of(first, second)) {
                runs.add(pool.submit(sweepRepeatedly(instance, start)));
            }
            start.countDown();
            List<SweepResult> results = new ArrayList<>();
            for (Future<List<SweepResult>> run : runs) {
                results.addAll(run.get());
            }
            assertThat(results).anyMatch(r -> "LEASE_HELD_ELSEWHERE".equals(r.reason()));
        } finally {
            pool.shutdownNow();
        }

        assertThat(mails()).hasSize(12);
        assertThat(mailsByRecipient().values()).containsOnly(1L);
        assertThat(recorded("TWO-2026")).hasSize(12).allMatch(r -> r.status() == ReminderStatus.SENT);
    }

    @Test
    void aSweepThatLostItsLeaseStopsSendingAndLeavesTheRestRecorded() {
        agencies("LOST1", "LOST2");
        events.round("LOST-2026", "Báo cáo quý IV", DUE, List.of("LOST1", "LOST2"), "OPEN");
        awaitRound("LOST-2026");
        clock.set(MONDAY_MORNING);
        assertThat(recorder.recordDue(MONDAY_MORNING)).isEqualTo(2);
        AtomicInteger asked = new AtomicInteger();

        DeliveryResult partial = delivery.deliverDue(MONDAY_MORNING, () -> asked.incrementAndGet() == 1);

        assertThat(partial.sent()).isEqualTo(1);
        assertThat(mails()).hasSize(1);
        assertThat(recorded("LOST-2026")).extracting(r -> r.status())
                .containsExactlyInAnyOrder(ReminderStatus.SENT, ReminderStatus.PENDING);
        assertThat(sweeper.sweep().sent()).isEqualTo(1);
        assertThat(mailsByRecipient().values()).containsOnly(1L);
    }

    @Test
    void theLeaseAdmitsOneHolderUntilItIsReleasedOrExpires() {
        Instant now = MONDAY_MORNING;
        assertThat(lease.tryAcquire("a", now, Duration.ofMinutes(1))).isTrue();
        assertThat(lease.tryAcquire("b", now.plusSeconds(30), Duration.ofMinutes(1))).isFalse();
        assertThat(lease.tryAcquire("a", now.plusSeconds(30), Duration.ofMinutes(1))).isTrue();
        assertThat(lease.tryAcquire("b", now.plusSeconds(120), Duration.ofMinutes(1))).isTrue();
        lease.release("b");
        assertThat(lease.tryAcquire("a", now.plusSeconds(121), Duration.ofMinutes(1))).isTrue();
    }

    private static Callable<List<SweepResult>> sweepRepeatedly(ReminderSweeper instance, CountDownLatch start) {
        return () -> {
            start.await();
            List<SweepResult> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(instance.sweep());
            }
            return results;
        };
    }
}
