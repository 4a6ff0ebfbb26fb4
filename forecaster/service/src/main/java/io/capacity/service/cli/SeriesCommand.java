package io.capacity.service.cli;

import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ./capacity series [SELECTION]}: list stored series, one canonical key per line. */
@Command(name = "series", mixinStandardHelpOptions = true,
        description = "List stored series as canonical keys (measurement,tag=value... field).")
public final class SeriesCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(arity = "0..1", paramLabel = "SELECTION", description = Selections.HELP)
    String selection;

    @Override
    public Integer call() {
        try (MetricStore s = store.open()) {
            List<SeriesKey> keys = s.series(Selections.parse(selection));
            keys.forEach(k -> System.out.println(k));
            System.err.println(keys.size() + " series");
        }
        return 0;
    }
}
