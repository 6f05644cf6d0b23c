package vn.reform.gateway.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One Chromium per test class, cookies cleared before each test, a screenshot kept when a test fails. */
public abstract class BrowserTestBase extends GatewayTestBase {

    protected static Browser browser;

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

    @BeforeEach
    void openBrowser() {
        if (browser == null) {
            browser = new Browser(baseUrl());
        }
        browser.driver().manage().deleteAllCookies();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
