package vn.reform.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (no download: SE_OFFLINE), a fresh profile each
 * time, phone-sized window. Screenshots go to target/screenshots.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final String baseUrl;
    private final Path profile;

    public Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        System.setProperty("SE_OFFLINE", "true");
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary("chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=412,915", "--lang=vi", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(binary("chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    private static String binary(String name, String fallback) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return fallback;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    public <T> T await(Function<WebDriver, T> condition) {
        return awaitWithin(Duration.ofSeconds(10), condition);
    }

    public <T> T awaitWithin(Duration limit, Function<WebDriver, T> condition) {
        WebDriverWait wait = new WebDriverWait(driver, limit, Duration.ofMillis(100));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait.until(condition);
    }

    public WebElement awaitVisible(String css) {
        return await(d -> {
            var found = d.findElements(By.cssSelector(css));
            return !found.isEmpty() && found.get(0).isDisplayed() ? found.get(0) : null;
        });
    }

    public void awaitText(String css, String text) {
        await(d -> {
            var found = d.findElements(By.cssSelector(css));
            return !found.isEmpty() && found.get(0).getText().contains(text);
        });
    }

    /** The text of an element, read in one step (pages that refresh themselves replace their elements). */
    public String text(String id) {
        Object text = script("const e = document.getElementById(arguments[0]); return e ? e.textContent : null;", id);
        return text == null ? null : text.toString();
    }

    /** Types into an input (clearing it first). */
    public void type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
    }

    /** Sets a value the way a picker would (date inputs), firing input and change events. */
    public void setValue(String css, String value) {
        script("const e = document.querySelector(arguments[0]); e.value = arguments[1];"
                + "e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));",
                css, value);
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public void signIn(String username, String password) {
        open("/login");
        type("#username", username);
        type("#password", password);
        find("#login-submit").click();
        await(d -> !d.getCurrentUrl().contains("/login"));
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What breaks the basic accessibility of the page: inputs, selects and text areas that no label, aria-label or
     * aria-labelledby names; controls taken out of the keyboard order; visible text whose contrast with its
     * background is under 4.5:1 (WCAG AA).
     */
    @SuppressWarnings("unchecked")
    public java.util.List<String> accessibilityProblems() {
        return (java.util.List<String>) script("""
                const problems = [];
                document.querySelectorAll('input:not([type=hidden]), select, textarea').forEach(e => {
                  if (!(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
                    problems.push('unlabelled: ' + e.outerHTML);
                });
                document.querySelectorAll('a[href], button, input, select, textarea, summary').forEach(e => {
                  if (e.tabIndex < 0) problems.push('not reachable by keyboard: ' + e.outerHTML);
                });
                const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
                const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
                  .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
                const background = e => {
                  for (let n = e; n; n = n.parentElement) {
                    const c = rgb(getComputedStyle(n).backgroundColor);
                    if (c.length >= 3 && (c.length < 4 || c[3] > 0.5)) return c;
                  }
                  return [255, 255, 255];
                };
                document.querySelectorAll('body *').forEach(e => {
                  const ownText = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
                  if (!ownText || !e.offsetParent || e.closest('.skip')) return;
                  const a = lum(rgb(getComputedStyle(e).color)), b = lum(background(e));
                  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                  if (ratio < 4.5) problems.push('contrast ' + ratio.toFixed(2) + ': ' + e.tagName + ' ' + e.textContent.trim().slice(0, 40));
                });
                return problems;
                """);
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp profile left behind is harmless
        }
    }
}
