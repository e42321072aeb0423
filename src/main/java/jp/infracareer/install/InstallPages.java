package jp.infracareer.install;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import jp.infracareer.content.InstallText;
import jp.infracareer.install.InstallHtml.Page;
import jp.infracareer.kernel.Lang;

/**
 * The install page ({@value #INSTALL_PATH}) with its "Add to Slack" button, and the pages Slack's install flow
 * ends on ({@value #DONE_PATH}, {@value #FAILED_PATH}), in Japanese or English. GET (and HEAD) only.
 *
 * <p>Mount it on {@value #MAPPING}; Bolt's OAuth start endpoint goes on {@value #START_PATH} (an exact
 * mapping, which wins over this prefix). Any other path under the prefix is a 404.
 *
 * <p>Every page is rendered once, at construction, for each language: a request only picks one, so nothing
 * from a request can reach a page.
 */
public final class InstallPages extends HttpServlet {
    private static final long serialVersionUID = 1L;

    public static final String INSTALL_PATH = "/slack/install";
    /** Bolt's OAuth start endpoint: sets the state cookie and redirects to Slack. Not served here. */
    public static final String START_PATH = INSTALL_PATH + "/start";
    /** Bolt's redirect target after a successful install (its completion URL). */
    public static final String DONE_PATH = INSTALL_PATH + "/done";
    /** Bolt's redirect target after a cancelled or failed install (its cancellation URL). */
    public static final String FAILED_PATH = INSTALL_PATH + "/failed";
    /** The servlet mapping that serves the three pages (and 404s anything else under it). */
    public static final String MAPPING = INSTALL_PATH + "/*";

    /** No script at all, styles only inline, no frames, forms, base or plugins. */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final transient Map<Page, Map<Lang, byte[]>> pages = new EnumMap<>(Page.class);

    /** Loads and renders the pages; a broken content file fails here, at start-up. */
    public InstallPages() {
        Map<Lang, InstallText> texts = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            texts.put(lang, InstallText.load(lang));
        }
        for (Page page : Page.values()) {
            Map<Lang, byte[]> byLang = new EnumMap<>(Lang.class);
            texts.forEach((lang, text) -> byLang.put(lang, InstallHtml.render(page, text, lang).getBytes(StandardCharsets.UTF_8)));
            pages.put(page, byLang);
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        safeHeaders(response);
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            response.setHeader("Allow", "GET, HEAD");
            // the unread request body may still be arriving; closing keeps the client from reusing a connection
            // the server may drop mid-body (seen once as a flaky "no bytes" on the next request)
            response.setHeader("Connection", "close");
            plain(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method Not Allowed", method);
            return;
        }
        Optional<Page> page = page(request);
        if (page.isEmpty()) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, "Not Found", method);
            return;
        }
        Lang lang = PageLanguage.choose(request.getParameter("lang"), request.getHeader("Accept-Language"));
        byte[] body = pages.get(page.get()).get(lang);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("Content-Language", lang.code());
        // the same URL answers in either language, by the Accept-Language header
        response.setHeader("Vary", "Accept-Language");
        response.setContentLength(body.length);
        if ("GET".equals(method)) {
            response.getOutputStream().write(body);
        }
    }

    /** The page for the request's path (servlet path plus path info, so exact and prefix mappings both work). */
    private static Optional<Page> page(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return switch (path) {
            case INSTALL_PATH -> Optional.of(Page.INSTALL);
            case DONE_PATH -> Optional.of(Page.DONE);
            case FAILED_PATH -> Optional.of(Page.FAILED);
            default -> Optional.empty();
        };
    }

    private static void safeHeaders(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
    }

    private static void plain(HttpServletResponse response, int status, String text, String method) throws IOException {
        byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.setContentLength(body.length);
        if (!"HEAD".equals(method)) {
            response.getOutputStream().write(body);
        }
    }
}
