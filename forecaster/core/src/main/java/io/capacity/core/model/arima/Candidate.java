package io.capacity.core.model.arima;

/** One model tried by the stepwise search and its information criterion (+Inf when rejected or failed). */
record Candidate(int p, int q, int sp, int sq, boolean constant, double ic) {

    boolean sameModel(int p2, int q2, int sp2, int sq2, boolean c2) {
        return p == p2 && q == q2 && sp == sp2 && sq == sq2 && constant == c2;
    }
}
