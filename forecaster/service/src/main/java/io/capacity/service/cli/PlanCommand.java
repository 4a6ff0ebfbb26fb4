package io.capacity.service.cli;

import io.capacity.core.batch.ForecastBatch;
import io.capacity.core.batch.SeriesForecast;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.input.CsvSeriesReader;
import io.capacity.core.input.RawSeries;
import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.demand.DemandEvidence;
import io.capacity.planner.demand.DemandForecasts;
import io.capacity.planner.model.Dimension;
import io.capacity.planner.plan.Plan;
import io.capacity.planner.plan.PlanInputs;
import io.capacity.planner.model.PlanOptions;
import io.capacity.planner.Planner;
import io.capacity.planner.Site;
import io.capacity.planner.model.CostSettings;
import io.capacity.planner.inventory.Host;
import io.capacity.planner.inventory.HardwareInventory;
import io.capacity.planner.recommend.Recommendation;
import io.capacity.planner.scenario.WhatIf;
import io.capacity.core.select.ModelCatalog;
import io.capacity.core.series.Aggregation;
import io.capacity.core.series.TimeSeries;
import io.capacity.store.ClusterDemand;
import io.capacity.store.MetricStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./capacity plan}: forecast each cluster's demand and turn it into costed power and purchase actions. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Forecast each cluster's demand (from a file, or summed from its hosts' stored CPU, memory "
                + "and network counters) and plan the horizon: which hosts to power down and when to power them on, what to "
                + "order by which date, each with its rationale and cost (docs/planner.md).",
                "--demand CSV: series_id,timestamp,value with series_id CLUSTER:cpu|memory|bandwidth "
                        + "(cores, GB, Mbps); a power budget is the inventory's power_budget_watts."})
