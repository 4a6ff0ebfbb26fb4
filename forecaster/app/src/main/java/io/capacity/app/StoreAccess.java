package io.capacity.app;

import io.capacity.store.MetricStore;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How a use case reaches the store: a command line opens it for one piece of work and closes it (so a command that
 * needs no store never opens one), a service hands in the store it keeps open.
 */
public interface StoreAccess {
    /** {@code work} on a store opened for reading. */
    <T> T reading(Function<MetricStore, T> work);

    /** {@code work} on a store opened for writing. */
    <T> T writing(Function<MetricStore, T> work);

    /** A store kept open by the caller: never closed here. */
    static StoreAccess shared(MetricStore store) {
        return new StoreAccess() {
            @Override
            public <T> T reading(Function<MetricStore, T> work) {
                return work.apply(store);
            }

            @Override
            public <T> T writing(Function<MetricStore, T> work) {
                return work.apply(store);
            }
        };
    }

    /** A store opened for each piece of work and closed after it. */
    static StoreAccess opening(Supplier<MetricStore> forReading, Supplier<MetricStore> forWriting) {
        return new StoreAccess() {
            @Override
            public <T> T reading(Function<MetricStore, T> work) {
                try (MetricStore s = forReading.get()) {
                    return work.apply(s);
                }
            }

            @Override
            public <T> T writing(Function<MetricStore, T> work) {
                try (MetricStore s = forWriting.get()) {
                    return work.apply(s);
                }
            }
        };
    }
}
