package io.capacity.core.model.arima;

/**
 * The function the optimiser sees: free parameters (transformed ARMA coefficients, scaled regression
 * coefficients) to the CSS or concentrated exact negative log-likelihood per observation. Owns its work arrays,
 * so one instance serves one fit on one thread and an evaluation allocates nothing but the filter's vectors.
 */
final class ArimaObjective {
    enum Kind { CSS, ML }

    private final ArimaOrder o;
    private final double[] w;
    private final double[][] dx;
    private final double[] raw;
    private final boolean[] free;
    private final int[] freeIdx;
    private final boolean transform;
    private final double[] regCenter;
    private final double[] regScale;
    private final boolean hasMissing;
    private final double[] c;
    private final double[] phi;
    private final double[] theta;
    private final double[] z;
    private final double[] resid;
    private final double[] work;
    private final double[] arWork;
    private final double[] out = new double[3];
    private final int[] arIdx;
    private final int[] maIdx;
    Kind kind = Kind.CSS;
    private double[] gradWork;
    /** Where the work arrays (c, z, phi, theta, resid, out) were last filled by a CSS {@link #value}, or null. */
    private double[] cssAt;
    private double cssValue;

    /**
     * @param fixed full coefficient vector with NaN where free; {@code regCenter/regScale} map a free regression
     *              coefficient b to the optimiser's u by b = center + scale * u.
     */
    ArimaObjective(ArimaOrder o, double[] w, double[][] dx, double[] fixed, double[] regCenter, double[] regScale,
                   boolean allowTransform) {
        this.o = o;
        this.w = w;
        this.dx = dx;
        int na = o.armaCount();
        this.raw = new double[fixed.length];
        this.free = new boolean[fixed.length];
        int nf = 0;
        boolean armaFixed = false;
        for (int i = 0; i < fixed.length; i++) {
            free[i] = Double.isNaN(fixed[i]);
            raw[i] = free[i] ? 0 : fixed[i];
            nf += free[i] ? 1 : 0;
            armaFixed |= i < na && !free[i];
        }
        this.freeIdx = new int[nf];
        for (int i = 0, j = 0; i < fixed.length; i++) {
            if (free[i]) {
                freeIdx[j++] = i;
            }
        }
        // As R: with some ARMA coefficients fixed the PACF transform is meaningless, so optimise them directly.
        this.transform = allowTransform && !armaFixed;
        this.regCenter = regCenter.clone();
        this.regScale = regScale.clone();
        boolean miss = false;
        for (double v : w) {
            miss |= Double.isNaN(v);
        }
        for (double[] col : dx) {
            for (double v : col) {
                miss |= Double.isNaN(v);
            }
        }
        this.hasMissing = miss;
        this.c = new double[fixed.length];
        this.phi = new double[Math.max(1, o.fullAr())];
        this.theta = new double[Math.max(1, o.fullMa())];
        this.z = new double[w.length];
        this.resid = new double[w.length + Math.max(1, o.fullMa())];
        this.arWork = new double[w.length];
        this.work = new double[Math.max(1, Math.max(Math.max(o.p(), o.q()), Math.max(o.sp(), o.sq())))];
        this.arIdx = new int[phi.length];
        this.maIdx = new int[theta.length];
    }

    int freeCount() {
        return freeIdx.length;
    }

    boolean transformed() {
        return transform;
    }

    /** Full coefficient vector (ar, ma, sar, sma, regression) for free parameters {@code x}. */
    double[] coefficients(double[] x) {
        fill(x);
        return c.clone();
    }

    private void fill(double[] x) {
        cssAt = null;
        for (int i = 0; i < freeIdx.length; i++) {
            raw[freeIdx[i]] = x[i];
        }
        int p = o.p();
        int q = o.q();
        int sp = o.sp();
        int sq = o.sq();
        int na = o.armaCount();
        if (transform) {
            PacfTransform.toCoefficients(raw, 0, p, c, 0, work);
            PacfTransform.toCoefficients(raw, p, q, c, p, work);
            PacfTransform.toCoefficients(raw, p + q, sp, c, p + q, work);
            PacfTransform.toCoefficients(raw, p + q + sp, sq, c, p + q + sp, work);
            for (int i = p; i < p + q; i++) {
                c[i] = -c[i];
            }
            for (int i = p + q + sp; i < na; i++) {
                c[i] = -c[i];
            }
        } else {
            System.arraycopy(raw, 0, c, 0, na);
        }
        for (int j = na; j < c.length; j++) {
            c[j] = free[j] ? regCenter[j - na] + regScale[j - na] * raw[j] : raw[j];
        }
    }

    /** Free-parameter vector that reproduces the full coefficients {@code coef} (for starting values; NaN regression
     * coefficients start at least squares). */
    double[] toFree(double[] coef) {
        double[] r = coef.clone();
        int p = o.p();
        int q = o.q();
        int sp = o.sp();
        int na = o.armaCount();
        if (transform) {
            double[] neg = coef.clone();
            for (int i = p; i < p + q; i++) {
                neg[i] = -neg[i];
            }
            for (int i = p + q + sp; i < na; i++) {
                neg[i] = -neg[i];
            }
            PacfTransform.toUnconstrained(coef, 0, p, r, 0);
            PacfTransform.toUnconstrained(neg, p, q, r, p);
            PacfTransform.toUnconstrained(coef, p + q, sp, r, p + q);
            PacfTransform.toUnconstrained(neg, p + q + sp, o.sq(), r, p + q + sp);
        }
        for (int j = na; j < r.length; j++) {
            // NaN: no start known (a warm start from a model without this regressor), so least squares (u = 0).
            r[j] = Double.isNaN(coef[j]) ? 0 : (coef[j] - regCenter[j - na]) / regScale[j - na];
        }
        double[] x = new double[freeIdx.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = r[freeIdx[i]];
        }
        return x;
    }

