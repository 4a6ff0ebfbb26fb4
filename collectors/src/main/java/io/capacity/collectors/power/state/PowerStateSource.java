package io.capacity.collectors.power.state;

import io.capacity.collectors.source.CollectorException;
import io.capacity.collectors.source.InventoryTags;
import io.capacity.collectors.source.Source;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One BMC's host power state, written every poll as {@link MetricSchema#POWER_STATE}: on, standby, or unreachable
 * when the BMC gives no state. A BMC that does not answer is never written as off: it is written as unreachable
 * (with the tags of the hosts it last reported, or {@code fallbackTags} before any answer) and the poll succeeds, so
 * the dashboards can count it; the BMC's power source beside it counts the failure in the agent's health.
 */
public final class PowerStateSource implements Source {
    private static final Logger LOG = LoggerFactory.getLogger(PowerStateSource.class);
    static final int LOG_EVERY = 60;

    private final String name;
    private final StateReader reader;
    private final InventoryTags inventory;
    private final Map<String, String> fallbackTags;
    private int unanswered;

    public PowerStateSource(String name, StateReader reader, InventoryTags inventory,
                            Map<String, String> fallbackTags) {
        this.name = name;
        this.reader = reader;
        this.inventory = inventory;
        this.fallbackTags = Map.copyOf(fallbackTags);
    }

    /** The name the agent gives the state source of BMC target {@code target}. */
    public static String nameOf(String target) {
        return target + "/power_state";
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Point> collect(long timeNanos) {
        List<Point> out = new ArrayList<>();
        try {
            for (StateReader.Reading r : reader.read()) {
                out.add(point(r.tags(), r.code(), timeNanos));
            }
            if (unanswered > 0) {
                LOG.info("{}: the BMC gives its power state again after {} polls written as unreachable", name,
                        unanswered);
            }
            unanswered = 0;
            return out;
        } catch (CollectorException e) {
            if (unanswered++ % LOG_EVERY == 0) {
                LOG.warn("{}: no power state from the BMC ({} in a row; logged again every {}): {}; written as "
                        + "unreachable ({}.{} = {}), not as off", name, unanswered, LOG_EVERY, e.getMessage(),
                        MetricSchema.POWER_STATE.name(), MetricSchema.POWER_STATE_CODE, MetricSchema.POWER_UNREACHABLE);
            }
            List<Map<String, String>> known = reader.lastTags();
            for (Map<String, String> tags : known.isEmpty() ? List.of(fallbackTags) : known) {
                out.add(point(tags, MetricSchema.POWER_UNREACHABLE, timeNanos));
            }
            return out;
        }
    }

    private Point point(Map<String, String> tags, long code, long timeNanos) {
        TreeMap<String, Number> f = new TreeMap<>();
        f.put(MetricSchema.POWER_STATE_CODE, code);
        return new Point(MetricSchema.POWER_STATE.name(), inventory.with(tags), f, timeNanos);
    }

    @Override
    public void close() {
        reader.close();
    }
}
