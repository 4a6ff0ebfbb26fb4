package io.capacity.planner;

import io.capacity.core.arch.PackageCycles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No package of the planner depends on itself through others (issue 13): the shared vocabulary
 * ({@code planner.model}) is a leaf, plans ({@code planner.plan}) sit above what they hold, and the entry points
 * above the scenarios that compare plans. Core's {@code PackageCyclesTest} checks the core.
 */
class PlannerPackageCyclesTest {
    @Test
    void thePlannersPackagesFormNoCycle() {
        Map<String, Set<String>> deps = PackageCycles.dependencies(PackageCycles.classesOf(Planner.class),
                "io.capacity.planner");
        // The graph is read for real: a plan holds recommendations, the schedule sizes hosts per dimension.
        assertTrue(deps.get("io.capacity.planner.plan").contains("io.capacity.planner.recommend"), deps::toString);
        assertTrue(deps.get("io.capacity.planner.schedule").contains("io.capacity.planner.model"), deps::toString);
        assertEquals(Set.of(), deps.get("io.capacity.planner.model"), "the vocabulary is a leaf");
        assertEquals(List.of(), PackageCycles.cycles(deps), "package cycles in forecaster/planner");
    }
}
