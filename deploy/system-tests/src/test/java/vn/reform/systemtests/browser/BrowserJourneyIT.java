package vn.reform.systemtests.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import vn.reform.systemtests.ApiClient;
import vn.reform.systemtests.RunningStack;

/**
 * Issue 6, point 5, on the whole running stack in Debian's Chromium: the head of Sở Ngoại vụ signs in, fills in
 * the sample report (106/BC-SNgV) in the generated form, meets a field error, fixes it and submits; Home Affairs'
 * open dashboard counts the report by itself; a user of another agency cannot open it. Screenshots are kept in
 * target/screenshots.
 */
class BrowserJourneyIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static RunningStack stack;
    private static Chromium agency;
    private static Chromium homeAffairs;

    @BeforeAll
    static void start() {
        stack = RunningStack.shared();
        agency = new Chromium(stack.gatewayUrl());
        homeAffairs = new Chromium(stack.gatewayUrl());
    }

    @AfterAll
    static void stop() {
        if (agency != null) {
            agency.close();
        }
        if (homeAffairs != null) {
            homeAffairs.close();
        }
    }

    @Test
    void anAgencyFillsAndSubmitsTheSampleReportAndHomeAffairsSeesItCounted() throws Exception {
        String round = "WEB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ApiClient snv = ApiClient.signIn(stack.gatewayUrl(), "snv", "demo");
        var opened = snv.post("/api/rounds", Map.of("code", round, "templateCode", "CCHC", "periodKind", "AD_HOC",
                "dataFrom", "2022-12-15", "dataTo", "2023-08-31", "dueAt", Instant.now().plus(Duration.ofDays(5)).toString(),
                "expectedAgencies", List.of("SNGV", "STP")), Map.of());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);

        homeAffairs.signIn("snv", "demo");
        homeAffairs.open("/dashboard/" + round);
        homeAffairs.await(Duration.ofSeconds(20), d -> "0".equals(homeAffairs.text("count-submitted")));
        homeAffairs.screenshot("journey-dashboard-before");

        agency.signIn("sngv", "demo");
        agency.await(Duration.ofSeconds(20), d -> !d.findElements(By.cssSelector("a.round-link[href*='" + round + "']")).isEmpty());
        agency.driver.findElement(By.cssSelector("a.round-link[href*='" + round + "']")).click();
        agency.await(Duration.ofSeconds(20), d -> !d.findElements(By.id("f-documentNumber")).isEmpty());

        JsonNode sample = ApiClient.JSON.readTree(Files.readString(Path.of(System.getProperty("contracts.dir"),
                "samples", "report-submitted-sngv-v1.json"))).get("payload");
        agency.fill(sample);
        agency.type("f-KIEM_TRA_parts_NOI_BO", "1");
        agency.driver.findElement(By.id("f-TIN_BAI")).click();
        agency.await(Duration.ofSeconds(5), d -> agency.text("err-KIEM_TRA").contains("Tổng các loại kiểm tra"));
        agency.screenshot("journey-field-error");
        agency.type("f-KIEM_TRA_parts_NOI_BO", "2");
        agency.await(Duration.ofSeconds(5), d -> agency.text("err-KIEM_TRA").isEmpty());

        agency.driver.findElement(By.id("submit-report")).click();
        agency.await(Duration.ofSeconds(5), d -> d.findElement(By.id("confirm-submit")).isDisplayed());
        agency.driver.findElement(By.id("confirm-submit")).click();
        agency.await(Duration.ofSeconds(20), d -> agency.text("submitted") != null && agency.text("submitted").contains("phiên bản 1"));
        agency.screenshot("journey-submitted");

        homeAffairs.await(Duration.ofSeconds(30), d -> "1".equals(homeAffairs.text("count-submitted")));
        assertThat(homeAffairs.text("total-TIN_BAI")).isEqualTo("35");
        homeAffairs.screenshot("journey-dashboard-after");

        agency.signOut();
        agency.signIn("stp", "demo");
        agency.open("/rounds/" + round + "/reports/SNGV");
        agency.await(Duration.ofSeconds(10), d -> agency.text("forbidden") != null);
        agency.screenshot("journey-other-agency-refused");
        assertThat(ApiClient.signIn(stack.gatewayUrl(), "stp", "demo").get("/api/rounds/" + round + "/reports/SNGV").status())
                .isEqualTo(403);
    }

    /** Debian's headless Chromium through Debian's chromedriver, fresh profile, phone-sized. */
    static final class Chromium {

        private final WebDriver driver;
        private final String baseUrl;

        Chromium(String baseUrl) {
            this.baseUrl = baseUrl;
            System.setProperty("SE_OFFLINE", "true");
            Path profile;
            try {
                profile = Files.createTempDirectory("journey-chromium");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--window-size=412,915", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
        }

        void open(String path) {
            driver.get(baseUrl + path);
        }

        void signIn(String username, String password) {
            open("/login");
            type("username", username);
            type("password", password);
            driver.findElement(By.id("login-submit")).click();
            await(Duration.ofSeconds(20), d -> !d.getCurrentUrl().contains("/login"));
        }

        void signOut() {
            driver.findElement(By.id("signout")).click();
            await(Duration.ofSeconds(10), d -> d.getCurrentUrl().contains("/login"));
        }

        void type(String id, String text) {
            var input = driver.findElement(By.id(id));
            input.clear();
            input.sendKeys(text);
        }

        void typeAt(String css, String text) {
            var input = driver.findElement(By.cssSelector(css));
            input.clear();
            input.sendKeys(text);
        }

        /** Sets a value as a picker or a paste would, firing input and change. */
        void paste(String css, String value) {
            ((JavascriptExecutor) driver).executeScript("const e = document.querySelector(arguments[0]); e.value = arguments[1];"
                    + "e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));",
                    css, value);
        }

        String text(String id) {
            Object text = ((JavascriptExecutor) driver).executeScript(
                    "const e = document.getElementById(arguments[0]); return e ? e.textContent : null;", id);
            return text == null ? null : text.toString();
        }

        <T> T await(Duration limit, Function<WebDriver, T> condition) {
            WebDriverWait wait = new WebDriverWait(driver, limit, Duration.ofMillis(200));
            wait.ignoring(StaleElementReferenceException.class);
            return wait.until(condition);
        }

        /** The sample report's figures, documents and narratives, typed (long texts pasted) into the form. */
        void fill(JsonNode sample) {
            type("f-documentNumber", sample.get("documentNumber").asString());
            type("f-signer", sample.get("signer").asString());
            sample.get("values").properties().forEach(entry -> {
                String code = entry.getKey();
                JsonNode value = entry.getValue();
                if (value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        driver.findElement(By.id("add-" + code)).click();
                        String row = "[data-key='" + code + "[" + i + "].";
                        typeAt(row + "number']", value.get(i).get("number").asString());
                        paste(row + "date']", value.get(i).get("date").asString());
                        paste(row + "title']", value.get(i).get("title").asString());
                    }
                } else if (value.has("total")) {
                    type("f-" + code, value.get("total").asString());
                    value.get("parts").properties().forEach(p -> type("f-" + code + "_parts_" + p.getKey(), p.getValue().asString()));
                } else if (value.has("numerator")) {
                    type("f-" + code + "_numerator", value.get("numerator").asString());
                    type("f-" + code + "_denominator", value.get("denominator").asString());
                } else if (value.isBoolean() || value.isString()) {
                    new Select(driver.findElement(By.id("f-" + code))).selectByValue(value.asString());
                } else {
                    type("f-" + code, value.asString());
                }
            });
            sample.get("narrative").properties().forEach(n -> paste("#f-narrative_" + n.getKey(), n.getValue().asString()));
        }

        void screenshot(String name) throws IOException {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        }

        void close() {
            driver.quit();
        }
    }
}
