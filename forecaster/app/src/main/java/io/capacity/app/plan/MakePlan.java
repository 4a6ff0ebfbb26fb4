package io.capacity.app.plan;

import io.capacity.app.RequestProblem;
import io.capacity.app.StoreAccess;
import io.capacity.app.demand.DemandReads;
import io.capacity.core.batch.ForecastBatch;
import io.capacity.core.batch.SeriesForecast;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.select.ModelCatalog;
import io.capacity.planner.demand.DemandForecasts;
import io.capacity.planner.model.Dimension;
import io.capacity.planner.plan.PlanInputs;
import io.capacity.planner.model.PlanOptions;
import io.capacity.planner.Planner;
import io.capacity.planner.Site;
import io.capacity.planner.model.CostSettings;
import io.capacity.planner.inventory.HardwareInventory;
import io.capacity.planner.scenario.Scenario;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: plan a site, or answer a what-if question about it. Loads the inventory and its costs, reads the demand
 * (a file, or summed per cluster from the store as of now), forecasts each cluster's dimensions at the rules'
 * quantile, and plans as of the end of the demand history: order-by dates count from there, so a plan from an old
 * file is the plan that would have been made then.
 */
public final class MakePlan {
    private static final Logger LOG = LoggerFactory.getLogger(MakePlan.class);

    private final StoreAccess stores;
    private final Clock clock;
    private final DemandReads reads;

    public MakePlan(StoreAccess stores, Clock clock) {
        this(stores, clock, DemandReads.EACH_TIME);
    }

    /** @param reads how the clusters' stored demand is read: each time, or kept for a piece of work that reads it again */
    public MakePlan(StoreAccess stores, Clock clock, DemandReads reads) {
        this.stores = stores;
        this.clock = clock;
        this.reads = reads;
    }

    public PlanResult run(PlanRequest r) {
        Site site = Site.load(r.inventory());
        HardwareInventory inv = site.inventory();
        Scenarios.check(r.whatIf(), inv);
        advice(r, inv, PlanOptions.DEFAULTS);
        logCosts(r.inventory(), site);
        PlanDemand.Read demand = PlanDemand.read(r.demand(), inv, r.step(), stores, reads, clock.instant());
        int h = r.steps();
        ModelSpec m = ModelCatalog.spec(r.model(), r.season(), 0, h);
        List<SeriesForecast> fc = new ForecastBatch(h, new double[] {r.rules().quantile()}, r.season(),
                Runtime.getRuntime().availableProcessors()).run(demand.series(), m, x -> { });
        DemandForecasts d = null;
        for (SeriesForecast f : fc) {
            if (f.forecast() == null) {
                throw new IllegalArgumentException("demand " + f.seriesId() + ": " + f.error());
            }
            String[] cd = f.seriesId().split(":", 2);
            Dimension dim = Dimension.valueOf(cd[1].toUpperCase(Locale.ROOT));
            d = d == null ? DemandForecasts.of(cd[0], dim, f.forecast()) : d.with(cd[0], dim, f.forecast());
            d = d.withEvidence(cd[0], dim, demand.evidence().get(f.seriesId()));
        }
        Instant asOf = fc.stream().map(f -> f.forecast().start()).filter(Objects::nonNull)
                .min(Instant::compareTo).orElse(clock.instant());
        PlanInputs inputs = inputs(r, site, d, asOf);
        Optional<Scenario> scenario = Scenarios.of(r.whatIf(), inv, d, LocalDate.ofInstant(asOf, ZoneOffset.UTC));
        return scenario.map(s -> new PlanResult(null, Planner.whatIf(inputs, s)))
                .orElseGet(() -> new PlanResult(Planner.plan(inputs), null));
    }

    /**
     * Plans the clusters of {@code demand} from forecasts already made (the scheduled pipeline's, at the rules'
     * quantile among their levels and {@code r}'s step and horizon), as of their first step, with {@code site}
     * loaded once by the caller; {@code r}'s demand source and what-if are not used.
     */
    public PlanResult fromForecasts(PlanRequest r, Site site, DemandForecasts demand) {
        Instant asOf = demand.byCluster().values().stream().flatMap(m -> m.values().stream())
                .map(f -> f.start()).filter(Objects::nonNull).min(Instant::compareTo).orElse(clock.instant());
        return new PlanResult(Planner.plan(inputs(r, site, demand, asOf)), null);
    }

    private static PlanInputs inputs(PlanRequest r, Site site, DemandForecasts d, Instant asOf) {
        HardwareInventory inv = site.inventory();
        PlanOptions o = advice(r, inv, r.rules().applyTo(PlanOptions.DEFAULTS.withCosts(site.costs())
                .withClock(Clock.fixed(asOf, ZoneOffset.UTC))));
        return new PlanInputs(inv, d, o);
    }

    /** The expected load and purchase model, each checked against the inventory before it is used. */
    private static PlanOptions advice(PlanRequest r, HardwareInventory inv, PlanOptions o) {
        String purchase = r.purchaseModel();
        if (purchase != null && !inv.models().containsKey(purchase)) {
            throw RequestProblem.of("purchase_model", purchase, "expected one of the inventory's models "
                    + inv.models().keySet().stream().sorted().toList());
        }
        PlanOptions p = o.withPurchaseModel(purchase);
        return RequestProblem.with("expected_load", r.expectedLoad(), () -> p.withExpectedLoad(r.expectedLoad()));
    }

    /** Logs the costs a plan prices with: the inventory's, or the defaults and where to set them. */
    public static void logCosts(Path inventory, Site site) {
        CostSettings c = site.costs();
        String tariff = c.tariff().flat() ? c.tariff().perKwh() + " per kWh flat"
                : c.tariff().perKwh() + " per kWh outside " + c.tariff().bands().size() + " time-of-use band(s)";
        if (site.costsGiven()) {
            LOG.info("costs from {}: tariff {}, PUE {}, {}, cost of capital {}, procurement lead {} days", inventory,
                    tariff, c.pue(), c.depreciation().describe(), c.costOfCapital(), c.procurementLead());
        } else {
            LOG.info("costs: {} has no costs: section, so the defaults apply: tariff {}, PUE {}, {}, cost of capital"
                            + " {}, procurement lead {} days. Set them there (docs/planner.md, \"Inventory YAML\")",
                    inventory, tariff, c.pue(), c.depreciation().describe(), c.costOfCapital(), c.procurementLead());
        }
    }
}
