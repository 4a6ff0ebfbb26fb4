package io.capacity.app.query;

import io.capacity.core.forecast.Forecast;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One series' (or group's) answer to a forecast query.
 *
 * @param id         the series key, or the group's ({@code measurement,TAG=VALUE field})
 * @param group      the tag and value of a group forecast, null for one series
 * @param members    the series summed into a group (the series itself for one series)
 * @param source     where the forecast came from
 * @param computedAt when the forecast was made (the pipeline run's start for a stored one)
 * @param dataUntil  the newest data point it saw, null when unknown (a stored forecast) or none
 * @param forecast   the forecast, null when none could be made ({@code error} says why)
 * @param evidence   grade, backtest MASE and coverage; null with no forecast
 * @param error      why there is no forecast, or why the requested model fell back; else null
 * @param season     the main seasonal period the model was given, in steps (1: none)
 */
public record Answer(String id, Group group, List<String> members, Source source, Instant computedAt,
                     Instant dataUntil, Forecast forecast, Evidence evidence, String error,
                     int season) {
    public Answer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        members = List.copyOf(members);
    }

    /** The same answer served again from memory. */
    Answer cached() {
        return new Answer(id, group, members, Source.CACHED, computedAt, dataUntil, forecast, evidence, error,
                season);
    }

    /** A group forecast's tag and value. */
    public record Group(String tag, String value) {
    }
}
