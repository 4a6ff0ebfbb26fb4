package io.capacity.collectors.agent;

import io.capacity.collectors.delivery.DeliveryConfig;
import io.capacity.collectors.delivery.DiskBufferConfig;
import io.capacity.collectors.delivery.InfluxEndpoint;
import io.capacity.collectors.host.HostSamplerConfig;
import io.capacity.collectors.power.control.Bmcs;
import io.capacity.collectors.power.ipmi.IpmiTarget;
import io.capacity.collectors.power.redfish.RedfishTarget;
import io.capacity.collectors.snmp.SnmpTarget;
import io.capacity.collectors.source.InventoryTags;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything the agent needs, validated. Build it with {@link AgentConfigLoader} from YAML or directly in code.
 *
 * @param influx      where to write; may be null when the embedding application supplies its own sink
 * @param metricsPort loopback port of the Prometheus {@code /metrics} endpoint; null disables it, 0 picks one
 */
public record AgentConfig(InfluxEndpoint influx, DiskBufferConfig buffer, DeliveryConfig delivery,
                          InventoryTags inventory, HostSamplerConfig host, Duration selfMetricsInterval, Integer metricsPort,
                          List<RedfishTarget> redfish, List<IpmiTarget> ipmi, List<SnmpTarget> snmp) {

    public static final Duration DEFAULT_SELF_METRICS_INTERVAL = Duration.ofSeconds(10);

    public AgentConfig {
        Objects.requireNonNull(buffer, "buffer");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(selfMetricsInterval, "selfMetricsInterval");
        inventory = inventory == null ? InventoryTags.EMPTY : inventory;
        redfish = List.copyOf(redfish == null ? List.of() : redfish);
        ipmi = List.copyOf(ipmi == null ? List.of() : ipmi);
        snmp = List.copyOf(snmp == null ? List.of() : snmp);
    }

    /** The BMCs of these Redfish and IPMI targets, for the plan executor's power actions. */
    public Bmcs bmcs() {
        return new Bmcs(redfish, ipmi);
    }
}
