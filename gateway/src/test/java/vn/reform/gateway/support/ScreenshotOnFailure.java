package vn.reform.gateway.support;

import java.util.function.Supplier;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Keeps a screenshot of the browser when a browser test fails (target/screenshots/FAILED-…). */
public final class ScreenshotOnFailure implements TestWatcher {

    private final Supplier<Browser> browser;

    public ScreenshotOnFailure(Supplier<Browser> browser) {
        this.browser = browser;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser current = browser.get();
        if (current != null) {
            current.screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
        }
    }
}
