package io.capacity.planner.demand;

import io.capacity.core.forecast.Forecast;
import io.capacity.planner.model.Dimension;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Demand forecasts per cluster and dimension, in the dimension's unit (CPU cores, memory GB, bandwidth Mbps,
 * power W), with the evidence each rests on where the caller knows it (history length, hosts without data). Within
 * a cluster every forecast has the same step and horizon.
 */
public record DemandForecasts(Map<String, Map<Dimension, Forecast>> byCluster,
                              Map<String, Map<Dimension, DemandEvidence>> evidence) {
    public DemandForecasts {
        Map<String, Map<Dimension, Forecast>> copy = new LinkedHashMap<>();
        byCluster.forEach((c, m) -> {
            if (m.isEmpty()) {
                throw new IllegalArgumentException("cluster " + c + " has no demand forecasts");
            }
            Forecast first = m.values().iterator().next();
            m.forEach((d, f) -> {
                if (f.horizon() != first.horizon() || !f.step().equals(first.step())) {
                    throw new IllegalArgumentException("cluster " + c + ": forecast for " + d + " has horizon "
                            + f.horizon() + " step " + f.step() + " but another has " + first.horizon() + " step "
                            + first.step());
                }
            });
            copy.put(c, Map.copyOf(new EnumMap<>(m)));
        });
        byCluster = Map.copyOf(copy);
        if (byCluster.isEmpty()) {
            throw new IllegalArgumentException("no demand forecasts given");
        }
        Map<String, Map<Dimension, DemandEvidence>> ev = new LinkedHashMap<>();
        evidence.forEach((c, m) -> ev.put(c, Map.copyOf(m)));
        evidence = Map.copyOf(ev);
    }

    /** Forecasts whose evidence is not known (only their intervals are judged). */
    public DemandForecasts(Map<String, Map<Dimension, Forecast>> byCluster) {
        this(byCluster, Map.of());
    }

    public static DemandForecasts of(String cluster, Dimension d, Forecast f) {
        return new DemandForecasts(Map.of(cluster, Map.of(d, f)));
    }

    public DemandForecasts with(String cluster, Dimension d, Forecast f) {
        Map<String, Map<Dimension, Forecast>> m = new LinkedHashMap<>(byCluster);
        Map<Dimension, Forecast> inner = new EnumMap<>(Dimension.class);
        inner.putAll(m.getOrDefault(cluster, Map.of()));
        inner.put(d, f);
        m.put(cluster, inner);
        return new DemandForecasts(m, evidence);
    }

    /** The same forecasts, the history behind one cluster's forecast of {@code d} recorded. */
    public DemandForecasts withEvidence(String cluster, Dimension d, DemandEvidence e) {
        Map<String, Map<Dimension, DemandEvidence>> m = new LinkedHashMap<>(evidence);
        Map<Dimension, DemandEvidence> inner = new EnumMap<>(Dimension.class);
        inner.putAll(m.getOrDefault(cluster, Map.of()));
        inner.put(d, e);
        m.put(cluster, inner);
        return new DemandForecasts(byCluster, m);
    }

    /** The evidence recorded for one cluster, by dimension (empty when none was). */
    public Map<Dimension, DemandEvidence> evidence(String cluster) {
        return evidence.getOrDefault(cluster, Map.of());
    }
}
