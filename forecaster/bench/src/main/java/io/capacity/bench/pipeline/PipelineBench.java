package io.capacity.bench.pipeline;

import io.capacity.app.StoreAccess;
import io.capacity.app.demo.DemoStart;
import io.capacity.app.pipeline.ForecastPipeline;
import io.capacity.app.pipeline.PipelineRun;
import io.capacity.app.pipeline.PipelineSettings;
import io.capacity.app.pipeline.PipelineState;
import io.capacity.app.pipeline.SeriesOutcome;
import io.capacity.store.MetricStore;
import io.capacity.store.SeriesFilter;
import io.capacity.store.StoreConfig;
import io.capacity.store.open.Stores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code setup DIR HOSTS END}: an embedded store in DIR holding the demo fleet of HOSTS hosts (seed 1), its four
 * weeks of history ending at END (epoch seconds). {@code run DIR HOSTS END THREADS OUT}: the pipeline over every
 * series of that store at END (nothing cached: every model chosen by backtest), then, after the demo's next hour
 * is written, at END + 1 h (every cached choice refit); writes each run's figures to OUT as key=value lines.
 */
public final class PipelineBench {
    private PipelineBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        int hosts = Integer.parseInt(args[2]);
        Instant end = Instant.ofEpochSecond(Long.parseLong(args[3]));
        StoreConfig config = StoreConfig.embedded(dir);
        if (args[0].equals("setup")) {
            try (MetricStore store = Stores.open(config)) {
                DemoStart.run(store, dir, hosts, 1, Clock.fixed(end, ZoneOffset.UTC));
                System.out.println("series=" + store.series(SeriesFilter.all()).size());
            }
            return;
        }
        int threads = Integer.parseInt(args[4]);
        List<String> out = new ArrayList<>();
        try (MetricStore store = Stores.open(config)) {
            PipelineState state = PipelineState.inMemory();
            PipelineSettings settings = PipelineSettings.DEFAULTS.withThreads(threads);
            out.addAll(lines("first", new ForecastPipeline(StoreAccess.shared(store),
                    Clock.fixed(end, ZoneOffset.UTC), settings, state).run()));
            Instant next = end.plus(Duration.ofHours(1));
            DemoStart.run(store, dir, hosts, 1, Clock.fixed(next, ZoneOffset.UTC));
            out.addAll(lines("cached", new ForecastPipeline(StoreAccess.shared(store),
                    Clock.fixed(next, ZoneOffset.UTC), settings, state).run()));
        }
        Files.write(Path.of(args[5]), out);
    }

    private static List<String> lines(String name, PipelineRun r) {
        return List.of(name + "_series=" + r.selected(),
                name + "_forecast=" + r.count(SeriesOutcome.Status.FORECAST),
                name + "_failed=" + r.count(SeriesOutcome.Status.FAILED),
                name + "_skipped=" + r.count(SeriesOutcome.Status.SKIPPED),
                name + "_chosen=" + r.chosen(), name + "_cached=" + r.cached(),
                name + "_wall=" + String.format(Locale.ROOT, "%.1f", r.wallSeconds()),
                name + "_cpu=" + String.format(Locale.ROOT, "%.1f", r.cpuSeconds()));
    }
}
