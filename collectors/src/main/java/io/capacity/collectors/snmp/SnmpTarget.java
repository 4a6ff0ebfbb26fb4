package io.capacity.collectors.snmp;

import io.capacity.collectors.source.InventoryTags;
import io.capacity.schema.MetricSchema;
import java.time.Duration;
import java.util.Objects;

/**
 * One SNMP agent to poll.
 *
 * @param community v2c community (ignored for v3)
 * @param v3        USM user (required for v3)
 * @param timeout   per-request timeout; a walk is many requests
 * @param agentHostTag the tag naming the agent's address: {@code agent_host} (Telegraf's default) or
 *                  {@code source} (what Telegraf 1.29+ recommends through its {@code agent_host_tag})
 */
public record SnmpTarget(String name, String host, int port, SnmpVersion version, String community,
                         SnmpV3User v3, Duration timeout, int retries, Duration interval, InventoryTags inventory,
                         String agentHostTag) {

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
        agentHostTag = agentHostTag == null ? MetricSchema.IF_TAG_AGENT_HOST : agentHostTag;
        if (!MetricSchema.IF_AGENT_HOST_TAGS.contains(agentHostTag)) {
            throw new IllegalArgumentException("SNMP target " + name + ": agent_host_tag must be one of "
                    + MetricSchema.IF_AGENT_HOST_TAGS + ", got " + agentHostTag);
        }
    }

    /** With Telegraf's default {@code agent_host} tag. */
    public SnmpTarget(String name, String host, int port, SnmpVersion version, String community, SnmpV3User v3,
                      Duration timeout, int retries, Duration interval, InventoryTags inventory) {
        this(name, host, port, version, community, v3, timeout, retries, interval, inventory, null);
    }

    @Override
    public String toString() {
        return "SnmpTarget[" + name + " " + host + ":" + port + " " + version + "]";
    }
}