    double value(double[] x) {
        fill(x);
        if (!transform && kind == Kind.ML && !stationary(c, o)) {
            return Double.POSITIVE_INFINITY;
        }
        regressionResiduals(c, z);
        ArmaPolynomials.expandAr(o, c, 0, o.p() + o.q(), phi);
        ArmaPolynomials.expandMa(o, c, o.p(), o.p() + o.q() + o.sp(), theta);
        if (kind == Kind.CSS) {
            int nAr = ArmaPolynomials.nonZero(phi, o.fullAr(), arIdx);
            int nMa = ArmaPolynomials.nonZero(theta, o.fullMa(), maIdx);
            CssResiduals.run(z, phi, arIdx, nAr, theta, maIdx, nMa, o.fullAr(), resid, Math.max(1, o.fullMa()),
                    hasMissing, arWork, out);
            cssValue = out[1] > 0 ? 0.5 * Math.log(out[0] / out[1]) : Double.POSITIVE_INFINITY;
            cssAt = x.clone();
            return cssValue;
        }
        StateSpace ss = StateSpace.of(phi, o.fullAr(), theta, o.fullMa());
        double ssq;
        double sumlog;
        int nobs;
        if (hasMissing) {
            KalmanFilter.Result res = KalmanFilter.run(ss, z);
            if (res == null) {
                return Double.POSITIVE_INFINITY;
            }
            ssq = res.ssq();
            sumlog = res.sumlog();
            nobs = res.nobs();
        } else {
            if (!FastLikelihood.run(ss, z, out)) {
                return Double.POSITIVE_INFINITY;
            }
            ssq = out[0];
            sumlog = out[1];
            nobs = z.length;
        }
        return 0.5 * Math.log(ssq / nobs) + 0.5 * sumlog / nobs;
    }

    /**
     * Analytic gradient of the CSS objective into {@code g} ({@link CssGradient}, chained through the PACF transform
     * by central differences of the cheap coefficient map); false when not available (ML, or missing values), so
     * the optimiser falls back to finite differences. The optimiser asks for the gradient where its line search
     * has just evaluated the objective, so the residual pass of that evaluation is reused rather than repeated.
     */
    boolean cssGradient(double[] x, double[] g) {
        if (kind != Kind.CSS || hasMissing) {
            return false;
        }
        double v = cssAt != null && java.util.Arrays.equals(cssAt, x) ? cssValue : value(x);
        if (!Double.isFinite(v)) {
            return false;
        }
        double[] dc = new double[c.length];
        CssGradient.run(o, c, z, dx, phi, theta, resid, Math.max(1, o.fullMa()), o.fullAr(), gradWork(), arWork, dc);
        double scale = 0.5 / out[0];
        int na = o.armaCount();
        double[] xs = x.clone();
        for (int i = 0; i < freeIdx.length; i++) {
            int k = freeIdx[i];
            if (k >= na) {
                g[i] = scale * dc[k] * regScale[k - na];
                continue;
            }
            double h = 1e-6;
            xs[i] = x[i] + h;
            fill(xs);
            double[] up = java.util.Arrays.copyOf(c, na);
            xs[i] = x[i] - h;
            fill(xs);
            double s = 0;
            for (int l = 0; l < na; l++) {
                s += dc[l] * (up[l] - c[l]);
            }
            g[i] = scale * s / (2 * h);
            xs[i] = x[i];
        }
        fill(x);
        return true;
    }

    private double[] gradWork() {
        if (gradWork == null) {
            gradWork = new double[z.length];
        }
        return gradWork;
    }

    /** z = w - dx * beta for the regression coefficients in {@code coef}. */
    void regressionResiduals(double[] coef, double[] target) {
        System.arraycopy(w, 0, target, 0, w.length);
        int na = o.armaCount();
        for (int k = 0; k < dx.length; k++) {
            double b = coef[na + k];
            double[] col = dx[k];
            for (int t = 0; t < target.length; t++) {
                target[t] -= b * col[t];
            }
        }
    }

    /**
     * {sum of squares, sum log F, observations} at {@code x}: the exact likelihood's pieces for ML, or for CSS the
     * residual sum of squares, 0 and the residual count.
     */
    double[] statistics(double[] x) {
        double v = value(x);
        if (!Double.isFinite(v)) {
            return null;
        }
        if (kind == Kind.CSS) {
            return new double[] {out[0], 0, out[1]};
        }
        if (!hasMissing) {
            return new double[] {out[0], out[1], z.length};
        }
        KalmanFilter.Result res = KalmanFilter.run(StateSpace.of(phi, o.fullAr(), theta, o.fullMa()), z);
        return new double[] {res.ssq(), res.sumlog(), res.nobs()};
    }

    static boolean stationary(double[] coef, ArimaOrder o) {
        double[] tmp = new double[coef.length];
        return PacfTransform.toUnconstrained(coef, 0, o.p(), tmp, 0)
                && PacfTransform.toUnconstrained(coef, o.p() + o.q(), o.sp(), tmp, 0);
    }
}
