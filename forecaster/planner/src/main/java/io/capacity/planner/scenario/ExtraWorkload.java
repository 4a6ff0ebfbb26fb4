package io.capacity.planner.scenario;

import io.capacity.planner.model.Dimension;

import java.util.Objects;

/**
 * Workload added to (or, negative, taken from) one cluster's forecast of one dimension, one value per forecast
 * step in the forecast's unit. It moves the mean and both bounds alike: a known workload, not an uncertain one.
 */
public record ExtraWorkload(String cluster, Dimension dimension, double[] series) {
    public ExtraWorkload {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(dimension, "dimension");
        series = series.clone();
        for (int i = 0; i < series.length; i++) {
            if (!Double.isFinite(series[i])) {
                throw new IllegalArgumentException("extra workload for " + cluster + " " + dimension + ": step " + i
                        + " is " + series[i] + ", expected a finite number");
            }
        }
    }

    @Override
    public double[] series() {
        return series.clone();
    }
}
