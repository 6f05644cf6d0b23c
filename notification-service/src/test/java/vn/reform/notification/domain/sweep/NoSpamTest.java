package vn.reform.notification.domain.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.reform.notification.support.MutableClock.local;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.reform.notification.support.IntegrationTest;
import vn.reform.notification.support.MailContent;

/** Quiet hours, weekends and holidays, one mail per recipient per day, the Home Affairs digest. */
class NoSpamTest extends IntegrationTest {

    @Test
    void nothingLeavesInQuietHoursOnWeekendsOrOnPublicHolidays() throws Exception {
        agencies("QH1");
        // Friday 28/8/2026 17:00; 1/9 and 2/9/2026 are National Day holidays
        events.round("QH-2026", "Báo cáo tháng 8", local(LocalDate.of(2026, 8, 28), "17:00"), List.of("QH1"), "OPEN");
        awaitRound("QH-2026");

        assertThat(sweepAt(local(LocalDate.of(2026, 8, 29), "09:00")).reason()).isEqualTo("QUIET_TIME");
        assertThat(sweepAt(local(LocalDate.of(2026, 8, 31), "06:30")).reason()).isEqualTo("QUIET_TIME");
        assertThat(mails()).isEmpty();

        assertThat(sweepAt(local(LocalDate.of(2026, 8, 31), "07:00")).sent()).isEqualTo(1);
        assertThat(MailContent.of(mails().get(0)).plain()).contains("đã quá hạn 1 ngày làm việc");

        sweepAt(local(LocalDate.of(2026, 8, 31), "21:00"));
        sweepAt(local(LocalDate.of(2026, 9, 1), "09:00"));
        sweepAt(local(LocalDate.of(2026, 9, 2), "09:00"));
        assertThat(mails()).hasSize(1);

        sweepAt(local(LocalDate.of(2026, 9, 3), "09:00"));
        assertThat(mailsByRecipient()).containsEntry("qh1@agency.test", 2L).containsEntry("head.qh1@agency.test", 1L);
    }

    @Test
    void oneMailPerRecipientPerDayMergesWhateverIsDue() throws Exception {
        agencies("ONE1");
        Instant due = local(LocalDate.of(2026, 12, 18), "17:00");
        events.round("ONE-A", "Báo cáo quý IV", due, List.of("ONE1"), "OPEN");
        events.round("ONE-B", "Báo cáo chuyên đề chuyển đổi số", due, List.of("ONE1"), "OPEN");
        awaitRound("ONE-A");
        awaitRound("ONE-B");

        sweepAt(local(LocalDate.of(2026, 12, 21), "09:00"));
        assertThat(mails()).hasSize(1);
        MailContent merged = MailContent.of(mails().get(0));
        assertThat(merged.subject()).contains("ONE-A").contains("ONE-B");
        assertThat(merged.plain()).contains("Báo cáo quý IV").contains("Báo cáo chuyên đề chuyển đổi số");

        events.round("ONE-C", "Báo cáo đột xuất", local(LocalDate.of(2026, 12, 24), "17:00"), List.of("ONE1"), "OPEN");
        awaitRound("ONE-C");
        sweepAt(local(LocalDate.of(2026, 12, 21), "11:00"));
        assertThat(mails()).hasSize(1);
        assertThat(recorded("ONE-C")).isEmpty();

        sweepAt(local(LocalDate.of(2026, 12, 22), "09:00"));
        assertThat(mailsByRecipient()).containsEntry("one1@agency.test", 2L);
        MailContent next = MailContent.of(mails().get(1));
        assertThat(next.plain()).contains("ONE-A").contains("ONE-B").contains("Báo cáo đột xuất").contains("còn 2 ngày");
    }

    @Test
    void homeAffairsGetsOneDigestOfEveryAgencyLateFiveWorkingDays() throws Exception {
        agencies("DG1", "DG2", "DG3", "DG4", "SNV");
        Instant due = local(LocalDate.of(2026, 12, 14), "17:00");
        events.round("DG-A", "Báo cáo quý IV", due, List.of("DG1", "DG2"), "OPEN");
        events.round("DG-B", "Báo cáo chuyên đề", due, List.of("DG3"), "OPEN");
        events.round("DG-C", "Báo cáo mới", local(LocalDate.of(2026, 12, 17), "17:00"), List.of("DG4"), "OPEN");
        awaitRound("DG-A");
        awaitRound("DG-B");
        awaitRound("DG-C");

        sweepAt(local(LocalDate.of(2026, 12, 21), "09:00"));

        assertThat(mailsByRecipient()).containsEntry("snv@agency.test", 1L);
        MailContent digest = mailTo("snv@agency.test");
        assertThat(digest.subject()).startsWith("Tổng hợp đơn vị chậm nộp báo cáo").contains("DG-A").contains("DG-B");
        assertThat(digest.plain()).contains("Sở DG1").contains("Sở DG2").contains("Sở DG3").doesNotContain("Sở DG4")
                .contains("(3 báo cáo)");
    }

    @Test
    void withoutAHomeAffairsAgencyTheDigestGoesToTheConfiguredAddress() {
        agencies("FB1");
        events.round("FB-A", "Báo cáo quý IV", local(LocalDate.of(2026, 12, 14), "17:00"), List.of("FB1"), "OPEN");
        awaitRound("FB-A");

        sweepAt(local(LocalDate.of(2026, 12, 21), "09:00"));

        assertThat(mailsByRecipient()).containsOnlyKeys("fb1@agency.test", "head.fb1@agency.test",
                "fallback.snv@test.local");
    }
}
