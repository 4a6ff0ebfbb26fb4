package io.capacity.core.forecast;

import java.util.Objects;

/** A forecast's grade with the reason for it, in words an operator can act on. */
public record Quality(Grade grade, String reason) {
    public Quality {
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(reason, "reason");
    }

    /** Not yet graded: a model's own output before a backtest has judged it. */
    public static Quality ungraded() {
        return new Quality(Grade.UNCERTAIN, "not backtested");
    }
}
