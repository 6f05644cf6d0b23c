package vn.reform.notification.messaging.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.reform.notification.config.MailContentProperties;
import vn.reform.notification.domain.Agency;
import vn.reform.notification.domain.MailLine;
import vn.reform.notification.domain.ReminderStage;
import vn.reform.notification.domain.Round;
import vn.reform.notification.support.TestCalendars;

class ReminderMailComposerTest {

    static final ReminderMailComposer COMPOSER = new ReminderMailComposer(TestCalendars.CALENDAR,
            new MailContentProperties("nhac-han@test", "https://baocao.example.vn/", "SNV", "snv@test"));
    static final Round ROUND = new Round("2026-Q4", "Báo cáo <CCHC> quý IV & năm 2026",
            Instant.parse("2026-12-18T10:00:00Z"), List.of("SNGV"), true, Map.of());
    static final Agency AGENCY = new Agency("SNGV", "Sở Ngoại vụ", "vp@sngv", "gd@sngv", "Phạm Thị Anh Thư");

    @Test
    void tellsWhichReportWhichRoundTheDeadlineAndTheLinkInVietnamese() {
        ReminderMail mail = COMPOSER.compose("vp@sngv", List.of(new MailLine(ROUND, AGENCY, ReminderStage.BEFORE_DEADLINE,
                LocalDate.of(2026, 12, 15), ROUND.dueAt(), 0)));

        assertThat(mail.to()).isEqualTo("vp@sngv");
        assertThat(mail.subject()).isEqualTo("Nhắc hạn nộp báo cáo: Báo cáo <CCHC> quý IV & năm 2026 (2026-Q4)");
        assertThat(mail.plainText()).contains("Kính gửi: Sở Ngoại vụ,")
                .contains("Báo cáo \"Báo cáo <CCHC> quý IV & năm 2026\" (kỳ 2026-Q4) của Sở Ngoại vụ: hạn nộp 18/12/2026 17:00, còn 3 ngày.")
                .contains("https://baocao.example.vn/rounds/2026-Q4/reports/SNGV");
    }

    @Test
    void escapesEverythingFromDataInTheHtmlPart() {
        Agency odd = new Agency("A&B", "<script>alert(1)</script>", "x@y", null, null);
        ReminderMail mail = COMPOSER.compose("x@y", List.of(new MailLine(ROUND, odd, ReminderStage.OVERDUE,
                LocalDate.of(2026, 12, 22), ROUND.dueAt(), 2)));

        assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;")
                .contains("Báo cáo &lt;CCHC&gt; quý IV &amp; năm 2026")
                .contains("href=\"https://baocao.example.vn/rounds/2026-Q4/reports/A&amp;B\"")
                .contains("đã quá hạn 2 ngày làm việc");
    }

    @Test
    void theHeadIsAddressedByNameAndTheDigestListsEveryLateAgency() {
        ReminderMail head = COMPOSER.compose("gd@sngv", List.of(new MailLine(ROUND, AGENCY,
                ReminderStage.HEAD_ESCALATION, LocalDate.of(2026, 12, 22), ROUND.dueAt(), 2)));
        assertThat(head.subject()).startsWith("Báo cáo quá hạn, đề nghị Thủ trưởng đơn vị chỉ đạo");
        assertThat(head.plainText()).contains("Kính gửi: Phạm Thị Anh Thư, Thủ trưởng Sở Ngoại vụ,");

        Agency other = new Agency("STP", "Sở Tư pháp", null, null, null);
        ReminderMail digest = COMPOSER.compose("snv@test", List.of(
                new MailLine(ROUND, AGENCY, ReminderStage.HOME_AFFAIRS_DIGEST, LocalDate.of(2026, 12, 25), ROUND.dueAt(), 5),
                new MailLine(ROUND, other, ReminderStage.HOME_AFFAIRS_DIGEST, LocalDate.of(2026, 12, 25), ROUND.dueAt(), 5)));
        assertThat(digest.subject()).isEqualTo("Tổng hợp đơn vị chậm nộp báo cáo: Báo cáo <CCHC> quý IV & năm 2026 (2026-Q4)");
        assertThat(digest.plainText()).contains("Sở Ngoại vụ").contains("Sở Tư pháp").contains("(2 báo cáo)");
    }
}
