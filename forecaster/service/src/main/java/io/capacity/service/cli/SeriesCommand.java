package io.capacity.service.cli;

import io.capacity.app.series.ListSeries;
import io.capacity.app.series.ListSeriesRequest;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesFilter;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./capacity series [SELECTION]}: list stored series, one canonical key per line. */
@Command(name = "series", mixinStandardHelpOptions = true,
        description = "List stored series as canonical keys (measurement,tag=value... field).")
public final class SeriesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(arity = "0..1", paramLabel = "SELECTION", description = Selections.HELP)
    String selection;

    @Override
    public Integer call() {
        SeriesFilter filter = Selections.parse(selection);
        try (MetricStore s = store.openForReading()) {
            List<SeriesKey> keys = new ListSeries(s).run(ListSeriesRequest.DEFAULTS.withFilter(filter)).keys();
            PrintWriter out = spec.commandLine().getOut();
            keys.forEach(out::println);
            out.flush();
            spec.commandLine().getErr().println(keys.size() + " series");
        }
        return 0;
    }
}
