package io.capacity.core.model.prophet;

/**
 * Maps the series to the unit scale the priors are written for: subtract the floor (zero for linear growth), divide
 * by the largest absolute value. The default prior scales (0.05 on rate changes, 10 on seasonal terms) only mean the
 * same thing on every series because of this.
 */
record Scaling(double scale, Saturation saturation) {

    static Scaling of(double[] y, Saturation saturation) {
        double max = 0;
        for (int i = 0; i < y.length; i++) {
            if (!Double.isNaN(y[i])) {
                double floor = saturation == null ? 0.0 : saturation.floorAt(i);
                max = Math.max(max, Math.abs(y[i] - floor));
            }
        }
        return new Scaling(max > 0 ? max : 1.0, saturation);
    }

    double floorAt(int i) {
        return saturation == null ? 0.0 : saturation.floorAt(i);
    }

    double toScaled(int i, double y) {
        return (y - floorAt(i)) / scale;
    }

    double fromScaled(int i, double v) {
        return v * scale + floorAt(i);
    }

    /** Capacity above the floor in scaled units, the logistic curve's ceiling. */
    double capScaled(int i) {
        return (saturation.capAt(i) - saturation.floorAt(i)) / scale;
    }
}
