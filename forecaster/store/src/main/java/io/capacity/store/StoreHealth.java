package io.capacity.store;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a health endpoint shows about a store: up or down, where it is (no secrets), and details, kept in the order
 * of their names so every answer lists them the same way.
 */
public record StoreHealth(boolean up, String kind, String location, Map<String, Object> details) {
    public StoreHealth {
        details = Collections.unmodifiableSortedMap(new TreeMap<>(details));
    }
}
