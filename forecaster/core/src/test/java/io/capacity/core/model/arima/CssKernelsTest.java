package io.capacity.core.model.arima;

import io.capacity.core.input.M4Reader;
import io.capacity.core.series.TimeSeries;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The reordered CSS kernels (residuals with the AR part taken lag by lag, gradient with four lags per pass and the
 * regression column by column) reproduce the kernels they replaced ({@link CssResidualsReference},
 * {@link CssGradientReference}) to the last bit: on real M4 Hourly series seasonally differenced as auto-ARIMA
 * differences them, with a drift column, over the seasonal orders its search visits and partial autocorrelations
 * from mild to next to the unit circle; and with a missing value, which the residuals skip.
 */
class CssKernelsTest {
    private static final Path M4_HOURLY = Path.of("../../../shared/data/m4/Hourly-train.csv");

    @Test
    void reorderedKernelsMatchTheOldOnesBitForBitOnM4Hourly() {
        List<TimeSeries> all = M4Reader.read(M4_HOURLY, Duration.ofHours(1));
        Random rnd = new Random(19);
        int compared = 0;
        for (int s = 0; s < all.size(); s += 17) {
            double[] w = Differencing.apply(all.get(s).values(), Differencing.coefficients(0, 1, 24));
            int n = w.length;
            double[][] dx = {new double[n]};
            for (int t = 0; t < n; t++) {
                dx[0][t] = 1;
            }
            for (int trial = 0; trial < 10; trial++) {
                ArimaOrder o = ArimaOrder.of(rnd.nextInt(6), 0, rnd.nextInt(6), rnd.nextInt(3), 0, rnd.nextInt(3), 24);
                double[] coef = coefficients(o, rnd, trial % 4 == 3 ? 4.0 : 0.8);
                double[] phi = new double[Math.max(1, o.fullAr())];
                double[] theta = new double[Math.max(1, o.fullMa())];
                ArmaPolynomials.expandAr(o, coef, 0, o.p() + o.q(), phi);
                ArmaPolynomials.expandMa(o, coef, o.p(), o.p() + o.q() + o.sp(), theta);
                int[] arIdx = new int[phi.length];
                int[] maIdx = new int[theta.length];
                int nAr = ArmaPolynomials.nonZero(phi, o.fullAr(), arIdx);
                int nMa = ArmaPolynomials.nonZero(theta, o.fullMa(), maIdx);
                int off = Math.max(1, o.fullMa());
                String what = o + " on " + all.get(s).id();

                double[] z = trial == 9 ? withGap(w, o.fullAr() + 30) : w;
                double[] bufOld = new double[n + off];
                double[] bufNew = new double[n + off];
                double[] outOld = new double[2];
                double[] outNew = new double[2];
                CssResidualsReference.run(z, phi, arIdx, nAr, theta, maIdx, nMa, o.fullAr(), bufOld, off, z != w,
                        outOld);
                CssResiduals.run(z, phi, arIdx, nAr, theta, maIdx, nMa, o.fullAr(), bufNew, off, z != w,
                        new double[n], outNew);
                assertArrayEquals(outOld, outNew, 0.0, what);
                assertArrayEquals(bufOld, bufNew, 0.0, what);
                if (z != w) {
                    continue;
                }
                double[] full = java.util.Arrays.copyOf(coef, coef.length + 1);
                full[coef.length] = 0.7;
                double[] gOld = new double[full.length];
                double[] gNew = new double[full.length];
                CssGradientReference.run(o, full, w, dx, phi, theta, bufOld, off, o.fullAr(), new double[n], gOld);
                CssGradient.run(o, full, w, dx, phi, theta, bufNew, off, o.fullAr(), new double[n], new double[n],
                        gNew);
                assertArrayEquals(gOld, gNew, 0.0, what);
                compared++;
            }
        }
        assertEquals(225, compared);
    }

    private static double[] withGap(double[] w, int at) {
        double[] z = w.clone();
        z[at] = Double.NaN;
        return z;
    }

    /** Stationary, invertible coefficients from random partial autocorrelations tanh(N(0, spread^2)). */
    static double[] coefficients(ArimaOrder o, Random rnd, double spread) {
        int[] sizes = {o.p(), o.q(), o.sp(), o.sq()};
        double[] coef = new double[o.armaCount()];
        int at = 0;
        for (int size : sizes) {
            double[] u = new double[size];
            for (int i = 0; i < size; i++) {
                u[i] = rnd.nextGaussian() * spread;
            }
            PacfTransform.toCoefficients(u, 0, size, coef, at, new double[Math.max(1, size)]);
            at += size;
        }
        return coef;
    }
}
