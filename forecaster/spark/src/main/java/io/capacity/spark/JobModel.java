package io.capacity.spark;

import io.capacity.app.forecast.EnsembleText;
import io.capacity.app.forecast.ForecastSettings;
import io.capacity.app.forecast.ModelOptions;
import io.capacity.core.batch.ForecastBatch;
import io.capacity.core.forecast.ModelSpec;
import io.capacity.core.select.AutoSpec;
import io.capacity.core.select.Bounds;
import java.util.Optional;

/**
 * The model of a run, built by the application layer's records exactly as {@code ./capacity forecast} builds it
 * ({@code ForecastSettings} checks the levels, {@code ModelOptions} the seasons and names the spec), once per
 * executor JVM and on the driver, where an unknown model name or a bad level fails before any series is read.
 *
 * @param spec   the model every series is fitted with
 * @param batch  the core's batch, for one series at a time ({@link ForecastBatch#one}), as the CLI's batch runs it
 * @param bounds the bounds given (non-negative), applied to a fallback's forecast as the CLI does
 */
record JobModel(ModelSpec spec, ForecastBatch batch, Optional<Bounds> bounds) {

    static JobModel of(JobSettings s) {
        ForecastSettings checked = ForecastSettings.DEFAULTS.withHorizon(s.horizon()).withLevels(s.levels());
        ModelOptions m = ModelOptions.DEFAULTS.withSeasons(s.season(), s.season2()).withConformal(s.conformal())
                .withNonNegative(s.nonNegative());
        if (s.ensemble() != null) {
            m = m.withEnsemble(EnsembleText.parse(s.ensemble()));
        }
        ModelSpec spec = m.spec(s.model(), s.horizon());
        return new JobModel(spec, new ForecastBatch(s.horizon(), checked.levelArray(), m.season(), 1),
                m.givenBounds());
    }

    /** The automatic choice the pipeline's cache holds choices of; only when the model is {@code auto}. */
    AutoSpec auto() {
        if (spec instanceof AutoSpec a) {
            return a;
        }
        throw new IllegalStateException("cached choices need --model auto without --non-negative");
    }
}
