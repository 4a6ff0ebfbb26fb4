package io.capacity.app;

import io.capacity.schema.Point;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.open.Stores;
import io.capacity.testkit.SharedInfluxd;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

/** Real stores for the use-case tests: the embedded one in a temp dir, or a database of the shared real influxd. */
public final class TestStores {
    private TestStores() {
    }

    /** {@code kind} "embedded" (under {@code dir}) or "influxdb" (a fresh database named after {@code name}). */
    public static MetricStore open(String kind, Path dir, String name) {
        return Stores.open(kind.equals("embedded") ? StoreConfig.embedded(dir.resolve("store"))
                : StoreConfig.influx(SharedInfluxd.get().url(), name + "_" + ProcessHandle.current().pid() + "_"
                + System.nanoTime()));
    }

    /**
     * An inventory YAML in {@code dir}: cluster c1 of three R640-class hosts (56 cores, 192 GB, 25 Gbps) h1, h2, h3,
     * the last in {@code thirdState} (on, standby or off).
     */
    public static Path threeHosts(Path dir, String thirdState) throws java.io.IOException {
        return r640Hosts(dir, "on", "on", thirdState);
    }

    /**
     * An inventory YAML in {@code dir}: cluster c1 of R640-class hosts (56 cores, 192 GB, 25 Gbps) h1, h2, ..., one per
     * state given (on, standby or off), in that order.
     */
    public static Path r640Hosts(Path dir, String... states) throws java.io.IOException {
        StringBuilder hosts = new StringBuilder();
        for (int i = 0; i < states.length; i++) {
            hosts.append("  - {id: h").append(i + 1).append(", cluster: c1, model: r640, purchased: 2020-01-01, state: ")
                    .append(states[i]).append("}\n");
        }
        return java.nio.file.Files.writeString(dir.resolve("inventory.yaml"), """
                currency: EUR
                models:
                  r640: {power_model: dell-r640-2017, cores: 56, memory_gb: 192, nic_gbps: 25, price: 9000}
                clusters:
                  - id: c1
                hosts:
                """ + hosts);
    }

    /** {@code n} hourly points of one field from {@code start}, the i-th with value {@code value(i)}. */
    public static void hourly(MetricStore store, String measurement, Map<String, String> tags, String field,
                              Instant start, int n, IntToDoubleFunction value) {
        List<Point> batch = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant t = start.plus(Duration.ofHours(i));
            batch.add(Point.of(measurement, tags, field, value.applyAsDouble(i),
                    t.getEpochSecond() * 1_000_000_000L));
        }
        store.write(batch);
    }
}
