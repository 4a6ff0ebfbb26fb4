package io.capacity.core.arch;

import io.capacity.core.forecast.Forecast;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No package of the core depends on itself through others (issue 13); the planner module's check is
 * {@code PlannerPackageCyclesTest}.
 */
class PackageCyclesTest {
    @Test
    void findsEveryCycleAsAPathAndNoneInADag() {
        Map<String, Set<String>> cyclic = Map.of("a", Set.of("b"), "b", Set.of("c", "d"), "c", Set.of("a"),
                "d", Set.of(), "e", Set.of("a", "f"), "f", Set.of("e"));
        assertEquals(List.of(List.of("a", "b", "c", "a"), List.of("e", "f", "e")),
                PackageCycles.cycles(cyclic).stream().sorted((x, y) -> x.get(0).compareTo(y.get(0))).toList());
        Map<String, Set<String>> dag = Map.of("a", Set.of("b", "c"), "b", Set.of("c"), "c", Set.of());
        assertTrue(PackageCycles.cycles(dag).isEmpty());
    }

    @Test
    void theCoresPackagesFormNoCycle() {
        Map<String, Set<String>> deps = PackageCycles.dependencies(PackageCycles.classesOf(Forecast.class),
                "io.capacity.core");
        // The graph is read for real: models make the one Forecast type, backtests fill gaps as the batch does.
        assertTrue(deps.get("io.capacity.core.model.arima").contains("io.capacity.core.forecast"), deps::toString);
        assertTrue(deps.get("io.capacity.core.backtest").contains("io.capacity.core.batch"), deps::toString);
        assertEquals(List.of(), PackageCycles.cycles(deps), "package cycles in forecaster/core");
    }
}
