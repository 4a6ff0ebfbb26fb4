package io.capacity.service.cli;

import io.capacity.app.actions.apply.ApplySettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The apply options of {@code serve} and {@code plans apply}: whether applying a plan may carry out its power actions
 * (off: dry runs only) and how long a host may take; the BMCs are the targets of {@code --collect-config}.
 */
final class ApplyOptions {
    @Option(names = "--apply-actions", description = "Power hosts down and on through their BMCs (the Redfish and "
            + "IPMI targets of --collect-config) when a plan is applied; without it every apply is a dry run "
            + "(default: off).")
    boolean execute;

    @Option(names = "--apply-timeout", paramLabel = "DURATION", description = "How long a host may take to reach "
            + "the power state an applied action asks for, e.g. a graceful shutdown (default: ${DEFAULT-VALUE}).")
    String timeout;

    /** The Spring properties the apply endpoint reads. */
    String[] settings(Path collectConfig, Path dataDir) {
        ApplySettings s = ApplySettings.DEFAULTS.withExecute(execute).withTimeout(
                Durations.parse("--apply-timeout", timeout), ApplySettings.DEFAULTS.poll());
        List<String> out = new ArrayList<>(List.of("--capacity.apply.execute=" + s.execute(),
                "--capacity.apply.timeout=" + s.timeout(),
                "--capacity.apply.buffer-dir=" + dataDir.resolve("buffer").toAbsolutePath()));
        if (collectConfig != null) {
            out.add("--capacity.apply.bmc-config=" + collectConfig.toAbsolutePath());
        }
        return out.toArray(String[]::new);
    }
}
