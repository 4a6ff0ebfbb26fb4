package io.capacity.planner.recommend;

import io.capacity.core.forecast.Grade;
import io.capacity.planner.model.Dimension;

import java.util.Objects;

/**
 * Why a recommendation was made.
 *
 * @param band              forecast band the decision used, e.g. {@code upper 95 % + 0 % margin}
 * @param threshold         target utilisation the band is kept under
 * @param grade             the forecast's quality grade
 * @param gradeReason       why it got that grade
 * @param binding           the dimension that decided it
 * @param costDeltaPerWeek  change in cost per week if followed (negative saves)
 * @param costDeltaPerMonth the same per month
 * @param explanation       the reasoning in one or two sentences
 */
public record Rationale(String band, double threshold, Grade grade, String gradeReason, Dimension binding,
                        double costDeltaPerWeek, double costDeltaPerMonth, String explanation) {
    public Rationale {
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(gradeReason, "gradeReason");
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(explanation, "explanation");
        if (!Double.isFinite(costDeltaPerWeek) || !Double.isFinite(costDeltaPerMonth)) {
            throw new IllegalArgumentException("cost deltas must be finite, got " + costDeltaPerWeek + " / "
                    + costDeltaPerMonth);
        }
    }
}
