package io.capacity.service.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.capacity.app.RequestProblem;
import io.capacity.collectors.agent.Agent;
import io.capacity.core.arch.PackageCycles;
import io.capacity.service.CapacityApplication;
import io.capacity.store.MetricStore;
import io.capacity.yaml.YamlFile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No package of a module depends on itself through others (issue 13), for the modules above the core and the
 * planner, which check their own ({@code PackageCyclesTest}, {@code PlannerPackageCyclesTest}). Each module's
 * compiled classes are read with the JDK's jdeps.
 */
class ModulePackageCyclesTest {
    static List<Arguments> modules() {
        return List.of(Arguments.of("collectors", Agent.class, "io.capacity"),
                Arguments.of("forecaster/yaml", YamlFile.class, "io.capacity.yaml"),
                Arguments.of("forecaster/store", MetricStore.class, "io.capacity.store"),
                Arguments.of("forecaster/app", RequestProblem.class, "io.capacity.app"),
                Arguments.of("forecaster/service", CapacityApplication.class, "io.capacity.service"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void packagesFormNoCycle(String module, Class<?> member, String prefix) {
        Map<String, Set<String>> deps = PackageCycles.dependencies(PackageCycles.classesOf(member), prefix);
        assertFalse(deps.isEmpty(), module + ": no package read from " + PackageCycles.classesOf(member));
        assertEquals(List.of(), PackageCycles.cycles(deps), "package cycles in " + module);
    }
}
