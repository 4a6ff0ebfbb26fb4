package io.capacity.core.model.arima;

/**
 * The expanded ARMA in Harvey's state-space form: state dimension r = max(p, q+1), transition T with phi in the
 * first column and ones on the super-diagonal, disturbance loading R = (1, theta_1..theta_(r-1)), observation Z =
 * e_1 and no measurement noise. Multiplying by T is O(r), which every filter here relies on.
 */
record StateSpace(double[] phi, int p, double[] theta, int q, int r) {

    static StateSpace of(double[] phi, int p, double[] theta, int q) {
        return new StateSpace(phi, p, theta, q, Math.max(p, q + 1));
    }

    double phiAt(int i) {
        return i < p ? phi[i] : 0.0;
    }

    /** R_i: 1 for i = 0, theta_i for 1 <= i <= q, else 0. */
    double loading(int i) {
        return i == 0 ? 1.0 : (i <= q ? theta[i - 1] : 0.0);
    }

    /** x := T x, in place. */
    void transition(double[] x) {
        double x0 = x[0];
        for (int i = 0; i < r - 1; i++) {
            x[i] = phiAt(i) * x0 + x[i + 1];
        }
        x[r - 1] = phiAt(r - 1) * x0;
    }
}
