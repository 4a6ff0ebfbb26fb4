package io.capacity.collectors.power.ipmi;

import io.capacity.collectors.source.InventoryTags;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One BMC reached over IPMI-over-LAN.
 *
 * @param cipherSuite RMCP+ cipher suite ({@code -C}); null leaves ipmitool's default (17 on current builds).
 *                    Older BMCs and OpenIPMI's simulator only speak 3, and with 17 ipmitool first waits for a
 *                    fallback that costs seconds per call
 * @param timeout     wall time one ipmitool run may take before it is killed
 * @param privilege   session privilege level ({@code -L}, as Telegraf's {@code privilege}): CALLBACK, USER,
 *                    OPERATOR or ADMINISTRATOR; null leaves ipmitool's default (ADMINISTRATOR), which a read-only
 *                    BMC account cannot open
 * @param powerSensors SDR sensor names (as the BMC prints them, or as written) whose sum is the host's power,
 *                    instead of the automatic choice ({@link PowerSensors}); empty for the automatic one
 */
public record IpmiTarget(String name, String host, int port, String username, String password,
                         Integer cipherSuite, Duration timeout, Duration interval, InventoryTags inventory,
                         String ipmitool, String privilege, List<String> powerSensors) {

    public static final Set<String> PRIVILEGES = Set.of("CALLBACK", "USER", "OPERATOR", "ADMINISTRATOR");
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
        if (privilege != null && !PRIVILEGES.contains(privilege)) {
            throw new IllegalArgumentException("ipmi privilege must be one of " + PRIVILEGES + ", got " + privilege);
        }
        powerSensors = powerSensors == null ? List.of() : List.copyOf(powerSensors);
    }

    /** ipmitool's default privilege and the automatic choice of power sensors. */
    public IpmiTarget(String name, String host, int port, String username, String password, Integer cipherSuite,
                      Duration timeout, Duration interval, InventoryTags inventory, String ipmitool) {
        this(name, host, port, username, password, cipherSuite, timeout, interval, inventory, ipmitool, null, null);
    }

    @Override
    public String toString() {
        return "IpmiTarget[" + name + " " + host + ":" + port + " user=" + username + "]";
    }
}
