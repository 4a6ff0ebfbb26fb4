package io.capacity.collectors.power.redfish;

import io.capacity.collectors.source.CollectorException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Which chassis carry a BMC's power, found as Telegraf's {@code redfish} input finds them: each computer system of
 * the service root's {@code Systems} collection, then the chassis its {@code Links.Chassis} names. A chassis that
 * another chosen chassis contains ({@code Links.ContainedBy}, followed upwards: the SmartNIC cards of DMTF's
 * {@code public-smartnic} mockup are their own systems' chassis, inside the server's) is left out, as its power is
 * already in its container's reading. A service without systems (or whose systems link no chassis) falls back to
 * the {@code Chassis} collection's members that nothing contains.
 */
final class PowerChassis {
    private static final Logger LOG = LoggerFactory.getLogger(PowerChassis.class);
    private static final int MAX_DEPTH = 8;

    private PowerChassis() {
    }

    /** A chassis to read and the {@code HostName} of the system that links it (null when it has none). */
    record Entry(String path, String hostName) {
    }

    static List<Entry> discover(RedfishClient client, String targetName) throws CollectorException {
        JsonNode root = client.get(RedfishClient.ROOT);
        Map<String, Entry> found = new LinkedHashMap<>();
        String systems = link(root, "Systems");
        if (systems != null) {
            for (JsonNode m : client.get(systems).path("Members")) {
                String id = m.path("@odata.id").asString("");
                if (id.isEmpty()) {
                    continue;
                }
                JsonNode system = client.get(id);
                String hostName = RedfishReadings.text(system.path("HostName"), null);
                for (JsonNode c : system.path("Links").path("Chassis")) {
                    String path = c.path("@odata.id").asString("");
                    if (!path.isEmpty()) {
                        found.putIfAbsent(key(path), new Entry(path, hostName));
                    }
                }
            }
        }
        boolean fromSystems = !found.isEmpty();
        if (!fromSystems) {
            String collection = link(root, "Chassis");
            if (collection == null) {
                throw new CollectorException(targetName + ": service root has neither Systems linking chassis nor "
                        + "a Chassis collection");
            }
            for (JsonNode m : client.get(collection).path("Members")) {
                String id = m.path("@odata.id").asString("");
                if (!id.isEmpty()) {
                    found.putIfAbsent(key(id), new Entry(id, null));
                }
            }
        }
        List<Entry> out = new ArrayList<>();
        for (Entry e : found.values()) {
            String container = containedBy(client, e.path(), found.keySet(), fromSystems);
            if (container == null) {
                out.add(e);
            } else {
                LOG.info("{}: chassis {} is inside {}, whose reading includes it: not read on its own", targetName,
                        e.path(), container);
            }
        }
        LOG.info("{}: reading power of chassis {} (found through {})", targetName,
                out.stream().map(Entry::path).toList(), fromSystems ? "Systems' Links.Chassis" : "the Chassis collection");
        return out;
    }

    /**
     * The chosen chassis (or, without systems, any chassis) that contains {@code path}, following
     * {@code ContainedBy} upwards; null when none does.
     */
    private static String containedBy(RedfishClient client, String path, Set<String> chosen, boolean onlyChosen)
            throws CollectorException {
        Set<String> seen = new HashSet<>(List.of(key(path)));
        String parent = link(client.get(path).path("Links"), "ContainedBy");
        for (int depth = 0; parent != null && depth < MAX_DEPTH && seen.add(key(parent)); depth++) {
            if (!onlyChosen || chosen.contains(key(parent))) {
                return key(parent);
            }
            parent = link(client.get(parent).path("Links"), "ContainedBy");
        }
        return null;
    }

    /** A path as given, without a trailing slash, so that {@code /Chassis/1/} and {@code /Chassis/1} are one. */
    private static String key(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    static String lastSegment(String path) {
        String k = key(path);
        return k.substring(k.lastIndexOf('/') + 1);
    }

    static String link(JsonNode node, String property) {
        String id = node.path(property).path("@odata.id").asString("");
        return id.isEmpty() ? null : id;
    }
}
