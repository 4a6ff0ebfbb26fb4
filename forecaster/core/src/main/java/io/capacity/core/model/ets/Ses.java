package io.capacity.core.model.ets;

/**
 * Simple exponential smoothing fitted by least squares (ETS(A,N,N), as R's {@code ses}), for models that build on
 * it (Theta). Immutable; arrays are copied out.
 *
 * @param alpha  smoothing weight
 * @param level  final level, the flat forecast
 * @param sigma2 residual variance, SSE / (n - 2)
 */
public record Ses(double alpha, double level, double sigma2, double[] fitted) {
    public Ses {
        fitted = fitted.clone();
    }

    @Override
    public double[] fitted() {
        return fitted.clone();
    }

    public static Ses fit(double[] y) {
        if (y.length < 4) {
            throw new IllegalArgumentException("simple exponential smoothing needs at least 4 values, got "
                    + y.length);
        }
        EtsParams p = EtsOptimiser.fit(y, Trend.NONE, 1);
        EtsRecursion r = EtsRecursion.run(y, p);
        return new Ses(p.alpha(), r.level, r.sse / (y.length - p.freeParameters()), r.fitted);
    }
}
