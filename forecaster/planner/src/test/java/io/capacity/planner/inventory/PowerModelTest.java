package io.capacity.planner.inventory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.capacity.planner.power.PowerCatalogue;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12, item 2: a mistyped power_model is an error; only an absent one uses the generic curve, said once. */
class PowerModelTest {
    private static String inventory(String modelLine, int hosts) {
        StringBuilder sb = new StringBuilder("""
                currency: EUR
                models:
                  r640:
                """);
        sb.append(modelLine.isEmpty() ? "" : "    " + modelLine + "\n");
        sb.append("""
                    cores: 56
                    memory_gb: 192
                    nic_gbps: 25
                    price: 9000
                clusters:
                  - id: c1
                hosts:
                """);
        for (int i = 1; i <= hosts; i++) {
            sb.append(String.format("  - {id: node%02d, cluster: c1, model: r640, purchased: 2016-03-01}%n", i));
        }
        return sb.toString();
    }

    @Test
    void aNameNotInTheCatalogueIsAProblemWithTheClosestNamesAndTheList() {
        InventoryException e = assertThrows(InventoryException.class,
                () -> InventoryLoader.parse(inventory("power_model: dell-r460-2017", 24), "inv.yaml"));
        assertEquals(1, e.problems().size(), e.problems().toString());
        String p = e.problems().get(0);
        assertTrue(p.startsWith("inv.yaml:4: models.r640.power_model: dell-r460-2017: expected a power model of"
                + " the catalogue: closest dell-r640-2017"), p);
        assertTrue(p.contains("; all: " + String.join(", ", PowerCatalogue.builtIn().names())), p);

        InventoryException n = assertThrows(InventoryException.class,
                () -> InventoryLoader.parse(inventory("power_model: nosuch-model", 24), "inv.yaml"));
        assertTrue(n.problems().get(0).startsWith("inv.yaml:4: models.r640.power_model: nosuch-model: expected"),
                n.problems().toString());
    }

    @Test
    void anAbsentPowerModelUsesTheGenericCurveSaidOnce() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        try {
            HardwareInventory inv = InventoryLoader.parse(inventory("", 24), "inv.yaml");
            assertEquals(PowerCatalogue.builtIn().fallback().name(), inv.hosts().get(0).power().name());
        } finally {
            root.detachAppender(logs);
        }
        List<String> power = logs.list.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(m -> m.contains(PowerCatalogue.DEFAULT)).toList();
        assertEquals(1, power.size(), power.toString());
        assertTrue(power.get(0).startsWith("power: model r640 has no power_model or power_curve"), power.get(0));
    }
}
