package jp.infracareer.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.infracareer.testing.RunningAdvisor;
import jp.infracareer.testing.SlackPayloads;
import org.junit.jupiter.api.Test;

/**
 * Unauthenticated clients that send full headers and then a body one byte at a time hold no request thread:
 * the body is read without blocking before anything runs, so health checks and signed requests from Slack
 * are answered promptly while hundreds of such connections trickle.
 */
class SlowClientsTest {
    private static final int SLOW_CONNECTIONS = 300;

    @Test
    void slowBodiesDoNotStarveHealthChecksOrSignedRequests() throws Exception {
        try (RunningAdvisor advisor = RunningAdvisor.start()) {
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < SLOW_CONNECTIONS; i++) {
                    Socket socket = new Socket("127.0.0.1", advisor.uri("/").getPort());
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 4000\r\n\r\nx")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    slow.add(socket);
                }
                // keep trickling, one byte per connection, while the real requests are timed
                Thread trickle = new Thread(() -> {
                    try {
                        for (int round = 0; round < 4; round++) {
                            for (Socket s : slow) {
                                s.getOutputStream().write('x');
                            }
                            Thread.sleep(500);
                        }
                    } catch (Exception ignored) {
                        // the server may close a connection; that is its right
                    }
                });
                trickle.setDaemon(true);
                trickle.start();

                long started = System.nanoTime();
                var health = advisor.get("/healthz");
                long healthMillis = (System.nanoTime() - started) / 1_000_000;
                started = System.nanoTime();
                var help = advisor.postSigned(SlackPayloads.slashCommand("/career", "help", "USLOW", "https://example.invalid/r"));
                long helpMillis = (System.nanoTime() - started) / 1_000_000;
                trickle.join();

                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(help.statusCode()).isEqualTo(200);
                assertThat(help.body()).contains("blocks");
                // before the fix both waited for a request thread: 6 s and 15 s (the client gives up at 10 s)
                assertThat(healthMillis).as("healthz while %d bodies trickle", SLOW_CONNECTIONS).isLessThan(2_000);
                assertThat(helpMillis).as("/career help while %d bodies trickle", SLOW_CONNECTIONS).isLessThan(2_000);
            } finally {
                for (Socket s : slow) {
                    s.close();
                }
            }
        }
    }
}
