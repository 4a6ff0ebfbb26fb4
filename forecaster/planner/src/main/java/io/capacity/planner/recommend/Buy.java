package io.capacity.planner.recommend;

import io.capacity.core.hint.Hints;
import io.capacity.planner.model.Dimension;
import io.capacity.planner.cost.CostLine;
import io.capacity.planner.cost.Costs;
import io.capacity.planner.inventory.HardwareModel;
import io.capacity.planner.inventory.Host;
import io.capacity.planner.inventory.HostState;
import io.capacity.planner.json.Json;
import io.capacity.planner.schedule.Needs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Purchases: when the band (over target, N+k) first crosses the capacity of every usable host, order enough of
 * the purchase model to cover the horizon's peak, by the crossing time minus the procurement lead time.
 */
final class Buy {
    private static final Logger LOG = LoggerFactory.getLogger(Buy.class);

    private Buy() {
    }

    static void advise(Situation s, List<Recommendation> out) {
        double[][] need = s.need();
        double[] usable = s.usable();
        int cross = -1;
        int dim = 0;
        double[] gap = new double[usable.length];
        for (int t = 0; t < need.length; t++) {
            for (int d = 0; d < usable.length; d++) {
                gap[d] = Math.max(gap[d], need[t][d] - usable[d]);
                if (cross < 0 && need[t][d] > usable[d] + 1e-9) {
                    cross = t;
                    dim = d;
                }
            }
        }
        if (cross < 0) {
            return;
        }
        HardwareModel m = model(s);
        int n = 0;
        for (int d = 0; d < gap.length; d++) {
            n = Math.max(n, (int) Math.ceil(gap[d] / m.host("probe", "-", java.time.LocalDate.EPOCH,
                    HostState.OFF).capacity(Needs.dimension(d)) - 1e-9));
        }
        Dimension binding = Needs.dimension(dim);
        double leadDays = s.options().costs().procurementLead();
        Instant now = s.options().clock().instant();
        Instant crossAt = s.timeAt(cross);
        String when;
        double deferDays = 0;
        if (crossAt == null) {
            when = "at least " + (long) leadDays + " days before step " + cross + " (forecast has no timestamps)";
        } else {
            Instant orderBy = crossAt.minus(Duration.ofMillis((long) (leadDays * 86_400_000)));
            deferDays = Math.max(0, Duration.between(now, orderBy).toMillis() / 86_400_000.0);
            when = orderBy.isBefore(now) ? "now (the " + (long) leadDays + "-day lead time is already late by "
                    + String.format("%.1f", -Duration.between(now, orderBy).toMillis() / 86_400_000.0) + " days)"
                    : "by " + orderBy;
        }
        String cur = s.currency();
        CostLine capex = new CostLine("purchase " + m.name(), n * m.price(), cur, "count * price",
                Json.obj("count", n, "price", m.price()));
        double monthly = n * (m.price() / (m.lifetimeYears() * 12) + m.maintenancePerMonth());
        CostLine run = new CostLine("monthly cost " + m.name(), monthly, cur,
                "count * (price / (lifetime_years * 12) + maintenance_per_month)", Json.obj("count", n, "price",
                m.price(), "lifetime_years", m.lifetimeYears(), "maintenance_per_month", m.maintenancePerMonth()));
        CostLine defer = Costs.deferral("value of ordering at the forecast-timed date instead of today", n,
                m.price(), deferDays, s.options().costs().costOfCapital(), cur);
        long standby = s.fleet().hosts().stream().filter(h -> h.state() == HostState.STANDBY).count();
        String text = String.format("The %s %s need first exceeds the %.0f %s every usable host provides"
                        + " (N+%d, all %d standby hosts already counted) at step %d; the horizon peak needs %.0f %s"
                        + " more. Powering on standby hosts alone does not cover it.", s.band(), binding,
                usable[dim], binding.unit(), s.rules().redundancy(), standby, cross, gap[dim], binding.unit());
        out.add(new Recommendation(Kind.BUY, "order " + n + " x " + m.name() + " " + when, cross, crossAt,
                List.of(), new Rationale(s.band(), s.rules().targetUtilisation(), s.grade(), s.gradeReason(),
                binding, monthly * 7 / Costs.DAYS_PER_MONTH, monthly, text), List.of(capex, run, defer)));
    }

    /** The purchase model: the option, else the most common model of the cluster's hosts. */
    private static HardwareModel model(Situation s) {
        String name = s.options().purchaseModel();
        if (name != null) {
            HardwareModel m = s.inventory().models().get(name);
            if (m == null) {
                throw new IllegalArgumentException("purchase model " + name + " is not in the inventory models "
                        + s.inventory().models().keySet());
            }
            return m;
        }
        Map<String, Long> counts = s.fleet().hosts().stream()
                .collect(Collectors.groupingBy(Host::model, Collectors.counting()));
        String common = counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        HardwareModel m = s.inventory().models().get(common);
        if (m == null) {
            Host h = s.fleet().hosts().stream().filter(x -> x.model().equals(common)).findFirst().orElseThrow();
            m = new HardwareModel(common, h.cores(), h.memoryGb(), h.nicGbps(), h.power(), h.price(),
                    h.lifetimeYears(), h.bootTime(), h.maintenancePerMonth());
        }
        LOG.info("cluster {}: purchases proposed as {} (the most common model there). Override with"
                + " " + Hints.option("purchase_model", "MODEL"), s.cluster().id(), m.name());
        return m;
    }

}
