package io.capacity.collectors.snmp;

import io.capacity.collectors.source.InventoryTags;
import java.time.Duration;
import java.util.Objects;

/**
 * One SNMP agent to poll.
 *
 * @param community v2c community (ignored for v3)
 * @param v3        USM user (required for v3)
 * @param timeout   per-request timeout; a walk is many requests
 */
public record SnmpTarget(String name, String host, int port, SnmpVersion version, String community,
                         SnmpV3User v3, Duration timeout, int retries, Duration interval, InventoryTags inventory) {

    public static final int DEFAULT_PORT = 161;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);
    public static final int DEFAULT_RETRIES = 1;
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);

    public SnmpTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(interval, "interval");
        if (version == SnmpVersion.V3 && v3 == null) {
            throw new IllegalArgumentException("SNMP target " + name + ": v3 needs a user");
        }
        inventory = inventory == null ? InventoryTags.EMPTY : inventory;
    }

    @Override
    public String toString() {
        return "SnmpTarget[" + name + " " + host + ":" + port + " " + version + "]";
    }
}
