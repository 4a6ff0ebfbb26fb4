package io.capacity.planner.model;

import io.capacity.planner.model.CostSettings;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How the plan is made.
 *
 * @param upperLevel           interval level (percent) whose upper bound the plan keeps under target
 * @param targetUtilisation    highest fraction of powered capacity demand may use
 * @param redundancy           N+k: hosts the powered set may lose and still hold the target
 * @param minOffTime           a host powered off stays off at least this long
 * @param maxTransitionsPerDay power events (on plus off) per host in any rolling day
 * @param safetyMargin         fraction added to the upper bound before sizing (0 = the bound as forecast)
 * @param costs                tariff, PUE, depreciation, cost of capital, procurement lead time
 * @param purchaseModel        hardware model to order (null: the inventory's most common model)
 * @param expectedLoad         load at which hosts are ranked by watts per core (null: from the forecasts)
 * @param efficientPacking     also power enough hosts to keep the mean forecast under the hosts' most efficient
 *                             load where that is below the target (an energy preference, never a safety need)
 * @param clock                "now" for order-by dates
 */
public record PlanOptions(double upperLevel, double targetUtilisation, int redundancy, Duration minOffTime,
                          int maxTransitionsPerDay, double safetyMargin, CostSettings costs, String purchaseModel,
                          Double expectedLoad, boolean efficientPacking, Clock clock) {
    public static final PlanOptions DEFAULTS = new PlanOptions(95, 0.8, 1, Duration.ofHours(1), 4, 0,
            CostSettings.DEFAULTS, null, null, true, Clock.systemUTC());

    public PlanOptions {
        if (!(upperLevel > 0 && upperLevel < 100)) {
            throw new IllegalArgumentException("the bound's coverage must be a percentage above 0 and below 100"
                    + ", got " + upperLevel);
        }
        if (!(targetUtilisation > 0 && targetUtilisation <= 1)) {
            throw new IllegalArgumentException("the target utilisation must be above 0 and at most 1"
                    + ", got " + targetUtilisation);
        }
        if (redundancy < 0) {
            throw new IllegalArgumentException("the redundancy (spare hosts, N+k) must be at least 0"
                    + ", got " + redundancy);
        }
        Objects.requireNonNull(minOffTime, "minOffTime");
        if (minOffTime.isNegative()) {
            throw new IllegalArgumentException("the minimum off time must not be negative, got " + minOffTime);
        }
        if (maxTransitionsPerDay < 2) {
            throw new IllegalArgumentException("the power transitions per host per day must be at least 2 (one off,"
                    + " one on), got " + maxTransitionsPerDay);
        }
        if (!(safetyMargin >= 0)) {
            throw new IllegalArgumentException("the safety margin must be at least 0, got " + safetyMargin);
        }
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(clock, "clock");
        if (expectedLoad != null && !(expectedLoad >= 0 && expectedLoad <= 1)) {
            throw new IllegalArgumentException("the expected load must be from 0 to 1, got " + expectedLoad);
        }
    }

    public PlanOptions withUpperLevel(double level) {
        return new PlanOptions(level, targetUtilisation, redundancy, minOffTime, maxTransitionsPerDay, safetyMargin,
                costs, purchaseModel, expectedLoad, efficientPacking, clock);
    }

    public PlanOptions withTargetUtilisation(double u) {
        return new PlanOptions(upperLevel, u, redundancy, minOffTime, maxTransitionsPerDay, safetyMargin, costs,
                purchaseModel, expectedLoad, efficientPacking, clock);
    }

    public PlanOptions withCosts(CostSettings c) {
        return new PlanOptions(upperLevel, targetUtilisation, redundancy, minOffTime, maxTransitionsPerDay,
                safetyMargin, c, purchaseModel, expectedLoad, efficientPacking, clock);
    }

    public PlanOptions withRedundancy(int k) {
        return new PlanOptions(upperLevel, targetUtilisation, k, minOffTime, maxTransitionsPerDay, safetyMargin,
                costs, purchaseModel, expectedLoad, efficientPacking, clock);
    }

    public PlanOptions withMinOffTime(Duration d) {
        return new PlanOptions(upperLevel, targetUtilisation, redundancy, d, maxTransitionsPerDay, safetyMargin,
                costs, purchaseModel, expectedLoad, efficientPacking, clock);
    }

    public PlanOptions withMaxTransitionsPerDay(int n) {
        return new PlanOptions(upperLevel, targetUtilisation, redundancy, minOffTime, n, safetyMargin, costs,
                purchaseModel, expectedLoad, efficientPacking, clock);
    }

    public PlanOptions withClock(Clock c) {
        return new PlanOptions(upperLevel, targetUtilisation, redundancy, minOffTime, maxTransitionsPerDay,
                safetyMargin, costs, purchaseModel, expectedLoad, efficientPacking, c);
    }

    public PlanOptions withPurchaseModel(String m) {
        return new PlanOptions(upperLevel, targetUtilisation, redundancy, minOffTime, maxTransitionsPerDay,
                safetyMargin, costs, m, expectedLoad, efficientPacking, clock);
    }

    /** Hosts ranked by watts per core at this load (0..1) instead of the one the forecasts imply; null: theirs. */
    public PlanOptions withExpectedLoad(Double load) {
        return new PlanOptions(upperLevel, targetUtilisation, redundancy, minOffTime, maxTransitionsPerDay,
                safetyMargin, costs, purchaseModel, load, efficientPacking, clock);
    }

    public PlanOptions withEfficientPacking(boolean on) {
        return new PlanOptions(upperLevel, targetUtilisation, redundancy, minOffTime, maxTransitionsPerDay,
                safetyMargin, costs, purchaseModel, expectedLoad, on, clock);
    }
}
