package io.capacity.planner.demand;

import io.capacity.core.forecast.ModelContract;
import io.capacity.core.forecast.ModelSpec;

import java.util.List;

/**
 * The core's model contract (from its test-jar) on the planner's own model, as any model outside the core takes
 * it: anchored on the last value, on the quarter-hour level of a day, and averaged over a longer anchor.
 */
class SeasonalShapeContractTest extends ModelContract {
    @Override
    protected List<ModelSpec> specs() {
        return List.of(new SeasonalShapeSpec(24, 7), SeasonalShapeSpec.quarterHourAnchor(24, 3),
                new SeasonalShapeSpec(24, 2, 4));
    }
}
