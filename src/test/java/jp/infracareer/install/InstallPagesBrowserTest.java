package jp.infracareer.install;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jp.infracareer.content.InstallText;
import jp.infracareer.kernel.Lang;
import jp.infracareer.testing.BrowserTab;
import jp.infracareer.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The install pages in a real headless Chromium: both languages, the language switch, the "Add to Slack"
 * button, a phone-sized screen, and no console error or CSP violation. Screenshots go to
 * {@code target/browser-artifacts/}. Skipped with a reason where Chromium is missing, except under CI=true.
 */
class InstallPagesBrowserTest {
    private static final Path ARTIFACTS = Path.of("target", "browser-artifacts");
    private static final String PROBE_PATH = "/test/csp-probe";
    private static final InstallText JA = InstallText.load(Lang.JA);
    private static final InstallText EN = InstallText.load(Lang.EN);

    private static ServedInstallPages served;
    private static Chromium chromium;
    private BrowserTab tab;

    @BeforeAll
    static void start() throws Exception {
        chromium = Chromium.launch();
        served = ServedInstallPages.start(Map.of(InstallPages.START_PATH, new BoltStartStandIn(), PROBE_PATH, new CspProbe()));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (served != null) {
                served.close();
            }
        } finally {
            if (chromium != null) {
                chromium.close();
            }
        }
    }

    @BeforeEach
    void openTab() {
        tab = chromium.newTab();
    }

    @AfterEach
    void closeTab() {
        tab.close();
    }

    @Test
    void thePageIsJapaneseForAJapaneseBrowserAndEnglishForAnEnglishOne() throws IOException {
        tab.viewport(1280, 800, 1, false);
        tab.acceptLanguage("ja,en-US;q=0.8,en;q=0.6");
        tab.navigate(served.base() + InstallPages.INSTALL_PATH);

        assertThat(tab.text("document.documentElement.lang")).isEqualTo("ja");
        assertThat(tab.text("document.querySelector('h1').textContent")).isEqualTo(JA.title());
        assertThat(tab.text("document.title")).isEqualTo(JA.title());
        assertThat(tab.number("document.querySelectorAll('code.scope').length")).isEqualTo(JA.scopes().items().size());
        // the viewport less its scroll bar: the page is no wider than the window
        int windowWidth = (int) tab.number("document.documentElement.clientWidth");
        assertPngWidth(tab.screenshot(ARTIFACTS.resolve("install-ja-desktop.png")), windowWidth);

        tab.acceptLanguage("en-US,en;q=0.9,ja;q=0.5");
        tab.navigate(served.base() + InstallPages.INSTALL_PATH);

        assertThat(tab.text("document.documentElement.lang")).isEqualTo("en");
        assertThat(tab.text("document.querySelector('h1').textContent")).isEqualTo(EN.title());
        assertThat(tab.problems()).as("console errors and CSP violations").isEmpty();
    }

    @Test
    void addToSlackLeadsToBoltsStartEndpoint() {
        tab.navigate(served.base() + InstallPages.INSTALL_PATH + "?lang=ja");

        assertThat(tab.evaluate("[...document.querySelectorAll('a.add-to-slack')].map(a => a.href)"))
                .hasSize(2)
                .allSatisfy(href -> assertThat(href.asText()).isEqualTo(served.base() + InstallPages.START_PATH));
        assertThat(tab.text("document.querySelector('a.add-to-slack').textContent")).isEqualTo(JA.button());

        // the stand-in for Bolt redirects to the done page, as Bolt does after Slack's consent screen
        tab.clickAndWaitForLoad("#add-to-slack-top");

        assertThat(tab.text("location.pathname")).isEqualTo(InstallPages.DONE_PATH);
        assertThat(tab.text("document.querySelector('h1').textContent")).isEqualTo(JA.done().title());
        assertThat(tab.problems()).as("console errors and CSP violations").isEmpty();
    }

    @Test
    void theLanguageSwitchChangesTheLanguageBothWays() {
        tab.acceptLanguage("ja");
        tab.navigate(served.base() + InstallPages.INSTALL_PATH);
        assertThat(tab.text("document.querySelector('a.lang-switch').textContent")).isEqualTo(JA.otherLanguage());

        tab.clickAndWaitForLoad("a.lang-switch");

        assertThat(tab.text("document.documentElement.lang")).isEqualTo("en");
        assertThat(tab.text("document.querySelector('h1').textContent")).isEqualTo(EN.title());
        assertThat(tab.text("location.pathname + location.search")).isEqualTo(InstallPages.INSTALL_PATH + "?lang=en");

        tab.clickAndWaitForLoad("a.lang-switch");

        assertThat(tab.text("document.documentElement.lang")).isEqualTo("ja");
        assertThat(tab.text("document.querySelector('h1').textContent")).isEqualTo(JA.title());
        assertThat(tab.problems()).as("console errors and CSP violations").isEmpty();
    }

    @Test
    void onAPhoneThePageFitsTheScreenAndTheButtonsAreEasyToTap() throws IOException {
        tab.viewport(375, 667, 2, true);
        tab.navigate(served.base() + InstallPages.INSTALL_PATH + "?lang=ja");

        assertThat(tab.number("innerWidth")).isEqualTo(375);
        assertThat(tab.number("document.documentElement.scrollWidth")).as("page width at 375 px")
                .isLessThanOrEqualTo(tab.number("innerWidth"));
        BrowserTab.Box button = tab.box("#add-to-slack-top");
        assertThat(button.height()).as("Add to Slack button height").isGreaterThanOrEqualTo(44);
        assertThat(button.x()).isGreaterThanOrEqualTo(0);
        assertThat(button.x() + button.width()).isLessThanOrEqualTo(375);
        assertThat(tab.box("a.lang-switch").height()).as("language switch height").isGreaterThanOrEqualTo(44);
        tab.evaluate("scrollTo(0, 0)");
        // the whole page at 2x: 750 pixels wide when nothing sticks out to the right
        assertPngWidth(tab.screenshot(ARTIFACTS.resolve("install-ja-phone.png")), 750);

        tab.navigate(served.base() + InstallPages.FAILED_PATH + "?lang=en");
        assertThat(tab.number("document.documentElement.scrollWidth")).as("failure page width at 375 px")
                .isLessThanOrEqualTo(375);
        assertThat(tab.problems()).as("console errors and CSP violations").isEmpty();
    }

    @Test
    void theFailurePageExplainsAndLinksBackToTheInstallPage() {
        tab.navigate(served.base() + InstallPages.FAILED_PATH + "?lang=en");

        assertThat(tab.text("document.querySelector('h1').textContent")).isEqualTo(EN.failed().title());
        assertThat(tab.number("document.querySelectorAll('ul.steps li').length")).isEqualTo(EN.failed().points().size());

        tab.clickAndWaitForLoad("a.back-to-install");

        assertThat(tab.text("location.pathname + location.search")).isEqualTo(InstallPages.INSTALL_PATH + "?lang=en");
        assertThat(tab.text("document.documentElement.lang")).isEqualTo("en");
        assertThat(tab.text("document.querySelector('h1').textContent")).isEqualTo(EN.title());
        assertThat(tab.problems()).as("console errors and CSP violations").isEmpty();
    }

    /** The control for every "no problems" above: a page that breaks the same policy is caught. */
    @Test
    void aScriptThePolicyForbidsIsReportedAsAProblem() {
        tab.navigate(served.base() + PROBE_PATH);

        assertThat(tab.text("document.title")).as("the inline script must not have run").isEqualTo("probe");
        assertThat(tab.problems()).anySatisfy(problem -> assertThat(problem).contains("Content Security Policy"));
    }

    /** The width in a PNG's header (IHDR, bytes 16-19). */
    private static void assertPngWidth(Path png, int width) throws IOException {
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).as(png + " is a PNG").startsWith(0x89, 'P', 'N', 'G');
        assertThat(java.nio.ByteBuffer.wrap(bytes, 16, 4).getInt()).as(png + " width").isEqualTo(width);
    }

    /** Stands in for Bolt's OAuth start endpoint: Bolt would send the browser to Slack, which comes back done. */
    private static final class BoltStartStandIn extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.sendRedirect(InstallPages.DONE_PATH + "?lang=ja");
        }
    }

    /** A page under the install pages' own policy with an inline script, which the policy must block. */
    private static final class CspProbe extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setHeader("Content-Security-Policy", InstallPages.CONTENT_SECURITY_POLICY);
            response.setContentType("text/html; charset=utf-8");
            response.getOutputStream().write(("<!DOCTYPE html><html lang=\"en\"><head><title>probe</title>"
                    + "<link rel=\"icon\" href=\"data:,\"></head><body>"
                    + "<script>document.title = 'script ran';</script></body></html>").getBytes(StandardCharsets.UTF_8));
        }
    }
}
