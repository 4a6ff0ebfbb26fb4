package io.capacity.core.model.arima;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Hyndman-Khandakar stepwise search over (p, q, P, Q, constant) with d and D fixed: four starting models, then
 * moves of +-1 in P, Q (alone and together), then p, q (likewise), then toggling the constant, in R's order. The
 * first move that lowers the criterion becomes the new centre and the neighbourhood is scanned again.
 */
final class StepwiseSearch {
    /** Fits one model and returns its criterion (+Inf when it failed or was rejected). */
    interface Fitter {
        double ic(int p, int q, int sp, int sq, boolean constant);
    }

    /** Bounds of the search. */
    record Limits(int maxP, int maxQ, int maxSP, int maxSQ, boolean seasonal, boolean allowConstant, int maxModels) {
    }

    private final Fitter fitter;
    private final Limits lim;
    private final List<Candidate> tried = new ArrayList<>();
    private Candidate best;

    StepwiseSearch(Fitter fitter, Limits lim) {
        this.fitter = fitter;
        this.lim = lim;
    }

    /** Runs the search; returns every model tried, best first. */
    List<Candidate> run(int startP, int startQ, int startSP, int startSQ, boolean constant) {
        int sp0 = lim.seasonal() ? Math.min(startSP, lim.maxSP()) : 0;
        int sq0 = lim.seasonal() ? Math.min(startSQ, lim.maxSQ()) : 0;
        tryModel(Math.min(startP, lim.maxP()), Math.min(startQ, lim.maxQ()), sp0, sq0, constant);
        tryModel(0, 0, 0, 0, constant);
        if (lim.maxP() > 0 || lim.maxSP() > 0) {
            tryModel(lim.maxP() > 0 ? 1 : 0, 0, lim.seasonal() && lim.maxSP() > 0 ? 1 : 0, 0, constant);
        }
        if (lim.maxQ() > 0 || lim.maxSQ() > 0) {
            tryModel(0, lim.maxQ() > 0 ? 1 : 0, 0, lim.seasonal() && lim.maxSQ() > 0 ? 1 : 0, constant);
        }
        if (constant) {
            tryModel(0, 0, 0, 0, false);
        }
        boolean improved = true;
        while (improved && tried.size() < lim.maxModels()) {
            improved = neighbourhood();
        }
        List<Candidate> sorted = new ArrayList<>(tried);
        sorted.sort(Comparator.comparingDouble(Candidate::ic));
        return sorted;
    }

    /** Scans the neighbourhood of the best model; true as soon as one move improves it. */
    private boolean neighbourhood() {
        Candidate b = best;
        int[][] seasonalMoves = {{-1, 0}, {0, -1}, {1, 0}, {0, 1}, {-1, -1}, {-1, 1}, {1, -1}, {1, 1}};
        if (lim.seasonal()) {
            for (int[] mv : seasonalMoves) {
                if (move(b, b.p(), b.q(), b.sp() + mv[0], b.sq() + mv[1], b.constant())) {
                    return true;
                }
            }
        }
        for (int[] mv : seasonalMoves) {
            if (move(b, b.p() + mv[0], b.q() + mv[1], b.sp(), b.sq(), b.constant())) {
                return true;
            }
        }
        return lim.allowConstant() && move(b, b.p(), b.q(), b.sp(), b.sq(), !b.constant());
    }

    private boolean move(Candidate from, int p, int q, int sp, int sq, boolean c) {
        if (p < 0 || q < 0 || sp < 0 || sq < 0 || p > lim.maxP() || q > lim.maxQ() || sp > lim.maxSP()
                || sq > lim.maxSQ() || tried.size() >= lim.maxModels() || seen(p, q, sp, sq, c)) {
            return false;
        }
        tryModel(p, q, sp, sq, c);
        return best != from;
    }

    private boolean seen(int p, int q, int sp, int sq, boolean c) {
        return tried.stream().anyMatch(t -> t.sameModel(p, q, sp, sq, c));
    }

    private void tryModel(int p, int q, int sp, int sq, boolean c) {
        if (seen(p, q, sp, sq, c)) {
            return;
        }
        Candidate cand = new Candidate(p, q, sp, sq, c, fitter.ic(p, q, sp, sq, c));
        tried.add(cand);
        if (best == null || cand.ic() < best.ic()) {
            best = cand;
        }
    }
}
