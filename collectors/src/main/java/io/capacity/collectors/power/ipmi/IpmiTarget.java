package io.capacity.collectors.power.ipmi;

import io.capacity.collectors.source.InventoryTags;
import java.time.Duration;
import java.util.Objects;

/**
 * One BMC reached over IPMI-over-LAN.
 *
 * @param cipherSuite RMCP+ cipher suite ({@code -C}); null leaves ipmitool's default (17 on current builds).
 *                    Older BMCs and OpenIPMI's simulator only speak 3, and with 17 ipmitool first waits for a
 *                    fallback that costs seconds per call
 * @param timeout     wall time one ipmitool run may take before it is killed
 */
public record IpmiTarget(String name, String host, int port, String username, String password,
                         Integer cipherSuite, Duration timeout, Duration interval, InventoryTags inventory,
                         String ipmitool) {

    public static final int DEFAULT_PORT = 623;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);

    public IpmiTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(interval, "interval");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("ipmi port must be 1..65535, got " + port);
        }
        inventory = inventory == null ? InventoryTags.EMPTY : inventory;
        ipmitool = ipmitool == null || ipmitool.isBlank() ? "ipmitool" : ipmitool;
    }

    @Override
    public String toString() {
        return "IpmiTarget[" + name + " " + host + ":" + port + " user=" + username + "]";
    }
}
