package io.capacity.core.model.baseline;

import io.capacity.core.forecast.ModelContract;
import io.capacity.core.forecast.ModelSpec;

import java.util.List;

class BaselineContractTest extends ModelContract {
    @Override
    protected List<ModelSpec> specs() {
        return List.of(new NaiveSpec(), new SeasonalNaiveSpec(24), new DriftSpec(), new MeanSpec());
    }
}
