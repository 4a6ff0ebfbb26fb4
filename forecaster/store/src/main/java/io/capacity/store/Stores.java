package io.capacity.store;

import io.capacity.store.embedded.EmbeddedMetricStore;
import io.capacity.store.influx.InfluxConfig;
import io.capacity.store.influx.InfluxMetricStore;

/** Opens the store a {@link StoreConfig} names: InfluxDB when a URL is set, else the embedded file. */
public final class Stores {
    private Stores() {
    }

    /**
     * Opens and checks the store. InfluxDB is pinged and queried once, so an unreachable server or rejected
     * credentials fail here with a one-line {@link StoreException} instead of at the first write.
     */
    public static MetricStore open(StoreConfig config) {
        if (config.usesInflux()) {
            return InfluxMetricStore.open(InfluxConfig.from(config));
        }
        return EmbeddedMetricStore.open(config.embeddedFile());
    }
}
