package vn.reform.gateway.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import vn.reform.gateway.domain.Role;
import vn.reform.gateway.domain.UserAccount;
import vn.reform.gateway.support.Fixtures;
import vn.reform.gateway.support.BrowserTestBase;
import vn.reform.gateway.support.StandInBackend.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/** Home Affairs' pages in Chromium against stand-in services: the live dashboard, review, opening a round. */
class DashboardBrowserTest extends BrowserTestBase {

    private final AtomicInteger submitted = new AtomicInteger(1);
    private String round;

    @BeforeEach
    void standInServices() {
        round = uniqueCode("DASH");
        BACKEND.answer("GET", "/api/rounds", request -> Reply.json(200, Fixtures.rounds(round, "SNGV", "STP", "STC")));
        BACKEND.answer("GET", "/api/catalogue/templates", request -> Reply.json(200, Fixtures.templates()));
        BACKEND.answer("GET", "/api/catalogue/agencies", request -> Reply.json(200, Fixtures.agencies()));
        BACKEND.answer("GET", "/api/rollups/" + round, request -> Reply.json(200, rollup(submitted.get())));
    }

    private String rollup(int count) {
        String agencies = "{\"code\":\"SNGV\",\"status\":\"SUBMITTED\",\"version\":1,\"submittedAt\":\"2026-11-20T03:00:00Z\",\"late\":false}"
                + (count > 1 ? ",{\"code\":\"STP\",\"status\":\"SUBMITTED\",\"version\":1,\"submittedAt\":\"2026-11-21T03:00:00Z\",\"late\":true}" : "");
        return "{\"round\":\"" + round + "\",\"asOf\":\"2026-11-21T04:00:00Z\",\"completeness\":{\"expected\":3,\"submitted\":" + count
                + ",\"onTime\":1,\"late\":" + (count - 1) + ",\"missing\":[" + (count > 1 ? "\"STC\"" : "\"STP\",\"STC\"") + "]},"
                + "\"indicators\":{\"TIN_BAI\":{\"value\":" + (35 * count) + "},\"HS_QUA_MOT_CUA\":{\"value\":1.0,\"numerator\":9,\"denominator\":9},"
                + "\"MUC_DVC_TRUC_TUYEN\":{\"value\":{\"MOT_PHAN\":" + count + "}}},\"agencies\":[" + agencies + "]}";
    }

    @Test
    void theDashboardShowsTheRoundAndUpdatesItselfWhenAReportArrives() {
        UserAccount snv = newUser("SNV", Role.HOME_AFFAIRS);
        browser.signIn(snv.username(), PASSWORD);
        browser.await(d -> d.getCurrentUrl().endsWith("/dashboard"));
        browser.awaitVisible("a[href='/dashboard/" + round + "']").click();

        browser.awaitText("#count-submitted", "1");
        assertThat(browser.script("return document.getElementById('completeness-bar').value;")).isEqualTo(1L);
        assertThat(browser.text("total-TIN_BAI")).isEqualTo("35");
        assertThat(browser.text("total-HS_QUA_MOT_CUA")).contains("9/9");
        assertThat(browser.text("agency-table")).contains("Sở Ngoại vụ").contains("Chưa nộp");
        assertThat(browser.find("#export-xlsx").getAttribute("href")).endsWith("/api/rollups/" + round + "/export?format=xlsx");
        assertThat(browser.script("return !!Chart.getChart('chart-completeness') && !!Chart.getChart('chart-across');")).isEqualTo(true);
        assertThat(browser.accessibilityProblems()).isEmpty();
        browser.screenshot("dashboard-before");

        submitted.set(2);
        long changed = System.nanoTime();
        browser.awaitWithin(Duration.ofSeconds(5), d -> "2".equals(browser.text("count-submitted")));
        assertThat(Duration.ofNanos(System.nanoTime() - changed)).isLessThan(Duration.ofSeconds(5));
        assertThat(browser.text("total-TIN_BAI")).isEqualTo("70");
        browser.screenshot("dashboard-after-report-arrived");
    }

