package io.capacity.app.query;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last answers, least recently used dropped beyond {@code capacity}. An entry is keyed by the forecast's id and
 * parameters and remembers what it was made from: the pipeline run whose forecast it served, or the newest data
 * point it saw. The caller decides whether that is still current (no newer run, no newer point).
 */
final class ForecastCache {
    /**
     * The parameters that make two forecasts the same. The group's tag is one of them: a series with that tag alone
     * has the same key as its one-member group, but not the same answer.
     */
    record Key(String id, String aggregate, int horizon, Duration step, String model, List<Double> levels,
               int season) {
        static Key of(String id, ForecastQuery q) {
            return new Key(id, q.aggregate(), q.horizon(), q.step(), q.model(), q.levels(), q.season());
        }
    }

    /**
     * @param answer   what was answered
     * @param run      the pipeline run current when it was made (null: no pipeline or none yet)
     * @param computed whether it was computed (then {@code answer.dataUntil()} is what it saw); else stored
     */
    record Entry(Answer answer, Instant run, boolean computed) {
    }

    private final int capacity;
    private final Map<Key, Entry> entries;

    ForecastCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("cache capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > ForecastCache.this.capacity;
            }
        };
    }

    synchronized Optional<Entry> get(Key k) {
        return Optional.ofNullable(entries.get(k));
    }

    synchronized void put(Key k, Entry e) {
        entries.put(k, e);
    }

    synchronized int size() {
        return entries.size();
    }
}
