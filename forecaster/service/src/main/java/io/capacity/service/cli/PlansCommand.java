package io.capacity.service.cli;

import io.capacity.app.actions.ActionPlan;
import io.capacity.app.actions.AuditEntry;
import io.capacity.app.actions.Efficacy;
import io.capacity.app.actions.PlanAction;
import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.PlanFilter;
import io.capacity.app.actions.PlanPage;
import io.capacity.app.actions.PlanState;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./capacity plans [ID]}: the action plans {@code serve} keeps in {@code state.duckdb} under the data
 * directory, listed newest first, or one with its actions and audit trail. The file is locked while a service runs
 * on it: read them from the service then ({@code GET /api/v1/plans}).
 */
@Command(name = "plans", mixinStandardHelpOptions = true, subcommands = PlansApplyCommand.class,
        description = "List the recorded action plans (newest first), or show one with its actions and audit trail.")
public final class PlansCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "Show this plan.")
    Long id;

    @Option(names = "--state", paramLabel = "STATE", description = "Only plans in this state: ${COMPLETION-CANDIDATES}.")
    PlanState state;

    @Option(names = "--cluster", paramLabel = "ID", description = "Only this cluster's plans.")
    String cluster;

    @Option(names = "--limit", paramLabel = "N", description = "Plans at most (default: 100).")
    Integer limit;

    @Override
    public Integer call() {
        PlanBookFile file = PlanBookFile.of(store);
        PrintWriter out = spec.commandLine().getOut();
        if (!file.exists()) {
            spec.commandLine().getErr().println("0 plans (no " + file.file()
                    + " yet: capacity serve records plans there, POST /api/v1/plans makes one)");
            return id == null ? 0 : 1;
        }
        try (PlanBook book = file.open()) {
            if (id != null) {
                show(out, book.get(id), book);
            } else {
                PlanPage page = book.list(PlanFilter.DEFAULTS.with(state, cluster).page(0,
                        limit == null ? PlanFilter.DEFAULTS.limit() : limit));
                out.printf("%-5s %-10s %-11s %-20s %-20s %7s %10s %12s%n", "ID", "CLUSTER", "STATE", "CREATED",
                        "EXPIRES", "ACTIONS", "KWH_SAVED", "SAVED/WEEK");
                for (ActionPlan p : page.plans()) {
                    out.printf(Locale.ROOT, "%-5d %-10s %-11s %-20s %-20s %7d %10.1f %12.2f%n", p.id(), p.cluster(),
                            p.state().text(), minute(p.createdAt()), minute(p.expiresAt()), p.actions().size(),
                            p.efficacy().kwhSaved(), p.efficacy().moneyPerWeek());
                }
                out.flush();
                spec.commandLine().getErr().println(page.plans().size() + " of " + page.total() + " plan(s)");
            }
        }
        out.flush();
        return 0;
    }

    private static void show(PrintWriter out, ActionPlan p, PlanBook book) {
        Efficacy e = p.efficacy();
        out.printf(Locale.ROOT, "plan %d, cluster %s: %s (next: %s); expires %s%n", p.id(), p.cluster(),
                p.state().text(), p.state().next().isEmpty() ? "none" : String.join(", ",
                        p.state().next().stream().map(PlanState::text).toList()), p.expiresAt());
        out.printf(Locale.ROOT, "  efficacy over %s: %.1f kWh, %.2f %s a week, %.2f a month, %d host(s) freed%n",
                e.horizon(), e.kwhSaved(), e.moneyPerWeek(), p.currency(), e.moneyPerMonth(), e.hostsFreed());
        for (PlanAction a : p.actions()) {
            out.printf(Locale.ROOT, "  %d. [%s] %s: %s (%+.2f a week; %s, grade %s, binding %s)%s%n", a.id(),
                    a.state().name().toLowerCase(Locale.ROOT), a.kind(), a.summary(), a.rationale().costDeltaPerWeek(),
                    a.rationale().band(), a.rationale().grade().name().toLowerCase(Locale.ROOT),
                    a.rationale().binding().name().toLowerCase(Locale.ROOT),
                    a.note() == null ? "" : ": " + a.note());
        }
        out.println("  audit:");
        for (AuditEntry x : book.audit(p.id())) {
            out.printf("    %s %s%s: %s -> %s%s%n", x.at(), x.who(), x.actionId() == null ? "" : " action "
                    + x.actionId(), x.from() == null ? "new" : x.from(), x.to(), x.why() == null ? "" : " (" + x.why()
                    + ")");
        }
    }

    private static String minute(java.time.Instant t) {
        return t.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
    }
}
