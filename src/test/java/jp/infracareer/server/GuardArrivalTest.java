package jp.infracareer.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import jp.infracareer.metrics.Metrics;
import jp.infracareer.testing.SlackSigner;
import org.junit.jupiter.api.Test;

/**
 * The start-up warm-up stops when the first signed request from Slack arrives, not once it is acknowledged
 * (a cold process's first ack takes a second or more, and a warm-up beside it takes a core from it).
 */
class GuardArrivalTest {
    private static final String SECRET = "arrival-test-secret";
    private static final String BODY = "token=t&team_id=T1&user_id=U1&command=%2Fcareer&text=help&response_url="
            + "https%3A%2F%2Fhooks.slack.invalid%2Fx&trigger_id=1.2.3";

    @Test
    void aSignedRequestCountsAsArrivedWhileItIsStillBeingHandled() throws Exception {
        Metrics metrics = new Metrics();
        AtomicReference<String> during = new AtomicReference<>();
        FilterChain bolt = (req, res) -> during.set(metrics.slackArrived() + " " + metrics.requestsSeen());

        long timestamp = now();
        new SlackRequestGuard(SECRET, java.time.Clock.systemUTC(), metrics).doFilter(request(timestamp, signature(timestamp, BODY)),
                response(), bolt);

        assertThat(during.get()).as("arrived, acknowledged so far").isEqualTo("true 0");
        assertThat(metrics.requestsSeen()).isEqualTo(1);
    }

    @Test
    void anUnsignedRequestDoesNotStopTheWarmUp() throws Exception {
        Metrics metrics = new Metrics();

        new SlackRequestGuard(SECRET, java.time.Clock.systemUTC(), metrics).doFilter(request(now(), "v0=00"), response(),
                (req, res) -> { });

        assertThat(metrics.slackArrived()).isFalse();
    }

    /** Signed for the same timestamp the request carries (two readings of the clock may fall in two seconds). */
    private static String signature(long timestamp, String body) {
        return SlackSigner.sign(SECRET, timestamp, body);
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    private static HttpServletRequest request(long timestamp, String signature) {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = Map.of("X-Slack-Request-Timestamp", String.valueOf(timestamp), "X-Slack-Signature", signature);
        ServletInputStream stream = new BodyInputStream(body);
        return stub(HttpServletRequest.class, (name, args) -> switch (name) {
            case "getMethod" -> "POST";
            case "getContentType" -> "application/x-www-form-urlencoded";
            case "getContentLengthLong" -> (long) body.length;
            case "getContentLength" -> body.length;
            case "getInputStream" -> stream;
            case "getHeader" -> headers.get((String) args[0]);
            default -> null;
        });
    }

    private static HttpServletResponse response() {
        java.io.PrintWriter writer = new java.io.PrintWriter(new java.io.StringWriter());
        return stub(HttpServletResponse.class, (name, args) -> name.equals("getWriter") ? writer : null);
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T stub(Class<T> type, Answer answer) {
        return type.cast(java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Object value = answer.answer(method.getName(), args);
            if (value == null && method.getReturnType() == boolean.class) {
                return false;
            }
            if (value == null && method.getReturnType().isPrimitive() && method.getReturnType() != void.class) {
                return method.getReturnType() == long.class ? 0L : 0;
            }
            return value;
        }));
    }
}
