package io.capacity.planner.recommend;

import io.capacity.core.forecast.Grade;
import io.capacity.planner.model.Dimension;
import io.capacity.planner.json.Json;
import io.capacity.planner.json.JsonWritable;

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
                        double costDeltaPerWeek, double costDeltaPerMonth, String explanation)
        implements JsonWritable {
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

    @Override
    public Object jsonTree() {
        return Json.obj("band", band, "threshold", threshold, "grade", grade, "grade_reason", gradeReason,
                "binding", binding, "cost_delta_per_week", Math.round(costDeltaPerWeek * 100) / 100.0,
                "cost_delta_per_month", Math.round(costDeltaPerMonth * 100) / 100.0, "explanation", explanation);
    }
}
