package jp.infracareer.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One page of a headless browser, driven over DevTools: navigate and wait for the load event, evaluate
 * JavaScript in the page (DevTools' own evaluation, which the page's CSP does not block), click like a mouse,
 * emulate a phone, take screenshots. It records every console error, uncaught exception and browser log
 * error (CSP violations, failed loads) as a problem.
 */
public final class BrowserTab implements AutoCloseable {
    private final CdpConnection cdp;
    private final String targetId;
    private final String session;
    private final List<String> problems = new CopyOnWriteArrayList<>();

    private BrowserTab(CdpConnection cdp, String targetId, String session) {
        this.cdp = cdp;
        this.targetId = targetId;
        this.session = session;
    }

    static BrowserTab open(CdpConnection cdp) {
        String targetId = cdp.send(null, "Target.createTarget", params().put("url", "about:blank")).path("targetId").asText();
        String session = cdp.send(null, "Target.attachToTarget", params().put("targetId", targetId).put("flatten", true))
                .path("sessionId").asText();
        BrowserTab tab = new BrowserTab(cdp, targetId, session);
        tab.listenForProblems();
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
            cdp.send(session, domain + ".enable", params());
        }
        return tab;
    }

    private void listenForProblems() {
        cdp.on(session, "Runtime.consoleAPICalled", event -> {
            String type = event.path("type").asText();
            if (type.equals("error") || type.equals("warning") || type.equals("assert")) {
                problems.add("console." + type + ": " + event.path("args"));
            }
        });
        cdp.on(session, "Runtime.exceptionThrown", event ->
                problems.add("exception: " + event.path("exceptionDetails").path("text").asText()
                        + " " + event.path("exceptionDetails").path("exception").path("description").asText()));
        cdp.on(session, "Log.entryAdded", event -> {
            JsonNode entry = event.path("entry");
            String level = entry.path("level").asText();
            if (level.equals("error") || level.equals("warning")) {
                problems.add("log." + level + " (" + entry.path("source").asText() + "): " + entry.path("text").asText()
                        + " " + entry.path("url").asText());
            }
        });
    }

    /** Sends the browser's requests with this Accept-Language, as a browser set to that language does. */
    public void acceptLanguage(String value) {
        ObjectNode headers = params().put("Accept-Language", value);
        ObjectNode request = params();
        request.set("headers", headers);
        cdp.send(session, "Network.setExtraHTTPHeaders", request);
    }

    /** Opens a URL and returns once its load event has fired; a network error fails. */
    public void navigate(String url) {
        CompletableFuture<JsonNode> loaded = cdp.next(session, "Page.loadEventFired");
        JsonNode result = cdp.send(session, "Page.navigate", params().put("url", url));
        if (result.hasNonNull("errorText")) {
            throw new IllegalStateException("cannot open " + url + ": " + result.get("errorText").asText());
        }
        cdp.await(loaded, "load event of " + url);
    }

    /** The value of a JavaScript expression in the page (JSON-serialisable values only). */
    public JsonNode evaluate(String expression) {
        JsonNode result = cdp.send(session, "Runtime.evaluate",
                params().put("expression", expression).put("returnByValue", true).put("awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("`" + expression + "` threw: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    public String text(String expression) {
        return evaluate(expression).asText();
    }

    public double number(String expression) {
        return evaluate(expression).asDouble();
    }

    /** The element's bounding box in CSS pixels of the viewport, after scrolling it into view. */
    public Box box(String selector) {
        JsonNode box = evaluate("(() => { const e = document.querySelector(" + literal(selector) + ");"
                + " if (!e) throw new Error('no element ' + " + literal(selector) + ");"
                + " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                + " return {x: r.x, y: r.y, width: r.width, height: r.height}; })()");
        return new Box(box.path("x").asDouble(), box.path("y").asDouble(), box.path("width").asDouble(),
                box.path("height").asDouble());
    }

    /** A real left click (mouse pressed and released at the element's centre) that loads a new page. */
    public void clickAndWaitForLoad(String selector) {
        Box box = box(selector);
        CompletableFuture<JsonNode> loaded = cdp.next(session, "Page.loadEventFired");
        for (String type : List.of("mousePressed", "mouseReleased")) {
            cdp.send(session, "Input.dispatchMouseEvent", params().put("type", type).put("x", box.centreX())
                    .put("y", box.centreY()).put("button", "left").put("clickCount", 1));
        }
        cdp.await(loaded, "load event after clicking " + selector);
    }

    /** Emulates a screen: 375 x 667 at 2x with {@code mobile} is a phone; 1280 x 800 at 1x a laptop. */
    public void viewport(int width, int height, double deviceScaleFactor, boolean mobile) {
        cdp.send(session, "Emulation.setDeviceMetricsOverride", params().put("width", width).put("height", height)
                .put("deviceScaleFactor", deviceScaleFactor).put("mobile", mobile));
        cdp.send(session, "Emulation.setTouchEmulationEnabled", params().put("enabled", mobile));
    }

    /** A PNG of the whole page (not only the viewport), written to {@code file}. */
    public Path screenshot(Path file) throws IOException {
        JsonNode size = evaluate("({width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight})");
        ObjectNode clip = params().put("x", 0).put("y", 0).put("width", size.path("width").asDouble())
                .put("height", size.path("height").asDouble()).put("scale", 1);
        ObjectNode request = params().put("format", "png").put("captureBeyondViewport", true);
        request.set("clip", clip);
        byte[] png = Base64.getDecoder().decode(cdp.send(session, "Page.captureScreenshot", request).path("data").asText());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, png);
        return file;
    }

    /** Console errors and warnings, uncaught exceptions, and browser log errors (CSP violations) so far. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void close() {
        try {
            cdp.send(null, "Target.closeTarget", params().put("targetId", targetId));
        } catch (RuntimeException e) {
            // the browser is going away anyway; Chromium.close() ends it
        }
    }

    private static ObjectNode params() {
        return CdpConnection.JSON.createObjectNode();
    }

    private static String literal(String text) {
        try {
            return CdpConnection.JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public record Box(double x, double y, double width, double height) {
        double centreX() {
            return x + width / 2;
        }

        double centreY() {
            return y + height / 2;
        }
    }
}
