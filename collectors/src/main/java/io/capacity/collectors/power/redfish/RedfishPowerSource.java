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
 * Polls one BMC. The chassis list is discovered from the service root on the first poll and kept; any error
 * clears it so that the next poll rediscovers (BMC firmware updates renumber chassis).
 *
 * <p>Per chassis, the newer {@code EnvironmentMetrics} reading is preferred when the chassis links it, and the
 * deprecated {@code Power} resource is read otherwise, so one chassis never yields two consumption series that a
 * sum over chassis would double-count.
 */
public final class RedfishPowerSource implements Source {
    private static final Logger LOG = LoggerFactory.getLogger(RedfishPowerSource.class);
    private final RedfishTarget target;
    private final InventoryTags inventory;
    private final RedfishClient client;
    private List<String> chassis;

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
                chassis = discover();
            }
            List<Point> out = new ArrayList<>();
            CollectorException first = null;
            for (String id : chassis) {
                try {
                    out.addAll(readChassis(id, timeNanos));
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

    private List<String> discover() throws CollectorException {
        JsonNode root = client.get("/redfish/v1");
        String collection = link(root, "Chassis");
        if (collection == null) {
            throw new CollectorException(target.name() + ": service root has no Chassis collection");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode m : client.get(collection).path("Members")) {
            String id = m.path("@odata.id").asString("");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }

    private List<Point> readChassis(String path, long timeNanos) throws CollectorException {
        JsonNode c = client.get(path);
        String chassisId = RedfishReadings.text(c.path("Id"), path.substring(path.lastIndexOf('/') + 1));
        var labels = new RedfishReadings.Labels(target.url().getHost(), chassisId, inventory);
        String env = link(c, "EnvironmentMetrics");
        String subsystem = link(c, "PowerSubsystem");
        if (env != null || subsystem != null) {
            List<Point> p = RedfishReadings.fromEnvironment(env == null ? null : client.get(env),
                    subsystem == null ? null : client.get(subsystem), labels, timeNanos);
            if (!p.isEmpty() || link(c, "Power") == null) {
                return p;
            }
        }
        String power = link(c, "Power");
        return power == null ? List.of() : RedfishReadings.fromPower(client.get(power), labels, timeNanos);
    }

    private static String link(JsonNode node, String property) {
        String id = node.path(property).path("@odata.id").asString("");
        return id.isEmpty() ? null : id;
    }

    @Override
    public void close() {
        client.close();
    }
}
