package io.capacity.core.model.prophet;

/**
 * Result of the MAP fit in scaled units: linear parameters in {@link Problem} order and the noise scale.
 *
 * @param optimiser which path produced it, for the method string and logs
 */
record MapEstimate(double[] theta, double sigma, int iterations, boolean converged, String optimiser) {
}
