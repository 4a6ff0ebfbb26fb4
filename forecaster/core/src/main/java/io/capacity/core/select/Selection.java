package io.capacity.core.select;

import io.capacity.core.forecast.Quality;
import io.capacity.core.series.GapReport;

import java.util.List;

/**
 * What the automatic choice did for one series and why: for the CLI, the logs and the weekly report.
 *
 * @param chosen     method used (a candidate name, an ensemble, or a fallback)
 * @param scores     each candidate's backtest, in candidate order (empty when no backtest was possible)
 * @param windows    backtest windows used
 * @param conformal  number of conformal scores behind the intervals, 0 when the model's own intervals were kept
 * @param decision   the logged sentence, with how to override it
 */
public record Selection(String seriesId, String chosen, List<CandidateScore> scores, int windows, int conformal,
                        GapReport gaps, Quality quality, String decision) {
    public Selection {
        scores = List.copyOf(scores);
    }
}
