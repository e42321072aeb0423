package jp.infracareer.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks every request to /slack/events before Bolt sees it. Bolt 1.47 parses a body before it verifies
 * the signature (and throws on some malformed bodies), accepts timestamps in the future, and compares
 * signatures with String.equals. Here: POST only, Slack's content types only, at most 1 MB read, the
 * signature verified in constant time over a timestamp within 5 minutes either way; then the body is
 * handed on unchanged. A refusal is one quiet log line, never a stack trace.
 */
public final class SlackRequestGuard implements Filter {
    public static final int MAX_BODY_BYTES = 1024 * 1024;
    static final long MAX_SKEW_SECONDS = 5 * 60;
    private static final Logger log = LoggerFactory.getLogger(SlackRequestGuard.class);

    private final byte[] secret;
    private final Clock clock;
    private final jp.infracareer.metrics.Metrics metrics;

    /**
     * Answers a verified slash command without Bolt when it can: given the form body (signature, timestamp and
     * shape already checked), the UTF-8 JSON of its acknowledgement, or null to hand the request to Bolt.
     */
    @FunctionalInterface
    public interface Shortcut {
        Shortcut NONE = form -> null;

        byte[] ack(String form);
    }

    private final Shortcut shortcut;

    public SlackRequestGuard(String signingSecret, Clock clock, jp.infracareer.metrics.Metrics metrics) {
        this(signingSecret, clock, metrics, Shortcut.NONE);
    }

    public SlackRequestGuard(String signingSecret, Clock clock, jp.infracareer.metrics.Metrics metrics, Shortcut shortcut) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        byte[] key = this.secret;
        this.macs = ThreadLocal.withInitial(() -> keyed(key));
        this.clock = clock;
        this.metrics = metrics;
        this.shortcut = java.util.Objects.requireNonNull(shortcut, "shortcut");
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        long started = System.nanoTime();
        if (!"POST".equals(request.getMethod())) {
            refuse(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "method not allowed");
            response.setHeader("Allow", "POST");
            return;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("application/json")) {
            refuse(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "content type");
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "declared body too large");
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), (int) request.getContentLengthLong(), MAX_BODY_BYTES);
        if (body == null) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "body too large");
            return;
        }
        String problem = signatureProblem(request.getHeader("X-Slack-Request-Timestamp"),
                request.getHeader("X-Slack-Signature"), body);
        if (problem != null) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, problem);
            return;
        }
        metrics.arrived(); // the start-up warm-up stops now, not once this request is acknowledged
        String kind = kind(type, body);
        RequestShape.Verdict shape = RequestShape.of(type, body);
        if (shape == RequestShape.Verdict.MALFORMED) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "signed but malformed");
            return;
        }
        if (shape == RequestShape.Verdict.UNKNOWN) {
            // Bolt would log the whole body ("No request pattern detected for ..."): user text. Answer as it would.
            metrics.request("unknown", 0);
            log.info("a signed request of a shape this app does not handle ({}), answered 404", kind);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"no handler found\"}");
            return;
        }
        if (log.isDebugEnabled()) {
            log.debug("slack request kind={} id={}", kind, requestId(body));
        }
        try {
            byte[] ack = "command".equals(kind) ? shortcutAck(body) : null;
            if (ack != null) {
                // what Bolt's servlet adapter would write for the same acknowledgement, without building its request
                response.setStatus(HttpServletResponse.SC_OK);
                response.setHeader("Content-Type", "application/json; charset=utf-8");
                response.setContentLength(ack.length);
                response.getOutputStream().write(ack);
            } else {
                chain.doFilter(new CachedBodyRequest(request, body), response);
            }
            metrics.request(kind, System.nanoTime() - started);
        } catch (IOException | ServletException | RuntimeException e) {
            // a signed but malformed payload: Bolt's parser threw; answer 400 without a stack trace
            log.warn("refused a signed request Bolt could not handle: {}", e.getClass().getSimpleName());
            if (!response.isCommitted()) {
                response.reset();
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
        }
    }

    /** The shortcut's ack, or null; a shortcut that fails hands the command to Bolt rather than refusing it. */
    private byte[] shortcutAck(byte[] body) {
        try {
            return shortcut.ack(new String(body, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            log.warn("the /career shortcut failed, Bolt answers instead: {}", e.getClass().getSimpleName());
            return null;
        }
    }

    /** Null when the request is signed by Slack now; otherwise why not (for the log, never the values). */
    String signatureProblem(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null || timestamp.isEmpty() || signature.isEmpty()) {
            return "missing signature headers";
        }
        long ts;
        try {
            ts = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return "malformed timestamp";
        }
        long now = clock.instant().getEpochSecond();
        // compare without subtracting: now - ts overflows for a timestamp near Long.MIN_VALUE and would pass
        if (ts < now - MAX_SKEW_SECONDS || ts > now + MAX_SKEW_SECONDS) {
            return ts < now ? "stale timestamp" : "timestamp in the future";
        }
        byte[] expected = ("v0=" + hmac(("v0:" + ts + ":").getBytes(StandardCharsets.UTF_8), body))
                .getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.strip().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? null : "bad signature";
    }

    private String hmac(byte[] prefix, byte[] body) {
        Mac mac = macs.get();
        mac.update(prefix);
        // doFinal resets the Mac to its keyed initial state, ready for this thread's next request
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    /**
     * One keyed Mac per request thread: looking the algorithm up and keying it cost more than the HMAC of a
     * slash command's body. The same secret, the same check.
     */
    private final ThreadLocal<Mac> macs;

    private static Mac keyed(byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /**
     * The body, or null when it is longer than {@code limit}. A declared length (Slack always sends one) sizes the read
     * exactly: a 16 KB buffer zeroed for every 1 KB command was 13% of an ack's samples.
     */
    static byte[] readAtMost(InputStream in, int declared, int limit) throws IOException {
        if (declared >= 0 && declared <= limit) {
            byte[] body = in.readNBytes(declared);
            // a body longer than declared is refused as too large, as without a declared length
            return body.length == declared && in.read() != -1 ? null : body;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        byte[] buffer = new byte[4096];
        int total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile(
            "\"event_id\"\\s*:\\s*\"(Ev[A-Za-z0-9]+)\"|trigger_id(?:=|%22%3A%22|\":\")([0-9.]+[a-f0-9]*)");

    /** The event id or trigger id of a request, for logs (ids only, never text). */
    static String requestId(byte[] body) {
        var m = ID.matcher(new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8));
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : "-";
    }

    /** command, action (buttons, shortcuts) or event, from the body's shape, for metrics and logs. */
    static String kind(String contentType, byte[] body) {
        if (contentType.startsWith("application/json")) {
            return "event";
        }
        String start = new String(body, 0, Math.min(body.length, 8), StandardCharsets.US_ASCII);
        return start.startsWith("payload=") ? "action" : "command";
    }

    private void refuse(HttpServletResponse response, int status, String why) throws IOException {
        metrics.request("refused", 0);
        log.info("refused a request to /slack/events: {} ({})", why, status);
        response.setStatus(status);
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"invalid request\"}");
    }

    /** The request with its body already read, so Bolt reads the same bytes that were verified. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new BodyInputStream(body);
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
