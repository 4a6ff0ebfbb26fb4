package io.capacity.service.cli;

import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.apply.ActionOutcome;
import io.capacity.app.actions.apply.ApplyPlan;
import io.capacity.app.actions.apply.ApplyResult;
import io.capacity.app.actions.apply.ApplySettings;
import io.capacity.app.actions.apply.Outcome;
import io.capacity.collectors.agent.AgentConfig;
import io.capacity.collectors.power.control.Bmcs;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./capacity plans apply ID}: what {@code POST /api/v1/plans/{id}/apply} does, on the state file under the
 * data directory (while no service holds it): a dry run unless {@code --apply-actions}.
 */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Carry out an approved plan's power actions through the hosts' BMCs (the Redfish and IPMI "
                + "targets of --collect-config), or, without --apply-actions, say what that would do.")
public final class PlansApplyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    ApplyOptions apply;

    @Parameters(paramLabel = "ID", description = "The plan.")
    long id;

    @Option(names = "--action", paramLabel = "N", description = "Only this action, now, even before its time.")
    Integer action;

    @Option(names = "--dry-run", description = "Only say what would be done (the default without --apply-actions).")
    boolean dryRun;

    @Option(names = "--collect-config", paramLabel = "FILE", description = "collectors.yaml with the BMC targets.")
    Path collectConfig;

    @Option(names = "--inventory", paramLabel = "FILE",
            description = "Inventory YAML the capacity check of a power-down plans from (without it none passes).")
    Path inventory;

    @Override
    public Integer call() throws Exception {
        PlanBookFile file = PlanBookFile.of(store);
        if (!file.exists()) {
            throw new IllegalArgumentException("no plan " + id + ": no " + file.file() + " yet");
        }
        Path dir = file.file().getParent();
        ApplySettings settings = ApplySettings.DEFAULTS.withExecute(apply.execute).withTimeout(
                Durations.parse("--apply-timeout", apply.timeout), ApplySettings.DEFAULTS.poll());
        AgentConfig targets = CollectOptions.load("--collect-config", collectConfig, dir);
        Bmcs bmcs = targets == null ? Bmcs.NONE : targets.bmcs();
        String who = "cli:" + System.getProperty("user.name", "unknown");
        ApplyResult r;
        try (PlanBook book = file.open()) {
            r = ApplyPlan.of(book, bmcs, store.access(), inventory, settings, Clock.systemUTC())
                    .run(id, action, dryRun || !apply.execute, who);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("plan %d, cluster %s: %s%s%n", r.plan().id(), r.plan().cluster(), r.plan().state().text(),
                r.dryRun() ? " (dry run: nothing sent, nothing recorded)" : "");
        boolean failed = false;
        for (ActionOutcome o : r.outcomes()) {
            out.printf("  %d. %s: %s: %s%n", o.actionId(), o.kind(), o.outcome().text(), o.reason());
            for (String c : o.commands()) {
                out.printf("     %s%n", c);
            }
            failed |= o.outcome() == Outcome.FAILED;
        }
        out.flush();
        return failed ? 1 : 0;
    }
}
