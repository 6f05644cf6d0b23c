package vn.reform.gateway.web;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import vn.reform.gateway.domain.Role;
import vn.reform.gateway.domain.UserAccount;
import vn.reform.gateway.support.Fixtures;
import vn.reform.gateway.support.BrowserTestBase;
import vn.reform.gateway.support.StandInBackend.Received;
import vn.reform.gateway.support.StandInBackend.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agency's report form in Chromium, against the stand-in submission service: the head fills in the sample
 * report (106/BC-SNgV), meets a field error, fixes it, submits; the server's own field errors land next to their
 * fields; another agency cannot open the report.
 */
class ReportFormBrowserTest extends BrowserTestBase {

    private final AtomicReference<String> report = new AtomicReference<>();
    private final AtomicInteger submissions = new AtomicInteger();
    private String round;

    @BeforeEach
    void standInSubmissionService() {
        round = uniqueCode("PAR");
        String reportPath = "/api/rounds/" + round + "/reports/SNGV";
        report.set("{\"round\":\"" + round + "\",\"agency\":\"SNGV\",\"status\":\"DRAFT\",\"draft\":null,\"latest\":null,\"versions\":[]}");
        BACKEND.answer("GET", "/api/rounds", request -> Reply.json(200, Fixtures.rounds(round, "SNGV", "STP")));
        BACKEND.answer("GET", "/api/catalogue/templates", request -> Reply.json(200, Fixtures.templates()));
        BACKEND.answer("GET", reportPath, request -> Reply.json(200, report.get()));
        BACKEND.answer("PUT", reportPath + "/draft", request -> Reply.json(200, "{}"));
        BACKEND.answer("POST", reportPath + "/submissions", request -> {
            if (submissions.incrementAndGet() == 1) {
                return Reply.json(400, "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                        + "\"detail\":\"Dữ liệu chưa hợp lệ\",\"errors\":[{\"field\":\"values.TIN_BAI\",\"code\":\"mismatch\","
                        + "\"message\":\"Số tin bài không khớp với thuyết minh\"}]}");
            }
            report.set("{\"round\":\"" + round + "\",\"agency\":\"SNGV\",\"status\":\"SUBMITTED\",\"draft\":null,\"latest\":"
                    + request.body() + ",\"versions\":[{\"version\":1,\"submittedAt\":\"2026-11-20T03:00:00Z\",\"late\":false,"
                    + "\"submittedBy\":\"sngv\",\"status\":\"SUBMITTED\"}]}");
            return Reply.json(201, "{\"version\":1,\"submittedAt\":\"2026-11-20T03:00:00Z\",\"late\":false,\"status\":\"SUBMITTED\"}");
        });
    }

    @Test
    void theHeadFillsTheSampleReportMeetsAFieldErrorFixesItAndSubmits() {
        UserAccount head = newUser("SNGV", Role.AGENCY_STAFF, Role.AGENCY_HEAD);
        browser.signIn(head.username(), PASSWORD);
        browser.await(d -> d.getCurrentUrl().endsWith("/rounds"));
        browser.awaitVisible("#rounds-table a.round-link").click();
        browser.awaitVisible("#f-documentNumber");
        assertThat(browser.accessibilityProblems()).isEmpty();

        JsonNode sample = Fixtures.sample("report-submitted-sngv-v1.json").get("payload");
        fill(sample);
        browser.type("#f-KIEM_TRA_parts_NOI_BO", "1");
        browser.find("#f-TIN_BAI").click();
        browser.awaitText("#err-KIEM_TRA", "Tổng các loại kiểm tra phải bằng tổng số cuộc kiểm tra");
        assertThat(browser.byId("f-KIEM_TRA").getAttribute("aria-invalid")).isEqualTo("true");
        browser.screenshot("report-field-error");

        browser.type("#f-KIEM_TRA_parts_NOI_BO", "2");
        browser.await(d -> d.findElement(By.id("err-KIEM_TRA")).getText().isEmpty());
        Received draft = awaitDraft();
        assertThat(Fixtures.JSON.readTree(draft.body()).at("/values/TIN_BAI").asInt()).isEqualTo(35);

        submitAndConfirm();
        browser.awaitText("#err-TIN_BAI", "Số tin bài không khớp với thuyết minh");
        browser.screenshot("report-server-error");

        browser.type("#f-TIN_BAI", "35");
        submitAndConfirm();
        browser.awaitText("#submitted", "Đã nộp phiên bản 1");
        browser.awaitText("#report-status", "Đã nộp");
        browser.screenshot("report-submitted");

        var posted = BACKEND.receivedFor("/api/rounds/" + round + "/reports/SNGV/submissions");
        assertThat(posted).hasSize(2);
        assertThat(posted.get(0).header("Idempotency-Key")).isNotBlank().isNotEqualTo(posted.get(1).header("Idempotency-Key"));
        JsonNode body = Fixtures.JSON.readTree(posted.get(1).body());
        assertThat(body.get("values")).isEqualTo(sample.get("values"));
        assertThat(body.get("narrative")).isEqualTo(sample.get("narrative"));
        assertThat(body.get("documentNumber").asString()).isEqualTo("106/BC-SNgV");
        assertThat(body.get("signer").asString()).isEqualTo("Phạm Thị Anh Thư");
    }

