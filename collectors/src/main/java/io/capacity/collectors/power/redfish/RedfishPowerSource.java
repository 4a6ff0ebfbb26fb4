package io.capacity.collectors.power.redfish;

import io.capacity.collectors.source.CollectorException;
import io.capacity.collectors.source.InventoryTags;
import io.capacity.collectors.source.Source;
import io.capacity.schema.Point;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Polls one BMC. Which chassis to read is discovered on the first poll and kept ({@link PowerChassis}); any error
 * clears it so that the next poll rediscovers (BMC firmware updates renumber chassis).
 *
 * <p>Per chassis, the newer {@code EnvironmentMetrics} / {@code PowerSubsystem} readings are preferred, and each
 * property they lack is taken from the deprecated {@code Power} resource's chassis-level {@code PowerControl}
 * when the chassis links both (a PowerSubsystem with only a capacity must not hide the legacy consumption). A chassis
 * with only {@code Power} yields one point per {@code PowerControl} member, as Telegraf's {@code redfish} input.
 */
public final class RedfishPowerSource implements Source {
    private static final Logger LOG = LoggerFactory.getLogger(RedfishPowerSource.class);
    private final RedfishTarget target;
    private final InventoryTags inventory;
    private final RedfishClient client;
    private List<PowerChassis.Entry> chassis;

    public RedfishPowerSource(RedfishTarget target, InventoryTags defaults) throws CollectorException {
        this.target = target;
        this.inventory = target.inventory().over(defaults);
        this.client = new RedfishClient(target);
    }

    @Override
    public String name() {
        return target.name();
    }

    @Override
    public List<Point> collect(long timeNanos) throws CollectorException {
        try {
            if (chassis == null) {
                chassis = PowerChassis.discover(client, target.name());
            }
            List<Point> out = new ArrayList<>();
            CollectorException first = null;
            for (PowerChassis.Entry c : chassis) {
                try {
                    out.addAll(readChassis(c, timeNanos));
                } catch (CollectorException e) {
                    // One broken chassis (say, a storage enclosure) must not hide the others' power.
                    first = first == null ? e : first;
                    LOG.warn("{}", e.getMessage());
                }
            }
            if (first != null && out.isEmpty()) {
                throw first;
            }
            return out;
        } catch (CollectorException | RuntimeException e) {
            chassis = null;
            throw e;
        }
    }

    private List<Point> readChassis(PowerChassis.Entry entry, long timeNanos) throws CollectorException {
        String path = entry.path();
        JsonNode c = client.get(path);
        String chassisId = RedfishReadings.text(c.path("Id"), PowerChassis.lastSegment(path));
        var labels = new RedfishReadings.Labels(target.url().getHost(), entry.hostName(), chassisId, inventory);
        String env = PowerChassis.link(c, "EnvironmentMetrics");
        String subsystem = PowerChassis.link(c, "PowerSubsystem");
        String power = PowerChassis.link(c, "Power");
        JsonNode legacy = power == null ? null : client.get(power);
        if (env == null && subsystem == null) {
            return legacy == null ? List.of() : RedfishReadings.fromPower(legacy, labels, timeNanos);
        }
        return RedfishReadings.fromEnvironment(env == null ? null : client.get(env),
                subsystem == null ? null : client.get(subsystem), legacy, labels, timeNanos);
    }

    @Override
    public void close() {
        client.close();
    }
}
