package io.capacity.store.open;

import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.StoreException;
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

    /**
     * Opens the store for commands that only read: the embedded file must exist (a mistyped data directory is an
     * error naming it, not a new empty store) and is opened read-only, so a store the user cannot write is readable.
     */
    public static MetricStore openForReading(StoreConfig config) {
        if (config.usesInflux()) {
            return InfluxMetricStore.open(InfluxConfig.from(config));
        }
        return EmbeddedMetricStore.openReadOnly(config.embeddedFile());
    }
}
