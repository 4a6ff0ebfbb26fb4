package io.capacity.planner;

import io.capacity.planner.model.CostSettings;
import io.capacity.planner.cost.CostsReader;
import io.capacity.planner.inventory.HardwareInventory;
import io.capacity.planner.inventory.InventoryLoader;
import io.capacity.yaml.YamlFile;
import io.capacity.yaml.YamlMapping;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An inventory file read whole: the fleet and, from its optional {@code costs:} section, what energy and purchases
 * cost there. One pass lists the problems of both.
 *
 * @param inventory  hosts, models and clusters
 * @param costs      the section over {@link CostSettings#DEFAULTS}, or the defaults
 * @param costsGiven whether the file had a {@code costs:} section (the CLI logs the defaults otherwise)
 */
public record Site(HardwareInventory inventory, CostSettings costs, boolean costsGiven) {
    public Site {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(costs, "costs");
    }

    public static Site load(Path file) {
        return parse(InventoryLoader.text(file), file.toString());
    }

    public static Site parse(String yaml, String fileName) {
        YamlFile file = new YamlFile(fileName);
        YamlMapping top = InventoryLoader.top(yaml, file);
        HardwareInventory inv = InventoryLoader.read(top);
        boolean given = top.has("costs");
        CostSettings costs = given ? CostsReader.read(top.mapping("costs"), CostSettings.DEFAULTS)
                : CostSettings.DEFAULTS;
        InventoryLoader.throwIfAny(file);
        return new Site(inv, costs, given);
    }
}
