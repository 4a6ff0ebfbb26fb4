package io.capacity.core.model.arima;

/**
 * One full Kalman pass at the estimated coefficients: standardised innovations as residuals (R's convention,
 * v_t / sqrt(F_t)), fitted values, and the state, covariance and last undifferenced regression errors from which
 * forecasts start.
 *
 * @param residuals    per original time step, NaN for the first d + Dm steps and for missing values
 * @param fitted       observed minus residual
 * @param state        predicted ARMA state for step n+1
 * @param covariance   its covariance (unit innovation variance), row-major r x r
 * @param lastErrors   the last d + Dm regression errors u_t = y_t - x_t'b, oldest first, gaps filled by prediction
 */
record FinalPass(double[] residuals, double[] fitted, StateSpace stateSpace, double[] state, double[] covariance,
                 double[] lastErrors) {

    static FinalPass run(ArimaOrder o, double[] y, double[][] x, double[] coef, double[] delta) {
        int n = y.length;
        int nd = delta.length;
        int na = o.armaCount();
        double[] u = y.clone();
        for (int k = 0; k < x.length; k++) {
            for (int t = 0; t < n; t++) {
                u[t] -= coef[na + k] * x[k][t];
            }
        }
        double[] z = Differencing.apply(u, delta);
        double[] phi = new double[Math.max(1, o.fullAr())];
        double[] theta = new double[Math.max(1, o.fullMa())];
        ArmaPolynomials.expandAr(o, coef, 0, o.p() + o.q(), phi);
        ArmaPolynomials.expandMa(o, coef, o.p(), o.p() + o.q() + o.sp(), theta);
        StateSpace ss = StateSpace.of(phi, o.fullAr(), theta, o.fullMa());
        KalmanFilter.Result kf = KalmanFilter.run(ss, z);
        if (kf == null) {
            return null;
        }
        double[] resid = Arima.nanArray(n);
        double[] fitted = Arima.nanArray(n);
        for (int t = nd; t < n; t++) {
            double v = kf.innovations()[t - nd];
            if (!Double.isNaN(v)) {
                resid[t] = v / Math.sqrt(kf.gains()[t - nd]);
                fitted[t] = y[t] - resid[t];
            }
        }
        // Fill missing regression errors with their one-step predictions so forecasts can integrate from them.
        for (int t = nd; t < n; t++) {
            if (Double.isNaN(u[t])) {
                double s = kf.predictions()[t - nd];
                for (int i = 0; i < nd; i++) {
                    s += delta[i] * u[t - 1 - i];
                }
                u[t] = s;
            }
        }
        double[] last = java.util.Arrays.copyOfRange(u, n - nd, n);
        return new FinalPass(resid, fitted, ss, kf.finalState(), kf.finalCovariance(), last);
    }
}
