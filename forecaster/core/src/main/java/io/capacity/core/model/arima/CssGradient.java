package io.capacity.core.model.arima;

/**
 * Gradient of the CSS sum of squares S with respect to the model coefficients (ar, ma, sar, sma, regression) by one
 * reverse (adjoint) pass over the residual recursion, instead of one full residual pass per parameter as finite
 * differences need. With adjoints a_t = dS/de_t = 2 e_t - sum_k theta_k a_(t+k):
 * dS/dphi_k = -sum_t a_t z_(t-k) and dS/dtheta_k = -sum_t a_t e_(t-k) on the expanded lags, then the product rule
 * of the multiplicative seasonal form; regression coefficients through dS/dz_s = a_s - sum_k phi_k a_(s+k).
 * Only the lags the seasonal structure can make nonzero are visited, so a search fit costs about three residual
 * passes per gradient whatever the number of parameters. Complete series only (missing values use differences).
 */
final class CssGradient {
    private CssGradient() {
    }

    /**
     * @param e   residuals as {@link CssResiduals} left them: e_t at {@code e[off + t]}, zeros before {@code ncond}
     * @param adj     scratch of length n
     * @param scratch more scratch of length n
     * @param out     dS/dcoef, one entry per coefficient of {@code c}
     */
    static void run(ArimaOrder o, double[] c, double[] z, double[][] dx, double[] phi, double[] theta, double[] e,
                    int off, int ncond, double[] adj, double[] scratch, double[] out) {
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
        int[] arLags = lags(p, sp, m);
        double[] gAr = new double[arLags.length];
        lagSums(adj, z, 0, arLags, ncond, n, gAr);
        int at = 0;
        for (int j = 0; j <= sp; j++) {
            for (int i = 0; i <= p; i++) {
                if (i + j * m == 0) {
                    continue;
                }
                double g = gAr[at++];
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
        int[] maLags = lags(q, sq, m);
        double[] gMa = new double[maLags.length];
        lagSums(adj, e, off, maLags, ncond, n, gMa);
        at = 0;
        for (int j = 0; j <= sq; j++) {
            for (int i = 0; i <= q; i++) {
                if (i + j * m == 0) {
                    continue;
                }
                double g = gMa[at++];
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
        regression(o, dx, phi, adj, n, scratch, out);
    }

    /** The nonzero lags i + jm (0 <= i <= k, 0 <= j <= sk) in the order the coefficient loops visit them. */
    private static int[] lags(int k, int sk, int m) {
        int[] lags = new int[(k + 1) * (sk + 1) - 1];
        int at = 0;
        for (int j = 0; j <= sk; j++) {
            for (int i = 0; i <= k; i++) {
                if (i + j * m > 0) {
                    lags[at++] = i + j * m;
                }
            }
        }
        return lags;
    }

    /**
     * g_l = -sum_(t >= max(ncond, lag_l)) adj_t src_(off + t - lag_l), each sum in ascending t as a loop of its own
     * would take it (so the same bits), but four lags share one pass: four independent accumulators instead of one
     * serial chain of additions, which is what bounded the one-lag loop.
     */
    static void lagSums(double[] adj, double[] src, int off, int[] lags, int ncond, int n, double[] g) {
        int l = 0;
        for (; l + 3 < lags.length; l += 4) {
            int s0 = Math.max(ncond, lags[l]);
            int s1 = Math.max(ncond, lags[l + 1]);
            int s2 = Math.max(ncond, lags[l + 2]);
            int s3 = Math.max(ncond, lags[l + 3]);
            int from = Math.max(Math.max(s0, s1), Math.max(s2, s3));
            double g0 = lagSum(adj, src, off - lags[l], s0, Math.min(from, n), 0);
            double g1 = lagSum(adj, src, off - lags[l + 1], s1, Math.min(from, n), 0);
            double g2 = lagSum(adj, src, off - lags[l + 2], s2, Math.min(from, n), 0);
            double g3 = lagSum(adj, src, off - lags[l + 3], s3, Math.min(from, n), 0);
            int o0 = off - lags[l];
            int o1 = off - lags[l + 1];
            int o2 = off - lags[l + 2];
            int o3 = off - lags[l + 3];
            for (int t = from; t < n; t++) {
                double a = adj[t];
                g0 -= a * src[o0 + t];
                g1 -= a * src[o1 + t];
                g2 -= a * src[o2 + t];
                g3 -= a * src[o3 + t];
            }
            g[l] = g0;
            g[l + 1] = g1;
            g[l + 2] = g2;
            g[l + 3] = g3;
        }
        for (; l < lags.length; l++) {
            g[l] = lagSum(adj, src, off - lags[l], Math.max(ncond, lags[l]), n, 0);
        }
    }

    /** g - sum_(t in [from, to)) adj_t src_(shift + t), in ascending t. */
    private static double lagSum(double[] adj, double[] src, int shift, int from, int to, double g) {
        for (int t = from; t < to; t++) {
            g -= adj[t] * src[shift + t];
        }
        return g;
    }

    /**
     * dS/dbeta_j = -sum_s dx_j[s] (a_s - sum_k phi_k a_(s+k)): the bracket is taken once into {@code dz}, then each
     * column's sum runs over s in a local accumulator (the same order and bits as interleaving them per s).
     */
    private static void regression(ArimaOrder o, double[][] dx, double[] phi, double[] adj, int n, double[] dz,
                                   double[] out) {
        if (dx.length == 0) {
            return;
        }
        int[] arLag = new int[Math.max(1, o.fullAr())];
        int nAr = ArmaPolynomials.nonZero(phi, o.fullAr(), arLag);
        int na = o.armaCount();
        for (int s = 0; s < n; s++) {
            double v = adj[s];
            for (int j = 0; j < nAr; j++) {
                int u = s + arLag[j] + 1;
                if (u < n) {
                    v -= phi[arLag[j]] * adj[u];
                }
            }
            dz[s] = v;
        }
        for (int k = 0; k < dx.length; k++) {
            double[] col = dx[k];
            double acc = out[na + k];
            for (int s = 0; s < n; s++) {
                acc -= col[s] * dz[s];
            }
            out[na + k] = acc;
        }
    }
}
