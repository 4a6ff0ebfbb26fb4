package io.capacity.core.model.ets;

import io.capacity.core.forecast.ModelContract;
import io.capacity.core.forecast.ModelSpec;

import java.util.List;

class EtsContractTest extends ModelContract {
    @Override
    protected List<ModelSpec> specs() {
        return List.of(EtsSpec.auto(), new EtsSpec(Trend.DAMPED, 24), new EtsSpec(Trend.ADDITIVE, 24));
    }
}
