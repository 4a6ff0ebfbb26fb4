package io.capacity.planner;

import io.capacity.planner.model.CostSettings;
import io.capacity.planner.cost.CostsReader;
import io.capacity.planner.inventory.HardwareInventory;
import io.capacity.planner.inventory.InventoryLoader;
import io.capacity.planner.yaml.Problems;
import io.capacity.planner.yaml.YamlMap;

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
        Problems problems = new Problems(fileName);
        YamlMap top = InventoryLoader.top(yaml, fileName, problems);
        HardwareInventory inv = InventoryLoader.read(top, problems);
        YamlMap section = top.map("costs");
        CostSettings costs = section == null ? CostSettings.DEFAULTS
                : CostsReader.read(section, CostSettings.DEFAULTS);
        InventoryLoader.throwIfAny(problems);
        return new Site(inv, costs, section != null);
    }
}
