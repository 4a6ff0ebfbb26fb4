package io.capacity.core.select;

import java.util.Objects;

/**
 * Whether and how to combine the best candidates instead of using the single best.
 *
 * @param kind NONE, MEDIAN (robust to one wild member) or INVERSE_ERROR (weights 1/MASE from the backtest)
 * @param topK how many of the best-ranked candidates to combine (at least 2 unless kind is NONE)
 */
public record Ensemble(Kind kind, int topK) {
    public enum Kind { NONE, MEDIAN, INVERSE_ERROR }

    public static final Ensemble NONE = new Ensemble(Kind.NONE, 1);

    public Ensemble {
        Objects.requireNonNull(kind, "ensemble kind");
        if (kind != Kind.NONE && topK < 2) {
            throw new IllegalArgumentException("an ensemble needs topK of at least 2, got " + topK);
        }
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be at least 1, got " + topK);
        }
    }
}
