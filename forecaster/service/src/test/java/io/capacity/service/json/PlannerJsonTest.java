package io.capacity.service.json;

import io.capacity.core.model.baseline.SeasonalNaiveSpec;
import io.capacity.planner.model.CostSettings;
import io.capacity.planner.model.Dimension;
import io.capacity.planner.sim.FleetSpec;
import io.capacity.planner.sim.ReplayRules;
import io.capacity.planner.sim.SimulationResult;
import io.capacity.planner.sim.Simulator;
import io.capacity.planner.sim.Trace;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The planner's JSON through Jackson is the document the hand-written writer it replaced produced: the golden
 * files ({@code src/test/resources/io/capacity/service/json}) are that writer's output for {@link JsonCases},
 * compared byte for byte (field order, number forms, enum spelling, escapes).
 */
class PlannerJsonTest {
    @Test
    void everyCaseIsTheGoldenDocument() throws IOException {
        for (Map.Entry<String, Object> c : JsonCases.all().entrySet()) {
            assertEquals(golden(c.getKey()), PlannerJson.write(c.getValue()), c.getKey());
        }
    }

    @Test
    void aPlanNamesItsAdviceAndFormulas() {
        // Moved from the planner's PlannerTest with the JSON code.
        String json = PlannerJson.write(JsonCases.all().get("plan"));
        assertTrue(json.contains("\"kind\":\"power_down\""), json);
        assertTrue(json.contains("\"formula\":\"sum_t watts_t * step_h / 1000 * pue * tariff(t)\""), json);
        String whatIf = PlannerJson.write(JsonCases.all().get("whatif"));
        assertTrue(whatIf.contains("\"scenario\":\"+33 % workload, PUE 1.4\""), whatIf);
    }

    @Test
    void aSimulationCarriesItsCurrencyBreachHoursAndPackingLoad() {
        // Moved from the planner's ReplayPropertyTest and RealReplayTest with the JSON code.
        double[] y = new double[3 * 288];
        Arrays.fill(y, 0.3);
        SimulationResult r = Simulator.run(new Trace("flat", y, Duration.ofMinutes(5), null), FleetSpec.both(10),
                (period, horizon) -> new SeasonalNaiveSpec(period), ReplayRules.DEFAULTS, CostSettings.DEFAULTS,
                "USD");
        String json = PlannerJson.write(r);
        assertTrue(json.contains("\"currency\":\"USD\""), json);
        assertTrue(json.contains("\"target_breach_hours\""), json);
        assertTrue(json.contains("\"packing_load\":0.7"), "the R640 is packed to its efficient load: " + json);
    }

    @Test
    void enumsAreLowerCaseInEveryLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            // Under Turkish rules "BANDWIDTH".toLowerCase() has a dotless i; the documents never do.
            assertTrue(PlannerJson.write(JsonCases.all().get("values")).contains("\"binding\":\"bandwidth\""));
            assertEquals("\"bandwidth\"", PlannerJson.write(Dimension.BANDWIDTH));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theModuleServesAnyJacksonMapper() {
        // A Spring front end registers the module on its own mapper and gets the same document.
        JsonMapper spring = JsonMapper.builder().addModule(new PlannerJsonModule()).build();
        Object plan = JsonCases.all().get("plan");
        assertEquals(PlannerJson.write(plan), spring.writeValueAsString(plan));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = PlannerJsonTest.class.getResourceAsStream(name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
        }
    }
}
