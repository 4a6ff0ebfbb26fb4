package io.capacity.collectors.power.state;

import io.capacity.collectors.power.redfish.RedfishClient;
import io.capacity.collectors.power.redfish.RedfishTarget;
import io.capacity.collectors.source.CollectorException;
import io.capacity.schema.MetricSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Each computer system's {@code PowerState} of a Redfish BMC, tagged as its power points: {@code address} (the
 * BMC's host), {@code source} (the system's {@code HostName}, left out when it has none) and {@code system_id} (the
 * system's {@code Id}). The systems are found from the service root's {@code Systems} collection on the first read
 * and again after any failure.
 */
public final class RedfishStates implements StateReader {
    private final RedfishTarget target;
    private final RedfishClient client;
    private List<String> systems;
    private List<Map<String, String>> lastTags = List.of();

    public RedfishStates(RedfishTarget target) throws CollectorException {
        this.target = target;
        this.client = new RedfishClient(target);
    }

    /** The tags of a Redfish BMC's state point before any system is known. */
    public static Map<String, String> tagsOf(RedfishTarget target) {
        return Map.of("address", target.url().getHost());
    }

    @Override
    public List<Reading> read() throws CollectorException {
        try {
            if (systems == null) {
                systems = discover();
            }
            List<Reading> out = new ArrayList<>();
            for (String path : systems) {
                JsonNode s = client.get(path);
                String text = s.path("PowerState").asString("");
                Long code = PowerCodes.ofRedfish(text);
                if (code == null) {
                    throw new CollectorException(target.name() + ": " + path + " has PowerState '" + text
                            + "', not one of On, Off, PoweringOn, PoweringOff, Paused");
                }
                out.add(new Reading(tags(s, path), code));
            }
            lastTags = out.stream().map(Reading::tags).toList();
            return out;
        } catch (CollectorException | RuntimeException e) {
            systems = null;
            throw e instanceof CollectorException c ? c : new CollectorException(target.name() + ": " + e, e);
        }
    }

    private List<String> discover() throws CollectorException {
        String collection = client.get(RedfishClient.ROOT).path("Systems").path("@odata.id").asString("");
        if (collection.isEmpty()) {
            throw new CollectorException(target.name() + ": the service root links no Systems collection, so no "
                    + "power state");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode m : client.get(collection).path("Members")) {
            String id = m.path("@odata.id").asString("");
            if (!id.isEmpty()) {
                out.add(id);
            }
        }
        if (out.isEmpty()) {
            throw new CollectorException(target.name() + ": " + collection + " has no systems, so no power state");
        }
        return out;
    }

    private Map<String, String> tags(JsonNode system, String path) {
        Map<String, String> t = new LinkedHashMap<>(tagsOf(target));
        String host = system.path("HostName").asString("");
        if (!host.isBlank()) {
            t.put("source", host);
        }
        String id = system.path("Id").asString("");
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        t.put(MetricSchema.POWER_STATE_TAG_SYSTEM_ID, id.isBlank() ? trimmed.substring(trimmed.lastIndexOf('/') + 1)
                : id);
        return t;
    }

    @Override
    public List<Map<String, String>> lastTags() {
        return lastTags;
    }

    @Override
    public void close() {
        client.close();
    }
}
