package io.capacity.service.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code ./capacity}. Each subcommand is its own class in this package; only {@code serve} starts
 * Spring, so the batch commands skip its start-up (they still take about 2 s of CPU to start: JVM and packed jar,
 * measured in docs/architecture.md).
 */
@Command(name = "capacity", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Capacity forecasting service: collect, store, forecast and plan server capacity.",
        subcommands = {
                ServeCommand.class, SeriesCommand.class, ImportCommand.class, ImportForecastsCommand.class,
                ExportCommand.class, CollectCommand.class, ForecastCommand.class, BacktestCommand.class,
                PlanCommand.class, PlansCommand.class, SimulateCommand.class, ReportCommand.class,
                CommandLine.HelpCommand.class,
        })
public final class CapacityCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code; errors become one line on stderr, not a stack trace. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, for callers (tests) that redirect its output with setOut/setErr. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new CapacityCli());
        cl.setExecutionExceptionHandler(new OneLineErrors());
        cl.setParameterExceptionHandler(new UsageErrors());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        Converters.register(cl);
        cl.setDefaultValueProvider(new CliDefaults());
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see --help)");
    }
}
