package io.capacity.core.select;

import io.capacity.core.forecast.FittedModel;
import io.capacity.core.forecast.ModelContract;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.series.TimeSeries;

import java.util.List;

/** The automatic choice is a model like any other: it passes the same contract, ensembles included. */
class AutoContractTest extends ModelContract {
    @Override
    protected List<ModelSpec> specs() {
        AutoSpec auto = AutoSpec.defaults(24, 24);
        return List.of(auto,
                renamed(auto.withEnsemble(new Ensemble(Ensemble.Kind.MEDIAN, 3)), "auto-median"),
                renamed(auto.withEnsemble(new Ensemble(Ensemble.Kind.INVERSE_ERROR, 2)), "auto-weighted"),
                renamed(auto.withBounds(Bounds.NON_NEGATIVE).withConformal(false), "auto-bounded-raw"));
    }

    /** Distinct names so each variant shows as its own dynamic test. */
    private static ModelSpec renamed(ModelSpec spec, String name) {
        return new ModelSpec() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public FittedModel fit(TimeSeries series) {
                return spec.fit(series);
            }
        };
    }
}
