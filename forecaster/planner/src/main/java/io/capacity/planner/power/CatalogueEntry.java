package io.capacity.planner.power;

import java.util.Objects;

/**
 * One built-in server model: its power curve plus the shape an inventory can take as defaults.
 *
 * @param curve   the power curve (its source names the SPECpower row)
 * @param hwModel the hardware description of the measured server
 * @param cores   physical cores of the measured configuration (0 when derived, not measured)
 * @param memGb   memory of the measured configuration (0 when derived)
 */
public record CatalogueEntry(PowerCurve curve, String hwModel, int cores, double memGb) {
    public CatalogueEntry {
        Objects.requireNonNull(curve, "curve");
        Objects.requireNonNull(hwModel, "hwModel");
        if (cores < 0 || memGb < 0) {
            throw new IllegalArgumentException("catalogue entry " + curve.name() + " has negative cores " + cores
                    + " or memory " + memGb);
        }
    }

    public String name() {
        return curve.name();
    }
}
