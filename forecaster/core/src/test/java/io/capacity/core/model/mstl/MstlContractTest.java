package io.capacity.core.model.mstl;

import io.capacity.core.forecast.ModelContract;
import io.capacity.core.forecast.ModelSpec;

import java.util.List;

class MstlContractTest extends ModelContract {
    @Override
    protected List<ModelSpec> specs() {
        return List.of(MstlSpec.of(24, 168), MstlSpec.of(24).withLog(true), MstlSpec.of(12, 24).withCycles(2));
    }
}
