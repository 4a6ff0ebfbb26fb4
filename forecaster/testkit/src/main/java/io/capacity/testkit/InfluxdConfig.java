package io.capacity.testkit;

import java.nio.file.Path;

/**
 * The influxd 1.x configuration a test instance runs with: everything under one temp dir, both listeners on
 * loopback ports of their own, no usage reporting, no internal monitor database and no UDP listener (with one,
 * SIGTERM hung on Debian's 1.6.7).
 */
record InfluxdConfig(Path dir, int httpPort, int rpcPort, boolean authEnabled) {

    String render() {
        return """
                reporting-disabled = true
                bind-address = "127.0.0.1:%d"

                [meta]
                  dir = "%s"

                [data]
                  dir = "%s"
                  wal-dir = "%s"
                  query-log-enabled = false

                [monitor]
                  store-enabled = false

                [http]
                  enabled = true
                  bind-address = "127.0.0.1:%d"
                  auth-enabled = %s
                  log-enabled = false

                [continuous_queries]
                  enabled = false
                """.formatted(rpcPort, toml(dir.resolve("meta")), toml(dir.resolve("data")),
                toml(dir.resolve("wal")), httpPort, authEnabled);
    }

    private static String toml(Path p) {
        return p.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
