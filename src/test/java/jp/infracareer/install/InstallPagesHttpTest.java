package jp.infracareer.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.infracareer.content.InstallText;
import jp.infracareer.install.InstallHtml.Page;
import jp.infracareer.kernel.Lang;
import jp.infracareer.testing.ManifestFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The install pages over real HTTP on a real Jetty: status, headers, language choice, methods, escaping. */
class InstallPagesHttpTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static ServedInstallPages served;

    @BeforeAll
    static void serve() throws Exception {
        served = ServedInstallPages.start();
    }

    @AfterAll
    static void stop() throws Exception {
        served.close();
    }

    @Test
    void theInstallPageIsSelfContainedHtmlWithSafeHeadersAndTheAddToSlackLink() throws Exception {
        HttpResponse<String> page = get(InstallPages.INSTALL_PATH, null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Content-Type").replace(" ", "").toLowerCase()).isEqualTo("text/html;charset=utf-8");
        assertSafeHeaders(page);
        assertThat(header(page, "Content-Language")).isEqualTo("ja");
        assertThat(page.body()).startsWith("<!DOCTYPE html>").contains("<html lang=\"ja\">")
                .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .contains("href=\"/slack/install/start\"")
                .contains(InstallText.load(Lang.JA).title())
                // self-contained: no script, no file or font from anywhere, no absolute link
                .doesNotContain("<script", "src=", "@import", "url(", "http://", "https://");
    }

    @ParameterizedTest(name = "query [{0}], Accept-Language [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "-              | -                                  | ja",
            "?lang=en       | -                                  | en",
            "?lang=en       | ja                                 | en",
            "?lang=ja       | en-US,en;q=0.9                     | ja",
            "-              | en-US,en;q=0.9,ja;q=0.8            | en",
            "-              | ja;q=0.4, en;q=0.6                 | en",
            "-              | en;q=0.5, ja                       | ja",
            "-              | ja-JP                              | ja",
            "-              | fr-FR, de;q=0.9                    | ja",
            "-              | fr, en-GB;q=0.3                    | en",
            "-              | en;q=0                             | ja",
            "-              | en;q=abc                           | ja",
            "-              | *                                  | ja",
            "?lang=xx       | en                                 | en",
            "?lang=EN       | -                                  | en",
            "?lang=&lang=en | -                                  | ja",
    })
    void languageFollowsTheQueryThenAcceptLanguageThenJapanese(String query, String acceptLanguage, String expected)
            throws Exception {
        HttpResponse<String> page = get(InstallPages.INSTALL_PATH + (query == null ? "" : query), acceptLanguage);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Content-Language")).isEqualTo(expected);
        assertThat(page.body()).contains("<html lang=\"" + expected + "\">")
                .contains(InstallText.load(Lang.parse(expected).orElseThrow()).title());
        assertThat(header(page, "Vary")).containsIgnoringCase("Accept-Language");
    }

    @Test
    void theDonePageSaysWhatToTryAndTheFailedPageLinksBackInTheSameLanguage() throws Exception {
        for (Lang lang : Lang.values()) {
            InstallText text = InstallText.load(lang);
            HttpResponse<String> done = get(InstallPages.DONE_PATH + "?lang=" + lang.code(), null);
            HttpResponse<String> failed = get(InstallPages.FAILED_PATH + "?lang=" + lang.code(), null);

            assertThat(done.statusCode()).isEqualTo(200);
            assertSafeHeaders(done);
            assertThat(done.body()).contains(text.done().title()).contains("/career");
            assertThat(failed.statusCode()).isEqualTo(200);
            assertSafeHeaders(failed);
            assertThat(failed.body()).contains(text.failed().title())
                    .contains("<a class=\"back-to-install\" href=\"/slack/install?lang=" + lang.code() + "\">");
        }
    }

    @Test
    void theScopesOnThePageAreExactlyTheManifestsBotScopes() throws Exception {
        for (Lang lang : Lang.values()) {
            String body = get(InstallPages.INSTALL_PATH + "?lang=" + lang.code(), null).body();
            List<String> shown = new ArrayList<>();
            Matcher scope = Pattern.compile("<code class=\"scope\">([^<]*)</code>").matcher(body);
            while (scope.find()) {
                shown.add(scope.group(1));
            }
            assertThat(shown).as(lang.code()).containsExactlyElementsOf(ManifestFile.botScopes());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
    void onlyGetAndHeadAreAllowed(String method) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(served.uri(InstallPages.INSTALL_PATH))
                .method(method, HttpRequest.BodyPublishers.ofString("lang=en")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(header(response, "Allow")).isEqualTo("GET, HEAD");
        assertThat(header(response, "Connection")).isEqualTo("close");
        assertSafeHeaders(response);
    }

    @Test
    void headAnswersTheHeadersOfGetWithoutABody() throws Exception {
        HttpResponse<String> head = HTTP.send(HttpRequest.newBuilder(served.uri(InstallPages.INSTALL_PATH + "?lang=en"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> get = get(InstallPages.INSTALL_PATH + "?lang=en", null);

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(header(head, "Content-Language")).isEqualTo("en");
        assertThat(header(head, "Content-Length")).isEqualTo(header(get, "Content-Length"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/slack/install/", "/slack/install/start", "/slack/install/nope", "/slack/install/done/x",
            "/slack/install/failed.html"})
    void anyOtherPathUnderTheMappingIsNotFound(String path) throws Exception {
        HttpResponse<String> response = get(path, "en");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain(path);
        assertSafeHeaders(response);
    }

    @Test
    void nothingFromTheRequestReachesThePage() throws Exception {
        String attack = "%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%27";
        HttpResponse<String> page = get(InstallPages.INSTALL_PATH + "?lang=" + attack + "&x=" + attack,
                "<img src=x onerror=alert(1)>;q=1, en;q=0.5");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Content-Language")).isEqualTo("en");
        assertThat(page.body()).doesNotContain("<script", "alert(1)", "onerror", "<img")
                .isEqualTo(get(InstallPages.INSTALL_PATH + "?lang=en", null).body());
    }

    @Test
    void textFromTheContentFilesIsEscaped() {
        InstallText real = InstallText.load(Lang.EN);
        InstallText hostile = new InstallText("<script>alert('t')</script> & \"more\"", real.lead(), real.otherLanguage(),
                real.button(), real.buttonNote(),
                new InstallText.Section("<h2>", List.of(new InstallText.Item("a<b", "x > y & \"z\""))),
                real.stores(), real.never(), real.scopes(), real.done(), real.failed());

        String html = InstallHtml.render(Page.INSTALL, hostile, Lang.EN);

        assertThat(html).doesNotContain("<script", "<h2><h2>", "a<b")
                .contains("<title>&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &amp; &quot;more&quot;</title>")
                .contains("<h3>a&lt;b</h3><p>x &gt; y &amp; &quot;z&quot;</p>");
    }

    private static void assertSafeHeaders(HttpResponse<String> response) {
        assertThat(header(response, "Cache-Control")).isEqualTo("no-store");
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(response, "Content-Security-Policy")).isEqualTo(InstallPages.CONTENT_SECURITY_POLICY)
                .contains("default-src 'none'").contains("style-src 'unsafe-inline'").doesNotContain("script-src");
        assertThat(header(response, "Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(header(response, "X-Frame-Options")).isEqualTo("DENY");
    }

    private static HttpResponse<String> get(String pathAndQuery, String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(served.uri(pathAndQuery)).GET().timeout(Duration.ofSeconds(10));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("(no " + name + ")");
    }
}