    @Test
    void checksInTheBrowserMirrorTheServersRules() {
        UserAccount head = newUser("SNGV", Role.AGENCY_STAFF, Role.AGENCY_HEAD);
        browser.signIn(head.username(), PASSWORD);
        browser.open("/rounds/" + round + "/reports/SNGV");
        browser.awaitVisible("#f-TIN_BAI");

        browser.type("#f-TIN_BAI", "3,5");
        browser.type("#f-EMAIL_CONG_VU", "120");
        browser.type("#f-HS_QUA_MOT_CUA_numerator", "10");
        browser.type("#f-HS_QUA_MOT_CUA_denominator", "9");
        browser.find("#add-KH_VAN_BAN").click();
        browser.type("[data-key='KH_VAN_BAN[0].number']", "01/KH-SNgV");
        browser.setValue("[data-key='KH_VAN_BAN[0].date']", "2024-01-05");
        browser.type("[data-key='KH_VAN_BAN[0].title']", "Kế hoạch ngoài kỳ");
        browser.byId("submit-report").click();

        browser.awaitText("#error-summary", "lỗi");
        assertThat(browser.byId("err-TIN_BAI").getText()).isEqualTo("Phải là số nguyên.");
        assertThat(browser.byId("err-EMAIL_CONG_VU").getText()).isEqualTo("Tỷ lệ phải từ 0 đến 100.");
        assertThat(browser.byId("err-HS_QUA_MOT_CUA").getText()).isEqualTo("Tử số không được lớn hơn mẫu số.");
        assertThat(browser.byId("err-KH_VAN_BAN-0").getText()).isEqualTo("Ngày văn bản phải nằm trong kỳ báo cáo");
        assertThat(browser.byId("err-documentNumber").getText()).isEqualTo("Trường này là bắt buộc.");
        assertThat(browser.driver().findElement(By.id("confirm-dialog")).isDisplayed()).isFalse();

        browser.find("button.doc-remove").click();
        browser.await(d -> d.findElements(By.cssSelector("[data-key^='KH_VAN_BAN[']")).isEmpty());
        assertThat(BACKEND.receivedFor("/api/rounds/" + round + "/reports/SNGV/submissions")).isEmpty();
    }

    @Test
    void anotherAgencyCannotOpenTheReport() {
        UserAccount other = newUser("STP", Role.AGENCY_STAFF, Role.AGENCY_HEAD);
        browser.signIn(other.username(), PASSWORD);
        browser.open("/rounds/" + round + "/reports/SNGV");

        browser.awaitText("#forbidden", "Không có quyền truy cập");
        browser.screenshot("report-other-agency-forbidden");
        assertThat(BACKEND.receivedFor("/api/rounds/" + round + "/reports/SNGV")).isEmpty();
    }

    private void submitAndConfirm() {
        browser.byId("submit-report").click();
        browser.awaitVisible("#confirm-submit").click();
    }

    private Received awaitDraft() {
        return browser.await(d -> {
            var drafts = BACKEND.receivedFor("/api/rounds/" + round + "/reports/SNGV/draft");
            return drafts.isEmpty() || !drafts.get(drafts.size() - 1).body().contains("\"NOI_BO\":2")
                    ? null : drafts.get(drafts.size() - 1);
        });
    }

    /** Types the sample report's figures, documents and narratives into the form. */
    private void fill(JsonNode sample) {
        browser.type("#f-documentNumber", sample.get("documentNumber").asString());
        browser.type("#f-signer", sample.get("signer").asString());
        JsonNode values = sample.get("values");
        for (Iterator<Map.Entry<String, JsonNode>> it = values.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String code = entry.getKey();
            JsonNode value = entry.getValue();
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    browser.find("#add-" + code).click();
                    JsonNode doc = value.get(i);
                    browser.type("[data-key='" + code + "[" + i + "].number']", doc.get("number").asString());
                    browser.setValue("[data-key='" + code + "[" + i + "].date']", doc.get("date").asString());
                    browser.setValue("[data-key='" + code + "[" + i + "].title']", doc.get("title").asString());
                }
            } else if (value.has("total")) {
                browser.type("#f-" + code, value.get("total").asString());
                value.get("parts").properties().forEach(p -> browser.type("#f-" + code + "_parts_" + p.getKey(), p.getValue().asString()));
            } else if (value.has("numerator")) {
                browser.type("#f-" + code + "_numerator", value.get("numerator").asString());
                browser.type("#f-" + code + "_denominator", value.get("denominator").asString());
            } else if (value.isBoolean()) {
                new Select(browser.byId("f-" + code)).selectByValue(value.asString());
            } else if (value.isString()) {
                new Select(browser.byId("f-" + code)).selectByValue(value.asString());
            } else {
                browser.type("#f-" + code, value.asString());
            }
        }
        // long texts are pasted rather than typed key by key
        sample.get("narrative").properties().forEach(n -> browser.setValue("#f-narrative_" + n.getKey(), n.getValue().asString()));
    }
}
