package vn.reform.notification.domain.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.reform.notification.support.MutableClock.local;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.reform.notification.support.IntegrationTest;
import vn.reform.notification.support.MailContent;
import vn.reform.notification.support.TestSmtp;

/** A whole ladder, day by day, against the real broker, store and SMTP server. */
class LadderWalkThroughTest extends IntegrationTest {

    private static final LocalDate MON_14 = LocalDate.of(2026, 12, 14);
    /** Friday 18/12/2026 17:00 in Ho Chi Minh City. */
    private static final Instant DUE = local(LocalDate.of(2026, 12, 18), "17:00");

    @Autowired
    ReminderRecorder recorder;
    @Autowired
    ReminderDelivery delivery;

    @Test
    void walksTheWholeLadderWithExactlyTheExpectedMails() throws Exception {
        agencies("LAD1", "SNV");
        events.round("LAD-2026", "Báo cáo CCHC quý IV/2026", DUE, List.of("LAD1"), "OPEN");
        awaitRound("LAD-2026");

        assertThat(walk(MON_14, LocalDate.of(2026, 12, 28), "09:00", "11:30")).containsExactlyInAnyOrder(
                "15 lad1@agency.test",
                "18 lad1@agency.test",
                "21 lad1@agency.test",
                "22 lad1@agency.test", "22 head.lad1@agency.test",
                "23 lad1@agency.test", "23 head.lad1@agency.test",
                "24 lad1@agency.test", "24 head.lad1@agency.test",
                "25 lad1@agency.test", "25 head.lad1@agency.test", "25 snv@agency.test",
                "28 lad1@agency.test", "28 head.lad1@agency.test", "28 snv@agency.test");
        MailContent before = walkedMail("15 lad1@agency.test");
        assertThat(before.subject()).contains("Báo cáo CCHC quý IV/2026").contains("LAD-2026");
        assertThat(before.plain()).contains("18/12/2026 17:00").contains("còn 3 ngày")
                .contains("http://localhost:8080/rounds/LAD-2026/reports/LAD1");
        assertThat(walkedMail("18 lad1@agency.test").plain()).contains("hạn nộp là hôm nay");
        assertThat(walkedMail("23 lad1@agency.test").plain()).contains("đã quá hạn 3 ngày làm việc");
        MailContent digest = walkedMail("25 snv@agency.test");
        assertThat(digest.subject()).startsWith("Tổng hợp đơn vị chậm nộp báo cáo");
        assertThat(digest.plain()).contains("Sở LAD1").contains("đã quá hạn 5 ngày làm việc");
        assertThat(recorded("LAD-2026")).hasSize(15).allMatch(r -> r.status().name().equals("SENT"));
    }

    @Test
    void stopsAsSoonAsTheReportIsSubmitted() {
        agencies("STOP1", "STOP2");
        events.round("STOP-2026", "Báo cáo tháng 12", DUE, List.of("STOP1", "STOP2"), "OPEN");
        awaitRound("STOP-2026");

        sweepAt(local(LocalDate.of(2026, 12, 21), "09:00"));
        assertThat(mailsByRecipient()).containsOnlyKeys("stop1@agency.test", "stop2@agency.test");

        events.submitted("STOP-2026", "STOP1", 1);
        awaitReportSequence("STOP-2026", "STOP1", 1);
        TestSmtp.purge();
        for (LocalDate day = LocalDate.of(2026, 12, 22); day.isBefore(LocalDate.of(2026, 12, 31)); day = day.plusDays(1)) {
            sweepAt(local(day, "09:00"));
        }
        assertThat(mailsByRecipient().keySet()).doesNotContain("stop1@agency.test", "head.stop1@agency.test")
                .contains("stop2@agency.test", "head.stop2@agency.test");
    }

    @Test
    void aSubmissionArrivingWhileASweepRunsStopsTheMailAboutToLeave() {
        agencies("MID1");
        events.round("MID-2026", "Báo cáo tháng 12", DUE, List.of("MID1"), "OPEN");
        awaitRound("MID-2026");
        Instant now = local(LocalDate.of(2026, 12, 21), "09:00");
        clock.set(now);

        assertThat(recorder.recordDue(now)).isEqualTo(1);
        events.submitted("MID-2026", "MID1", 1);
        awaitReportSequence("MID-2026", "MID1", 1);
        DeliveryResult delivered = delivery.deliverDue(now);

        assertThat(delivered.cancelled()).isEqualTo(1);
        assertThat(delivered.sent()).isZero();
        assertThat(mails()).isEmpty();
        assertThat(recorded("MID-2026")).singleElement()
                .satisfies(r -> assertThat(r.status().name()).isEqualTo("CANCELLED"));
    }

    @Test
    void aReturnedReportStartsTheLadderAgainAgainstTheNewDeadline() throws Exception {
        agencies("RET1");
        events.round("RET-2026", "Báo cáo tháng 12", DUE, List.of("RET1"), "OPEN");
        awaitRound("RET-2026");
        events.submitted("RET-2026", "RET1", 1);
        awaitReportSequence("RET-2026", "RET1", 1);
        sweepAt(local(LocalDate.of(2026, 12, 21), "09:00"));
        assertThat(mails()).isEmpty();

        Instant newDue = local(LocalDate.of(2026, 12, 24), "17:00");
        events.returned("RET-2026", "RET1", 2, newDue);
        awaitReportSequence("RET-2026", "RET1", 2);
        assertThat(walk(LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 25), "10:00"))
                .containsExactly("21 ret1@agency.test", "24 ret1@agency.test", "25 ret1@agency.test");
        assertThat(walkedMail("21 ret1@agency.test").plain()).contains("24/12/2026 17:00").contains("còn 3 ngày");
    }
}
