package io.capacity.core.model.arima;

/**
 * {@link CssGradient} as it was before its loops were reordered for speed, kept verbatim as the reference the new kernel
 * must reproduce bit for bit ({@link CssKernelsTest}).
 */
final class CssGradientReference {
    private CssGradientReference() {
    }

    /**
     * @param e   residuals as {@link CssResiduals} left them: e_t at {@code e[off + t]}, zeros before {@code ncond}
     * @param adj scratch of length n
     * @param out dS/dcoef, one entry per coefficient of {@code c}
     */
    static void run(ArimaOrder o, double[] c, double[] z, double[][] dx, double[] phi, double[] theta, double[] e,
                    int off, int ncond, double[] adj, double[] out) {
        int n = z.length;
        int[] maLag = new int[Math.max(1, o.fullMa())];
        int nMa = ArmaPolynomials.nonZero(theta, o.fullMa(), maLag);
        java.util.Arrays.fill(adj, 0.0);
        for (int t = n - 1; t >= ncond; t--) {
            double a = 2 * e[off + t];
            for (int j = 0; j < nMa; j++) {
                int s = t + maLag[j] + 1;
                if (s < n) {
                    a -= theta[maLag[j]] * adj[s];
                }
            }
            adj[t] = a;
        }
        java.util.Arrays.fill(out, 0.0);
        int p = o.p();
        int q = o.q();
        int sp = o.sp();
        int sq = o.sq();
        int m = o.period();
        for (int j = 0; j <= sp; j++) {
            for (int i = 0; i <= p; i++) {
                int lag = i + j * m;
                if (lag == 0) {
                    continue;
                }
                double g = 0;
                for (int t = Math.max(ncond, lag); t < n; t++) {
                    g -= adj[t] * z[t - lag];
                }
                // lag i + jm carries phi_i (j = 0), Phi_j (i = 0) or -phi_i Phi_j.
                if (j == 0) {
                    out[i - 1] += g;
                } else if (i == 0) {
                    out[p + q + j - 1] += g;
                } else {
                    out[i - 1] -= c[p + q + j - 1] * g;
                    out[p + q + j - 1] -= c[i - 1] * g;
                }
            }
        }
        for (int j = 0; j <= sq; j++) {
            for (int i = 0; i <= q; i++) {
                int lag = i + j * m;
                if (lag == 0) {
                    continue;
                }
                double g = 0;
                for (int t = Math.max(ncond, lag); t < n; t++) {
                    g -= adj[t] * e[off + t - lag];
                }
                if (j == 0) {
                    out[p + i - 1] += g;
                } else if (i == 0) {
                    out[p + q + sp + j - 1] += g;
                } else {
                    out[p + i - 1] += c[p + q + sp + j - 1] * g;
                    out[p + q + sp + j - 1] += c[p + i - 1] * g;
                }
            }
        }
        regression(o, dx, phi, adj, n, out);
    }

    /** dS/dbeta_j = -sum_s dx_j[s] (a_s - sum_k phi_k a_(s+k)). */
    private static void regression(ArimaOrder o, double[][] dx, double[] phi, double[] adj, int n, double[] out) {
        if (dx.length == 0) {
            return;
        }
        int[] arLag = new int[Math.max(1, o.fullAr())];
        int nAr = ArmaPolynomials.nonZero(phi, o.fullAr(), arLag);
        int na = o.armaCount();
        for (int s = 0; s < n; s++) {
            double dz = adj[s];
            for (int j = 0; j < nAr; j++) {
                int u = s + arLag[j] + 1;
                if (u < n) {
                    dz -= phi[arLag[j]] * adj[u];
                }
            }
            for (int k = 0; k < dx.length; k++) {
                out[na + k] -= dx[k][s] * dz;
            }
        }
    }
}
