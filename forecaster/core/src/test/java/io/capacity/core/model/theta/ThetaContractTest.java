package io.capacity.core.model.theta;

import io.capacity.core.forecast.ModelContract;
import io.capacity.core.forecast.ModelSpec;

import java.util.List;

class ThetaContractTest extends ModelContract {
    @Override
    protected List<ModelSpec> specs() {
        return List.of(new ThetaSpec(24), new ThetaSpec(1));
    }
}
