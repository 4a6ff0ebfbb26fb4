package io.capacity.app.actions;

import java.util.Objects;

/**
 * Why an action is in the plan: the planner's rationale, kept as the plan was made.
 *
 * @param band              the forecast band the decision used, e.g. {@code upper 95 % + 0 % margin}
 * @param threshold         the target utilisation the band is kept under
 * @param grade             the forecast's grade (good, uncertain, bad)
 * @param gradeReason       why it got that grade
 * @param binding           the dimension that decided it (cpu, memory, bandwidth)
 * @param costDeltaPerWeek  change in cost per week if followed (negative saves)
 * @param costDeltaPerMonth the same per month
 * @param explanation       the reasoning in a sentence or two
 */
public record Advice(String band, double threshold, String grade, String gradeReason, String binding,
                     double costDeltaPerWeek, double costDeltaPerMonth, String explanation) {
    public Advice {
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
