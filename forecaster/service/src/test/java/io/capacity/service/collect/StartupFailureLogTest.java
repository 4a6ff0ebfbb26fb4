package io.capacity.service.collect;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.collectors.agent.AgentConfig;
import io.capacity.collectors.agent.AgentConfigLoader;
import io.capacity.service.RunningService;
import io.capacity.store.StoreConfig;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} with collection: the first failed poll of a target comes while the web layer starts, and must still
 * reach the log (a target polled once a minute is otherwise silent for an hour, until its 60th failure in a row).
 */
class StartupFailureLogTest {
    @TempDir
    Path dir;

    @Test
    void theFirstFailureOfATargetIsLoggedDuringStartUp() throws Exception {
        AgentConfig agent = AgentConfigLoader.parse("""
                host: {enabled: false}
                ipmi:
                  - {name: tor-gone, host: 127.0.0.1, username: u, password: p, ipmitool: /nonexistent/ipmitool, interval: 60s}
                """, "collectors.yaml", name -> null, dir.resolve("buffer"));
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(new Tee(original, captured), true, StandardCharsets.UTF_8));
        try (RunningService service = RunningService.start(StoreConfig.embedded(dir), agent, 0, "127.0.0.1")) {
            long until = System.nanoTime() + 5_000_000_000L;
            // The power-state source beside the target logs its own first failure ("tor-gone/power_state: ..."),
            // which may come first: wait for the power source's line itself.
            while (System.nanoTime() < until
                    && !captured.toString(StandardCharsets.UTF_8).contains("tor-gone: poll failed (1 in a row")) {
                Thread.sleep(100);
            }
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("tor-gone: poll failed (1 in a row"), "first failure logged:\n" + log);
    }

    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public synchronized void write(byte[] buf, int off, int len) throws java.io.IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }
    }
}
