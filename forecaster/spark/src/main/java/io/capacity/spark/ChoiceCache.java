package io.capacity.spark;

import io.capacity.app.pipeline.CachedChoices;
import io.capacity.app.pipeline.PipelineState;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.select.AutoSpec;
import io.capacity.core.series.TimeSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * One series' model through the pipeline's cache: its {@code state.tsv} line (if any) read by the pipeline's own
 * {@link PipelineState}, the model fitted by {@link CachedChoices} (the cached choice refit while younger than
 * {@code chooseEvery}, else chosen again by the backtest), and the line the pipeline would save afterwards, read
 * back from the file {@link PipelineState#ranAt} writes. Each worker thread keeps one small file in the temporary
 * directory for this.
 */
final class ChoiceCache {
    private static final ThreadLocal<Path> FILE = ThreadLocal.withInitial(() -> {
        try {
            Path dir = Files.createTempDirectory("capacity-spark-choice");
            dir.toFile().deleteOnExit();
            return dir.resolve("state.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for cached choices: " + e.getMessage(), e);
        }
    });

    /**
     * @param forecast the forecast
     * @param line     the series' {@code state.tsv} line after the fit; null when nothing is cached (the automatic
     *                 choice fell back: too short, all candidates failed)
     * @param chose    whether the backtest chose just now (false: the cached choice was refit)
     */
    record Result(Forecast forecast, String line, boolean chose) {
    }

    private ChoiceCache() {
    }

    static Result fit(AutoSpec auto, Duration chooseEvery, Instant now, TimeSeries y, String cachedLine, int horizon,
                      double[] levels) {
        Path file = FILE.get();
        try {
            Files.deleteIfExists(file);
            if (cachedLine != null) {
                Files.writeString(file, cachedLine + "\n", StandardCharsets.UTF_8);
            }
            PipelineState state = PipelineState.load(file, auto);
            CachedChoices.Fit fit = new CachedChoices(auto, state, chooseEvery).fit(y.id(), y, now);
            Forecast fc = fit.model().forecast(horizon, levels);
            state.ranAt(now);
            String line = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.startsWith("last_run\t")).findFirst().orElse(null);
            return new Result(fc, line, fit.chose());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the temporary file " + file + ": " + e.getMessage(), e);
        }
    }
}
