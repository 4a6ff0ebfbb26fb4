package io.capacity.core.model.global;

import io.capacity.core.fixtures.Synthetic;
import io.capacity.core.forecast.ModelContract;
import io.capacity.core.forecast.ModelSpec;

import java.util.List;

/** The global model, unbound (its own history) and bound to a batch holding the contract's series, passes the kit. */
class GlobalContractTest extends ModelContract {
    @Override
    protected List<ModelSpec> specs() {
        GlobalSpec own = GlobalSpec.of(24, new LagDesign(48, 24, 1e-3, 1, 1000));
        return List.of(own, own.forBatch(List.of(series(), Synthetic.seasonal("other", 300, 24, 5.0, 7))));
    }
}
