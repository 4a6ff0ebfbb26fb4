package io.capacity.service.health;

import io.capacity.store.MetricStore;
import io.capacity.store.StoreHealth;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Shows the store's state under {@code /actuator/health} as component {@code store}. */
@Component("store")
public class StoreHealthIndicator implements HealthIndicator {
    private final MetricStore store;

    public StoreHealthIndicator(MetricStore store) {
        this.store = store;
    }

    @Override
    public Health health() {
        StoreHealth h = store.health();
        Health.Builder b = h.up() ? Health.up() : Health.down();
        return b.withDetail("kind", h.kind()).withDetail("location", h.location()).withDetails(h.details()).build();
    }
}
