package io.capacity.core.model.prophet;

/**
 * Regressor columns (seasonal, event, extra) over a range of steps, with what the fit needs to know of each:
 * its prior scale, whether it multiplies the trend, and the component it belongs to.
 */
record Columns(double[][] values, double[] priorScales, boolean[] multiplicative, String[] component) {
    int count() {
        return values.length;
    }

    boolean anyMultiplicative() {
        for (boolean m : multiplicative) {
            if (m) {
                return true;
            }
        }
        return false;
    }
}
