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
 * series of that store at END (nothing cached: every model chosen by backtest), its state saved; then, with the
 * demo's next 26 hours written, twice from that saved state, once with every refit started warm and once cold: the
 * runs at END + 1 h (the first refit of each choice: the first run, with warm starts off as in serve, saved no
 * estimates, so a warm refit here starts cold and saves its own) and END + 2 h (every cached choice refit; warm, each
 * start is checked against a cold fit, the first time a choice starts warm), whose forecasts are then scored over the
 * next 24 hours ({@link HorizonScore}). Writes each run's figures to OUT as key=value lines.
 */
public final class PipelineBench {
    private static final Duration HOUR = Duration.ofHours(1);

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
                // The pipeline's series (its scope leaves out the link speeds and power states stored beside them).
                List<io.capacity.schema.SeriesKey> stored = store.series(SeriesFilter.all());
                System.out.println("series=" + stored.stream().filter(ForecastPipeline::inDefaultScope).count());
                System.out.println("stored=" + stored.size());
            }
            return;
        }
        int threads = Integer.parseInt(args[4]);
        List<String> out = new ArrayList<>();
        Path saved = dir.resolve("bench-pipeline-state.tsv");
        try (MetricStore store = Stores.open(config)) {
            StoreAccess stores = StoreAccess.shared(store);
            PipelineSettings settings = PipelineSettings.DEFAULTS.withThreads(threads);
            out.addAll(lines("first", run(stores, settings, PipelineState.load(saved,
                    ForecastPipeline.autoSpec(settings)), end)));
            // The next hours' actuals up front: each run reads only its own window, and scoring needs the day after.
            DemoStart.run(store, dir, hosts, 1, Clock.fixed(end.plus(HOUR.multipliedBy(2 + settings.horizon())),
                    ZoneOffset.UTC));
            // Warm first, so JIT compilation after the first run falls on it, not on the cold runs it is compared with.
            for (boolean warm : new boolean[] {true, false}) {
                String mode = warm ? "warm" : "cold";
                PipelineSettings s = settings.withWarmStarts(warm);
                Path copy = dir.resolve("bench-pipeline-state-" + mode + ".tsv");
                Files.copy(saved, copy);
                PipelineState state = PipelineState.load(copy, ForecastPipeline.autoSpec(s));
                ForecastPipeline next = new ForecastPipeline(stores, Clock.fixed(end.plus(HOUR), ZoneOffset.UTC), s,
                        state);
                out.addAll(lines(mode + "1", next.run()));
                out.addAll(warmLines(mode + "1", next));
                Instant later = end.plus(HOUR.multipliedBy(2));
                ForecastPipeline after = new ForecastPipeline(stores, Clock.fixed(later, ZoneOffset.UTC), s, state);
                PipelineRun r = after.run();
                out.addAll(lines(mode + "2", r));
                out.addAll(warmLines(mode + "2", after));
                out.addAll(HorizonScore.score(stores, s, r, later).lines(mode + "2"));
            }
        }
        Files.write(Path.of(args[5]), out);
    }

    private static PipelineRun run(StoreAccess stores, PipelineSettings s, PipelineState state, Instant at) {
        return new ForecastPipeline(stores, Clock.fixed(at, ZoneOffset.UTC), s, state).run();
    }

    private static List<String> warmLines(String name, ForecastPipeline p) {
        return List.of(name + "_warm_kept=" + p.lastWarmStarts().warm(),
                name + "_warm_fell_back=" + p.lastWarmStarts().fellBack());
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
