package io.capacity.planner.bench;

import io.capacity.core.forecast.ModelSpec;
import io.capacity.planner.demand.SeasonalShapeSpec;
import io.capacity.planner.sim.ReplayModel;
import io.capacity.core.select.AutoSpec;

import java.util.ArrayList;
import java.util.List;

/** The forecasting setups the replay figures in docs/planner.md are measured with. */
public final class RealTraces {
    private RealTraces() {
    }

    /**
     * The seasonal shape model over a week: cheap enough to refit at every 5-minute decision, and with the
     * calibration the setup measured with zero shortfall on all three traces.
     */
    public static ReplayModel model() {
        return (period, horizon) -> SeasonalShapeSpec.quarterHourAnchor(period, 7);
    }

    /**
     * AutoSpec over the baselines plus the seasonal shape model, backtested over the decision horizon (the step,
     * the boot lead and the minimum off time), with conformal intervals.
     */
    public static ReplayModel auto() {
        return (period, horizon) -> {
            List<ModelSpec> c = new ArrayList<>(AutoSpec.baselines(period));
            c.add(SeasonalShapeSpec.quarterHourAnchor(period, 7));
            return AutoSpec.defaults(period, horizon).withCandidates(c);
        };
    }
}
