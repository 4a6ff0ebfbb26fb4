package io.capacity.planner.sim;

/**
 * The peaks one replay decision needs, as bounds: of the power-on window (until the next decision plus the boot lead)
 * and of the power-off window (that plus the minimum off time); and, for a host's break-even off time of {@code n}
 * steps, the expected peaks of that plus {@code n}, the demand the break-even is judged on.
 */
interface Windows {
    Peak cover();

    Peak keep();

    /** The window for {@code n} steps off with the expected peak of every dimension as its bound. */
    Peak stay(int n);

    /** A window's expected CPU peak and the bound per dimension (host units) the plan keeps under the target. */
    record Peak(double expected, double[] bound) {
    }

    /** The same peak for every window: while the forecast failed, everything is kept on. */
    static Windows constant(Peak p) {
        return new Windows() {
            @Override
            public Peak cover() {
                return p;
            }

            @Override
            public Peak keep() {
                return p;
            }

            @Override
            public Peak stay(int n) {
                return p;
            }
        };
    }

    /** {@code w} with its power-off bound raised to at least {@code keepBound} per dimension. */
    static Windows agreed(Windows w, double[] keepBound) {
        Peak k = w.keep();
        double[] b = k.bound().clone();
        for (int x = 0; x < b.length; x++) {
            b[x] = Math.max(b[x], keepBound[x]);
        }
        Peak keep = new Peak(k.expected(), b);
        return new Windows() {
            @Override
            public Peak cover() {
                return w.cover();
            }

            @Override
            public Peak keep() {
                return keep;
            }

            @Override
            public Peak stay(int n) {
                return w.stay(n);
            }
        };
    }

    /**
     * The true peaks from {@code prefix[x][j]}, dimension {@code x}'s running maximum over the first {@code j + 1}
     * steps from the decision, bounded {@code factor} above them: the oracle at 1, the ceiling table above it.
     */
    static Windows truth(double[][] prefix, int cover, int minOff, double factor) {
        return new Windows() {
            @Override
            public Peak cover() {
                return at(cover, factor);
            }

            @Override
            public Peak keep() {
                return at(cover + minOff, factor);
            }

            @Override
            public Peak stay(int n) {
                return at(cover + n, 1);
            }

            private Peak at(int steps, double f) {
                double[] b = new double[prefix.length];
                for (int x = 0; x < prefix.length; x++) {
                    b[x] = prefix[x][steps - 1] * f;
                }
                return new Peak(prefix[0][steps - 1], b);
            }
        };
    }
}