public final class PlanCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(PlanCommand.class);

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    WhatIfOptions whatIf;

    @Option(names = "--inventory", required = true, paramLabel = "FILE",
            description = "Inventory YAML: models, clusters, hosts and an optional costs: section (tariff, PUE,"
                    + " depreciation, cost of capital, procurement lead time; docs/planner.md).")
    Path inventory;

    @Option(names = "--demand", paramLabel = "FILE", description = "Demand history CSV (instead of --from-store).")
    Path demand;

    @Option(names = "--from-store", description = "Sum each cluster's demand from its hosts' stored cpu, mem and net.")
    boolean fromStore;

    @Option(names = "--history", defaultValue = "28d", paramLabel = "DURATION",
            description = "--from-store: history to read before now (default: ${DEFAULT-VALUE}).")
    String history;

    @Option(names = "--bandwidth-exclude", paramLabel = "REGEX",
            description = "--from-store: interfaces (net measurement, interface tag) left out of a cluster's bandwidth:"
                    + " loopback and container/VM bridges by default, which carry the same bytes again.")
    String bandwidthExclude;

    @Option(names = "--horizon", defaultValue = "7d", paramLabel = "DURATION", description = "Plan horizon (default: ${DEFAULT-VALUE}).")
    String horizon;

    @Option(names = "--step", defaultValue = "1h", paramLabel = "DURATION", description = "Plan step (default: ${DEFAULT-VALUE}).")
    String step;

    @Option(names = "--model", defaultValue = "auto", paramLabel = "NAME", description = "Demand model (default: ${DEFAULT-VALUE}).")
    String model;

    @Mixin
    RuleOptions rules;

    @Option(names = "--expected-load", paramLabel = "U",
            description = "Rank hosts for power-off by watts per core at this load, 0..1 (default: the mean forecast"
                    + " over the sized capacity).")
    Double expectedLoad;

    @Option(names = "--purchase-model", paramLabel = "MODEL",
            description = "Inventory model the buy advice orders (default: the cluster's most common model).")
    String purchaseModel;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Plan JSON.")
    Path output;

    @Override
    public Integer call() throws Exception {
        OutputFiles.check("-o", output);
        if (fromStore == (demand != null)) {
            throw new UsageError("give exactly one of --demand FILE and --from-store");
        }
        // Flags first, so a typo is reported before the inventory is read or anything is logged.
        rules.check();
        Duration st = Durations.parse("--step", step);
        int h = (int) (Durations.parse("--horizon", horizon).toSeconds() / st.toSeconds());
        Site site = Site.load(inventory);
        HardwareInventory inv = site.inventory();
        whatIf.check(inv);
        plannerOptions(inv, PlanOptions.DEFAULTS);
        logCosts(site);
        int season = (int) Math.max(1, Duration.ofDays(1).toSeconds() / st.toSeconds());
        Map<String, DemandEvidence> evidence = new java.util.HashMap<>();
        List<TimeSeries> series = fromStore ? fromStore(inv, st, evidence) : fromFile(st, evidence);
        ModelSpec m = ModelCatalog.spec(model, season, 0, h);
        List<SeriesForecast> fc = new ForecastBatch(h, new double[] {rules.quantile}, season,
                Runtime.getRuntime().availableProcessors()).run(series, m, r -> { });
        DemandForecasts d = null;
        for (SeriesForecast f : fc) {
            if (f.forecast() == null) {
                throw new IllegalArgumentException("demand " + f.seriesId() + ": " + f.error());
            }
            String[] cd = f.seriesId().split(":", 2);
            Dimension dim = Dimension.valueOf(cd[1].toUpperCase(Locale.ROOT));
            d = d == null ? DemandForecasts.of(cd[0], dim, f.forecast()) : d.with(cd[0], dim, f.forecast());
            d = d.withEvidence(cd[0], dim, evidence.get(f.seriesId()));
        }
        // The plan is made as of the end of the demand history: order-by dates count from there, so a plan
        // from an old file is the plan that would have been made then.
        Instant asOf = fc.stream().map(f -> f.forecast().start()).filter(java.util.Objects::nonNull)
                .min(Instant::compareTo).orElse(Instant.now());
        PlanOptions o = plannerOptions(inv, rules.applyTo(PlanOptions.DEFAULTS.withCosts(site.costs())
                .withClock(Clock.fixed(asOf, ZoneOffset.UTC))));
        PlanInputs inputs = new PlanInputs(inv, d, o);
        var scenario = whatIf.scenario(inv, d, LocalDate.ofInstant(asOf, ZoneOffset.UTC));
        if (scenario.isPresent()) {
            WhatIf w = Planner.whatIf(inputs, scenario.get());
            OutputFiles.writeString(output, w.toJson());
            print(w);
            return 0;
        }
        Plan plan = Planner.plan(inputs);
        OutputFiles.writeString(output, plan.toJson());
        print(plan);
        out().println("-> " + output);
        out().flush();
        return 0;
    }

    /** --expected-load and --purchase-model, each checked before it is used. */
    private PlanOptions plannerOptions(HardwareInventory inv, PlanOptions o) {
        if (purchaseModel != null && !inv.models().containsKey(purchaseModel)) {
            throw new UsageError("--purchase-model " + purchaseModel + ": expected one of the inventory's"
                    + " models " + inv.models().keySet().stream().sorted().toList());
        }
        PlanOptions p = o.withPurchaseModel(purchaseModel);
        return FlagChecks.with("--expected-load", expectedLoad, () -> p.withExpectedLoad(expectedLoad));
    }

    private void logCosts(Site site) {
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

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private void print(WhatIf w) {
        PrintWriter out = out();
        out.println("base:");
        print(w.base());
        out.println("what-if (" + w.scenario().name() + "):");
        print(w.changed());
        for (ClusterPlan c : w.changed().clusters()) {
            ClusterPlan b = w.base().cluster(c.cluster());
            out.printf(Locale.ROOT, "cluster %s: %+.1f kWh, energy %+.2f %s over the horizon%n", c.cluster(),
                    c.planKwh() - b.planKwh(), c.cost("energy, planned") - b.cost("energy, planned"),
                    w.changed().currency());
        }
        out.println("-> " + output);
        out.flush();
    }

    private List<TimeSeries> fromFile(Duration st, Map<String, DemandEvidence> evidence) {
        List<TimeSeries> out = new ArrayList<>();
        for (RawSeries r : CsvSeriesReader.read(demand)) {
            DemandIds.parse(demand, r.id());
            TimeSeries s = r.resample(st, Aggregation.MEAN);
            evidence.put(s.id(), DemandEvidence.of(s, Set.of()));
            out.add(s);
        }
        return out;
    }

    private List<TimeSeries> fromStore(HardwareInventory inv, Duration st, Map<String, DemandEvidence> evidence) {
        Instant to = Instant.now();
        Instant from = to.minus(Durations.parse("--history", history));
        List<TimeSeries> out = new ArrayList<>();
        Pattern exclude = bandwidthExclude == null ? ClusterDemand.VIRTUAL_INTERFACES : regex(bandwidthExclude);
        if (bandwidthExclude == null) {
            LOG.info("bandwidth: each host's net interfaces except {} (loopback, container and VM bridges); override"
                    + " with --bandwidth-exclude REGEX", ClusterDemand.VIRTUAL_INTERFACES.pattern());
        }
        try (MetricStore s = store.openForReading()) {
            Map<String, List<Host>> byCluster = inv.hosts().stream().collect(Collectors.groupingBy(Host::cluster));
            for (Map.Entry<String, List<Host>> e : byCluster.entrySet()) {
                Map<String, Double> cores = e.getValue().stream().collect(Collectors.toMap(Host::id, Host::cores));
                int before = out.size();
                Consumer<ClusterDemand.Summed> keep = x -> {
                    out.add(x.series());
                    evidence.put(x.series().id(), DemandEvidence.of(x.series(), x.hostHistory()));
                };
                ClusterDemand.cpu(s, e.getKey(), cores, from, to, st).ifPresentOrElse(keep,
                        () -> LOG.warn("cluster {}: no stored cpu usage_idle for its hosts since {}; CPU is not "
                                + "planned (check the collectors' host tags match the inventory ids)", e.getKey(), from));
                ClusterDemand.memory(s, e.getKey(), List.copyOf(cores.keySet()), from, to, st).ifPresentOrElse(
                        keep, () -> LOG.warn("cluster {}: no stored mem used for its hosts since {}; memory is "
                                + "not planned", e.getKey(), from));
                ClusterDemand.bandwidthMbps(s, e.getKey(), List.copyOf(cores.keySet()), exclude, from, to, st)
                        .ifPresentOrElse(x -> {
                            out.add(x);
                            evidence.put(x.id(), DemandEvidence.of(x, Set.of()));
                        }, () -> LOG.info("cluster {}: no stored net bytes for its hosts since"
                                + " {}; bandwidth is not planned", e.getKey(), from));
                if (out.size() == before) {
                    throw new IllegalArgumentException("cluster " + e.getKey() + ": no stored cpu or mem data for "
                            + "its hosts " + cores.keySet() + " since " + from + " (--history " + history + ")");
                }
            }
        }
        return out;
    }

    private static Pattern regex(String text) {
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            throw new UsageError("--bandwidth-exclude: '" + text + "' is not a regular expression ("
                    + e.getDescription() + " at index " + e.getIndex() + ")");
        }
    }

    private void print(Plan plan) {
        PrintWriter out = out();
        for (ClusterPlan c : plan.clusters()) {
            out.printf("cluster %s: forecast %s (%s); binding %s; %.1f kWh planned vs %.1f kWh held%n", c.cluster(),
                    c.grade(), c.gradeReason(), c.binding(), c.planKwh(), c.heldKwh());
            for (Recommendation r : c.recommendations()) {
                out.println("  " + r.kind().name().toLowerCase(Locale.ROOT) + ": " + r.summary());
            }
        }
    }
}
