package io.capacity.store;

import java.util.Map;

/** What a health endpoint shows about a store: up or down, where it is (no secrets), and details. */
public record StoreHealth(boolean up, String kind, String location, Map<String, Object> details) {
    public StoreHealth {
        details = Map.copyOf(details);
    }
}
