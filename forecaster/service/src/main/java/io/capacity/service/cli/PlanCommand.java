package io.capacity.service.cli;

import io.capacity.app.plan.DemandSource;
import io.capacity.app.plan.MakePlan;
import io.capacity.app.plan.PlanRequest;
import io.capacity.app.plan.PlanResult;
import io.capacity.app.plan.PlanRules;
import io.capacity.planner.plan.ClusterPlan;
import io.capacity.planner.plan.Plan;
import io.capacity.planner.recommend.Recommendation;
import io.capacity.planner.scenario.WhatIf;
import io.capacity.service.json.PlannerJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
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

    @Option(names = "--history", paramLabel = "DURATION",
            description = "--from-store: history to read before now (default: ${DEFAULT-VALUE}).")
    String history;

    @Option(names = "--bandwidth-exclude", paramLabel = "REGEX",
            description = "--from-store: interfaces (net measurement, interface tag) left out of a cluster's bandwidth:"
                    + " loopback and container/VM bridges by default, which carry the same bytes again.")
    String bandwidthExclude;

    @Option(names = "--horizon", paramLabel = "DURATION", description = "Plan horizon (default: ${DEFAULT-VALUE}).")
    String horizon;

    @Option(names = "--step", paramLabel = "DURATION", description = "Plan step (default: ${DEFAULT-VALUE}).")
    String step;

    @Option(names = "--model", paramLabel = "NAME", description = "Demand model (default: ${DEFAULT-VALUE}).")
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
        PlanRules r = rules.rules();
        Duration st = Durations.parse("--step", step);
        Duration h = Durations.parse("--horizon", horizon);
        DemandSource source = fromStore ? new DemandSource.Stored(Durations.parse("--history", history),
                bandwidthExclude == null ? null : DemandSource.Stored.exclude(bandwidthExclude))
                : new DemandSource.File(demand);
        PlanRequest request = PlanRequest.DEFAULTS.withInputs(inventory, source).withGrid(h, st).withModel(model)
                .withRules(r).withAdvice(expectedLoad, purchaseModel).withWhatIf(whatIf.spec());
        PlanResult result = new MakePlan(store.access(), Clock.systemUTC()).run(request);
        OutputFiles.writeString(output, PlannerJson.write(result.written()));
        if (result.whatIf() != null) {
            print(result.whatIf());
            return 0;
        }
        print(result.plan());
        out().println("-> " + output);
        out().flush();
        return 0;
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