    @Test
    void homeAffairsDrillsIntoAReportAndReturnsItWithAReason() {
        String reportPath = "/api/rounds/" + round + "/reports/SNGV";
        JsonNode sample = Fixtures.sample("report-submitted-sngv-v1.json").get("payload");
        BACKEND.answer("GET", reportPath, request -> Reply.json(200, "{\"round\":\"" + round + "\",\"agency\":\"SNGV\","
                + "\"status\":\"SUBMITTED\",\"draft\":null,\"latest\":" + Fixtures.JSON.writeValueAsString(sample)
                + ",\"versions\":[{\"version\":2,\"submittedAt\":\"2026-11-20T03:00:00Z\",\"late\":false,\"submittedBy\":\"sngv\",\"status\":\"SUBMITTED\"}]}"));
        String version2 = Fixtures.JSON.writeValueAsString(sample).replaceFirst("\\{", "{\"changes\":[{\"field\":\"values.TIN_BAI\","
                + "\"before\":30,\"after\":35},{\"field\":\"narrative.KHO_KHAN\",\"before\":null,\"after\":\"<b>Còn 01</b>\"}],");
        BACKEND.answer("GET", reportPath + "/versions/2", request -> Reply.json(200, version2));
        UserAccount snv = newUser("SNV", Role.HOME_AFFAIRS);
        browser.signIn(snv.username(), PASSWORD);
        browser.open("/dashboard/" + round);
        browser.awaitVisible("#agency-table a[href='/rounds/" + round + "/reports/SNGV']").click();

        browser.awaitVisible("#f-TIN_BAI");
        assertThat(browser.byId("f-TIN_BAI").getAttribute("value")).isEqualTo("35");
        assertThat(browser.byId("f-TIN_BAI").isEnabled()).as("Home Affairs reads, does not edit").isFalse();
        browser.find("#history button").click();
        browser.awaitText("#changes", "Số tin bài tuyên truyền CCHC: 30 → 35");
        assertThat(browser.text("changes")).contains("Khó khăn, vướng mắc: — → <b>Còn 01</b>");

        browser.byId("return-report").click();
        browser.awaitText("#review-result", "Cần nêu lý do");
        browser.type("#return-reason", "Đề nghị bổ sung số công chức");
        browser.byId("return-report").click();
        browser.await(d -> !BACKEND.receivedFor(reportPath + "/return").isEmpty());
        assertThat(BACKEND.lastFor(reportPath + "/return").body()).isEqualTo("{\"reason\":\"Đề nghị bổ sung số công chức\"}");
    }

    @Test
    void homeAffairsOpensANewRound() {
        BACKEND.answer("POST", "/api/rounds", request -> Reply.json(201, Fixtures.round("2026-ADHOC-NEW", "SNGV")));
        UserAccount snv = newUser("SNV", Role.HOME_AFFAIRS);
        browser.signIn(snv.username(), PASSWORD);
        browser.awaitVisible("#new-round");

        browser.type("#round-code", "2026-ADHOC-NEW");
        browser.setValue("#round-dataFrom", "2026-10-15");
        browser.setValue("#round-dataTo", "2026-11-14");
        browser.setValue("#round-dueAt", "2026-11-18T17:00");
        browser.byId("create-round").click();
        browser.awaitText("#err-round-expected", "bắt buộc");
        browser.find("input[name='expected'][value='SNGV']").click();
        browser.byId("create-round").click();

        browser.await(d -> d.getCurrentUrl().endsWith("/dashboard/2026-ADHOC-NEW"));
        JsonNode posted = Fixtures.JSON.readTree(BACKEND.receivedFor("/api/rounds").stream()
                .filter(r -> r.method().equals("POST")).reduce((a, b) -> b).orElseThrow().body());
        assertThat(posted.get("dueAt").asString()).isEqualTo("2026-11-18T10:00:00.000Z");
        assertThat(posted.get("expectedAgencies").get(0).asString()).isEqualTo("SNGV");
        assertThat(posted.get("templateCode").asString()).isEqualTo("CCHC");
    }
}
