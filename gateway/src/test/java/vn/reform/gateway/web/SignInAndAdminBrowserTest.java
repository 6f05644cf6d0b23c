package vn.reform.gateway.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import vn.reform.gateway.domain.Role;
import vn.reform.gateway.domain.UserAccount;
import vn.reform.gateway.support.BrowserTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in page, the language switch, keyboard use and the admin users page, in a real Chromium. */
class SignInAndAdminBrowserTest extends BrowserTestBase {


    @Test
    void theSignInPageSpeaksVietnameseFirstAndSwitchesToEnglish() {
        browser.open("/login");
        assertThat(browser.find("h1").getText()).isEqualTo("Đăng nhập");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("vi");
        assertThat(browser.accessibilityProblems()).isEmpty();

        browser.byId("lang-switch").click();
        browser.awaitText("h1", "Sign in");
        browser.open("/login");
        assertThat(browser.find("h1").getText()).as("the choice is remembered").isEqualTo("Sign in");
        browser.screenshot("sign-in-english");

        browser.byId("lang-switch").click();
        browser.awaitText("h1", "Đăng nhập");
    }

    @Test
    void wrongPasswordIsSaidOnThePageAndTheFormWorksByKeyboard() {
        UserAccount user = newUser("STP", Role.AGENCY_STAFF);
        browser.open("/login");
        // Chromium focuses the autofocus field in a rendering step after the load event: wait for it, not assume it
        browser.awaitWithin(Duration.ofSeconds(5),
                d -> "username".equals(d.switchTo().activeElement().getAttribute("id")));
        browser.driver().switchTo().activeElement().sendKeys(user.username(), Keys.TAB);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("password");
        browser.driver().switchTo().activeElement().sendKeys("not-my-password", Keys.TAB);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("login-submit");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);

        browser.awaitVisible("#login-error");
        assertThat(browser.byId("login-error").getText()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
        browser.screenshot("sign-in-error");

        browser.type("#username", user.username());
        browser.type("#password", PASSWORD);
        browser.find("#password").sendKeys(Keys.ENTER);
        browser.await(d -> d.getCurrentUrl().endsWith("/rounds"));
    }

    @Test
    void anAdminManagesUsersAndWhatUsersTypedIsShownAsText() {
        UserAccount admin = newUser(null, Role.ADMIN);
        browser.signIn(admin.username(), PASSWORD);
        browser.await(d -> d.getCurrentUrl().endsWith("/admin/users"));
        browser.awaitVisible("#users-table");
        assertThat(browser.accessibilityProblems()).isEmpty();

        String username = "x" + uniqueCode("u").toLowerCase().replace("-", "");
        String hostile = "<img src=x onerror=\"document.title='pwned'\"><b>Trưởng phòng</b>";
        browser.type("#new-username", username);
        browser.type("#new-displayName", hostile);
        browser.type("#new-agency", "SNGV");
        browser.type("#new-password", "mat-khau-dai-123");
        browser.byId("create-user-submit").click();

        browser.awaitText("#users-result", username);
        browser.awaitText("#users-table", hostile);
        assertThat(browser.driver().findElements(By.cssSelector("#users-table img, #users-table b"))).isEmpty();
        assertThat(browser.driver().getTitle()).doesNotContain("pwned");
        browser.screenshot("admin-users");

        browser.type("#new-username", "Bad Name");
        browser.type("#new-displayName", "Ai đó");
        browser.type("#new-password", "short");
        browser.byId("create-user-submit").click();
        browser.awaitText("#err-new-password", "ít nhất 8 ký tự");
        assertThat(browser.byId("err-new-username").getText()).isNotBlank();
    }
}
