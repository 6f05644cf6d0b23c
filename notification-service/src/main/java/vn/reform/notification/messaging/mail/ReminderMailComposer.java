package vn.reform.notification.messaging.mail;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

import vn.reform.notification.config.MailContentProperties;
import vn.reform.notification.domain.MailLine;
import vn.reform.notification.domain.ReminderStage;
import vn.reform.notification.domain.WorkingCalendar;

/**
 * Writes one mail (Vietnamese, plain text and HTML) for all reminders due to one recipient on one day. Everything
 * that comes from data is HTML-escaped in the HTML part.
 */
@Component
public class ReminderMailComposer {

    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final String FOOTER = "Thư này được gửi tự động từ Hệ thống báo cáo cải cách hành chính. "
            + "Nếu báo cáo đã được nộp, xin vui lòng bỏ qua thư này.";

    private final WorkingCalendar calendar;
    private final MailContentProperties properties;

    public ReminderMailComposer(WorkingCalendar calendar, MailContentProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    public ReminderMail compose(String recipient, List<MailLine> lines) {
        StringBuilder text = new StringBuilder(greeting(lines)).append("\n\n").append(intro(lines)).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"></head><body>")
                .append("<p>").append(esc(greeting(lines))).append("</p><p>").append(esc(intro(lines))).append("</p><ul>");
        for (MailLine line : lines) {
            String link = formLink(line);
            text.append("- ").append(describe(line)).append("\n  Nộp báo cáo tại: ").append(link).append("\n");
            html.append("<li>").append(esc(describe(line))).append("<br><a href=\"").append(esc(link))
                    .append("\">Mở biểu mẫu báo cáo</a></li>");
        }
        text.append("\n").append(FOOTER).append("\n");
        html.append("</ul><p><small>").append(esc(FOOTER)).append("</small></p></body></html>");
        return new ReminderMail(recipient, subject(lines), text.toString(), html.toString());
    }

    String subject(List<MailLine> lines) {
        String rounds = String.join("; ", lines.stream()
                .map(l -> l.round().displayTitle() + " (" + l.round().code() + ")").distinct().toList());
        if (lines.stream().allMatch(l -> l.stage() == ReminderStage.HOME_AFFAIRS_DIGEST)) {
            return "Tổng hợp đơn vị chậm nộp báo cáo: " + rounds;
        }
        if (lines.stream().anyMatch(l -> l.stage() == ReminderStage.HEAD_ESCALATION)) {
            return "Báo cáo quá hạn, đề nghị Thủ trưởng đơn vị chỉ đạo: " + rounds;
        }
        return "Nhắc hạn nộp báo cáo: " + rounds;
    }

    private static String greeting(List<MailLine> lines) {
        MailLine first = lines.get(0);
        return switch (first.stage().audience()) {
            case HOME_AFFAIRS -> "Kính gửi: Sở Nội vụ,";
            case AGENCY_HEAD -> "Kính gửi: " + (first.agency().headName() == null ? "" : first.agency().headName() + ", ")
                    + "Thủ trưởng " + first.agency().displayName() + ",";
            case AGENCY_FOCAL_POINT -> "Kính gửi: " + first.agency().displayName() + ",";
        };
    }

    private static String intro(List<MailLine> lines) {
        if (lines.stream().allMatch(l -> l.stage() == ReminderStage.HOME_AFFAIRS_DIGEST)) {
            return "Danh sách các đơn vị chưa nộp báo cáo và đã quá hạn (" + lines.size() + " báo cáo):";
        }
        return "Hệ thống xin nhắc các báo cáo sau chưa được nộp:";
    }

    String describe(MailLine line) {
        String what = "Báo cáo \"" + line.round().displayTitle() + "\" (kỳ " + line.round().code() + ") của "
                + line.agency().displayName() + ": hạn nộp " + deadline(line.dueAt());
        return what + switch (line.stage()) {
            case BEFORE_DEADLINE -> ", còn " + ChronoUnit.DAYS.between(line.day(), calendar.localDate(line.dueAt()))
                    + " ngày.";
            case DUE_DAY -> ", hạn nộp là hôm nay.";
            case OVERDUE, HEAD_ESCALATION, HOME_AFFAIRS_DIGEST -> ", đã quá hạn " + line.workingDaysOverdue()
                    + " ngày làm việc.";
        };
    }

    String deadline(Instant dueAt) {
        return DEADLINE.format(dueAt.atZone(calendar.zone()));
    }

    String formLink(MailLine line) {
        return UriComponentsBuilder.fromUriString(properties.formBaseUrl())
                .pathSegment("rounds", line.round().code(), "reports", line.agency().code())
                .build().encode().toUriString();
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
