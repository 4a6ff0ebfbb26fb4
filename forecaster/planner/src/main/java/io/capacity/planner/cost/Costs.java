package io.capacity.planner.cost;

import io.capacity.planner.inventory.Host;
import io.capacity.planner.inventory.Uplink;
import io.capacity.planner.json.Json;
import io.capacity.planner.model.CostSettings;
import io.capacity.planner.model.Depreciation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The cost arithmetic; every figure is returned as a {@link CostLine} carrying its formula and inputs. */
public final class Costs {
    public static final double DAYS_PER_MONTH = 365.25 / 12;
    public static final double DAYS_PER_YEAR = 365.25;
    /** Series without timestamps are priced as if they began on a Monday at midnight UTC (time-of-use only). */
    public static final Instant NO_TIMESTAMP_START = Instant.parse("1970-01-05T00:00:00Z");
    private static final Logger LOG = LoggerFactory.getLogger(Costs.class);

    private Costs() {
    }

    public static double hours(Duration step) {
        return step.toMillis() / 3_600_000.0;
    }

    /** IT energy in kWh of a watts series. */
    public static double kwh(double[] watts, Duration step) {
        return Arrays.stream(watts).sum() * hours(step) / 1000;
    }

    /** Facility energy cost: {@code sum_t watts_t * step_h / 1000 * PUE * tariff(t)}. */
    public static CostLine energy(String item, double[] watts, Instant start, Duration step, CostSettings s,
                                  String currency) {
        Instant t0 = start;
        if (t0 == null) {
            t0 = NO_TIMESTAMP_START;
            if (!s.tariff().flat()) {
                LOG.info("{}: series has no timestamps; time-of-use hours read from a Monday 00:00 UTC start."
                        + " Give the demand series timestamps to price it at its real hours", item);
            }
        }
        double h = hours(step);
        double cost = 0;
        for (int i = 0; i < watts.length; i++) {
            cost += watts[i] * h / 1000 * s.pue() * s.tariff().priceAt(t0.plus(step.multipliedBy(i)));
        }
        double kwh = kwh(watts, step);
        return new CostLine(item, cost, currency, "sum_t watts_t * step_h / 1000 * pue * tariff(t)",
                Json.obj("it_kwh", round3(kwh), "facility_kwh", round3(kwh * s.pue()), "pue", s.pue(),
                        "step_h", h, "steps", watts.length, "tariff", s.tariff().flat()
                                ? s.tariff().perKwh() : "time-of-use, mean " + round3(kwh > 0
                                ? cost / (kwh * s.pue()) : s.tariff().perKwh()) + " per kWh"));
    }

    /** 95th-percentile billing: the sample below which 95 % of the 5-minute samples fall (top 5 % free). */
    public static double percentile95(double[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("95th percentile of no samples");
        }
        double[] s = samples.clone();
        Arrays.sort(s);
        return s[(int) Math.ceil(0.95 * s.length) - 1];
    }

    public static CostLine bandwidth(Uplink u, double[] mbps, Duration step, String currency) {
        double p95 = percentile95(mbps);
        double days = mbps.length * hours(step) / 24;
        double cost = p95 * u.ratePerMbpsMonth() * days / DAYS_PER_MONTH;
        return new CostLine("bandwidth " + u.id(), cost, currency,
                "p95_mbps * rate_per_mbps_month * days / " + round3(DAYS_PER_MONTH),
                Json.obj("p95_mbps", round3(p95), "samples", mbps.length, "rate_per_mbps_month",
                        u.ratePerMbpsMonth(), "days", round3(days)));
    }

    /** Depreciation of a host over {@code days} from {@code from}. */
    public static CostLine capex(Host h, LocalDate from, double days, Depreciation dep, String currency) {
        double age = ChronoUnit.DAYS.between(h.purchased(), from) / DAYS_PER_YEAR;
        double end = age + days / DAYS_PER_YEAR;
        double amount = dep.charge(h.price(), h.lifetimeYears(), age, end);
        return new CostLine("capex " + h.id(), amount, currency, dep.formula(),
                Json.obj("price", h.price(), "lifetime_years", h.lifetimeYears(), "from_age", round3(age),
                        "to_age", round3(end), "method", dep.method(), "factor", dep.factor()));
    }

    public static CostLine maintenance(Host h, double days, String currency) {
        return new CostLine("maintenance " + h.id(), h.maintenancePerMonth() * days / DAYS_PER_MONTH, currency,
                "maintenance_per_month * days / " + round3(DAYS_PER_MONTH),
                Json.obj("maintenance_per_month", h.maintenancePerMonth(), "days", round3(days)));
    }

    /** What paying {@code count * price} {@code days} later is worth at a yearly cost of capital. */
    public static CostLine deferral(String item, int count, double price, double days, double rate,
                                    String currency) {
        double value = count * price * (Math.pow(1 + rate, days / DAYS_PER_YEAR) - 1);
        return new CostLine(item, value, currency, "count * price * ((1 + rate)^(days / 365.25) - 1)",
                Json.obj("count", count, "price", price, "days", round3(days), "rate", rate));
    }

    /**
     * What buying each host {@code days[k]} later than the start is worth at a yearly cost of capital: one
     * {@link #deferral} per host, summed; the inputs list each host's days so the total can be rechecked.
     */
    public static CostLine deferrals(String item, double[] days, double price, double rate, String currency) {
        double value = 0;
        List<Double> listed = new ArrayList<>();
        for (double d : days) {
            value += price * (Math.pow(1 + rate, d / DAYS_PER_YEAR) - 1);
            listed.add(round3(d));
        }
        return new CostLine(item, value, currency, "sum_k price * ((1 + rate)^(days_k / 365.25) - 1)",
                Json.obj("hosts", days.length, "price", price, "rate", rate, "days_k", listed));
    }

    static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
