package io.capacity.planner.sim;

import io.capacity.planner.inventory.Host;
import io.capacity.planner.inventory.HostState;
import io.capacity.planner.power.PowerCurve;
import io.capacity.planner.schedule.Controller;
import io.capacity.planner.schedule.Fleet;
import io.capacity.planner.schedule.Rules;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One power model's plan and oracle. Decisions depend on the curve (how far hosts may be packed), so each model
 * has its own controllers and meters; the forecasts are shared.
 */
final class Lane {
    final String model;
    final PowerCurve curve;
    /** The curve's most efficient load where it is below the target (the lane prefers hosts by draw), else the target. */
    final double packing;
    /** Whether the lane powers a host more where that lowers the draw (packing below the target). */
    private final boolean prefersDraw;
    final Controller plan;
    final Controller oracle;
    final Meter planMeter;
    final Meter oracleMeter;
    final Meter alwaysMeter;
    int transitions;
    int oracleTransitions;

    Lane(String model, PowerCurve curve, double packing, int hosts, Rules rules, Duration boot, int steps,
         double price) {
        this.model = model;
        this.curve = curve;
        this.packing = packing;
        this.prefersDraw = packing < rules.targetUtilisation();
        Fleet fleet = fleet(hosts, curve, boot, price);
        plan = new Controller(fleet, rules);
        oracle = new Controller(fleet, rules);
        planMeter = new Meter(hosts, rules.targetUtilisation(), steps);
        oracleMeter = new Meter(hosts, rules.targetUtilisation(), steps);
        alwaysMeter = new Meter(hosts, rules.targetUtilisation(), steps);
    }

    /** The expected demand the controller's energy preference is judged at: {@code peak}, or 0 for none. */
    double expected(double peak) {
        return prefersDraw ? peak : 0;
    }

    /**
     * Identical unit hosts: demand is in host units, one unit of capacity each in every dimension; the price is
     * what a power cycle's wear is charged from when no cost per cycle is set.
     */
    private static Fleet fleet(int hosts, PowerCurve curve, Duration boot, double price) {
        List<Host> list = new ArrayList<>();
        for (int i = 0; i < hosts; i++) {
            list.add(new Host(String.format("h%05d", i), "replay", "replay", 1, 1, 1, curve, price, LocalDate.EPOCH,
                    1, HostState.ON, boot, 0));
        }
        return new Fleet(list, 0.5);
    }
}
