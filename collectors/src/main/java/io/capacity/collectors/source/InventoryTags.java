package io.capacity.collectors.source;

import io.capacity.schema.MetricSchema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where a target sits: the inventory tags of {@link MetricSchema#INVENTORY_TAGS}. Any field may be null (not
 * known); a target's own values override the agent-wide defaults through {@link #over(InventoryTags)}.
 */
public record InventoryTags(String site, String cluster, String rack, String host, String model) {

    public static final InventoryTags EMPTY = new InventoryTags(null, null, null, null, null);

    /** This inventory with every null field taken from {@code defaults}. */
    public InventoryTags over(InventoryTags defaults) {
        return new InventoryTags(pick(site, defaults.site), pick(cluster, defaults.cluster), pick(rack, defaults.rack),
                pick(host, defaults.host), pick(model, defaults.model));
    }

    /** The non-null, non-blank tags, keyed by their schema names. */
    public Map<String, String> tags() {
        Map<String, String> t = new LinkedHashMap<>();
        put(t, MetricSchema.TAG_SITE, site);
        put(t, MetricSchema.TAG_CLUSTER, cluster);
        put(t, MetricSchema.TAG_RACK, rack);
        put(t, MetricSchema.TAG_HOST, host);
        put(t, MetricSchema.TAG_HW_MODEL, model);
        return Collections.unmodifiableMap(t);
    }

    /** Inventory tags plus a source's own identifying tags, validated and shareable across points. */
    public SortedMap<String, String> with(Map<String, String> own) {
        TreeMap<String, String> t = new TreeMap<>(tags());
        t.putAll(own);
        return io.capacity.schema.Point.tagMap(t);
    }

    private static String pick(String own, String fallback) {
        return own != null && !own.isBlank() ? own : fallback;
    }

    private static void put(Map<String, String> t, String key, String value) {
        if (value != null && !value.isBlank()) {
            t.put(key, value);
        }
    }
}
