package io.capacity.store.io;

import io.capacity.core.forecast.Forecast;
import io.capacity.schema.Point;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesData;
import io.capacity.store.SeriesFilter;
import io.capacity.store.SeriesQuery;
import io.capacity.store.StoreException;
import io.capacity.store.StoreHealth;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Test-only spy on the store port: records every write batch (to assert "nothing was written") and answers raw
 * reads from what was written, replacing on the same series and time as the real stores do. It can be told to
 * fail a given write. Aggregation, rates and forecasts are not needed by the io tests and are refused.
 */
class RecordingStore implements MetricStore {
    final List<List<Point>> batches = new ArrayList<>();
    final TreeMap<SeriesKey, TreeMap<Long, Number>> data = new TreeMap<>();
    int failOnWrite = -1;

    @Override
    public String kind() {
        return "recording";
    }

    @Override
    public void write(List<Point> points) {
        if (batches.size() == failOnWrite) {
            throw new StoreException("simulated outage on write " + failOnWrite);
        }
        batches.add(List.copyOf(points));
        for (Point p : points) {
            for (Map.Entry<String, Number> f : p.fields().entrySet()) {
                data.computeIfAbsent(p.key(f.getKey()), k -> new TreeMap<>()).put(p.timeNanos(), f.getValue());
            }
        }
    }

    @Override
    public io.capacity.store.StatePoints readStates(SeriesKey key, java.time.Instant from, java.time.Instant to) {
        return new io.capacity.store.StatePoints(key, new long[0], List.of());
    }

    @Override
    public boolean storedAsInteger(SeriesKey key) {
        var points = data.get(key);
        return points != null && !(points.firstEntry().getValue() instanceof Double);
    }

    long pointsWritten() {
        return batches.stream().mapToLong(List::size).sum();
    }

    @Override
    public SeriesData read(SeriesQuery query) {
        if (query.window() != null || query.rate()) {
            throw new UnsupportedOperationException("raw reads only");
        }
        long from = nanos(query.from());
        long to = nanos(query.to());
        var points = data.getOrDefault(query.key(), new TreeMap<>()).subMap(from, true, to, false);
        long[] t = new long[points.size()];
        double[] v = new double[points.size()];
        int i = 0;
        for (Map.Entry<Long, Number> e : points.entrySet()) {
            t[i] = e.getKey();
            v[i++] = e.getValue().doubleValue();
        }
        return new SeriesData(query.key(), t, v);
    }

    private static long nanos(Instant i) {
        return io.capacity.store.common.Nanos.of(i);
    }

    @Override
    public List<SeriesKey> series(SeriesFilter filter) {
        return data.keySet().stream().filter(filter::matches).toList();
    }

    @Override
    public StoreHealth health() {
        return new StoreHealth(true, kind(), "memory", Map.of());
    }

    @Override
    public void close() {
    }
}
