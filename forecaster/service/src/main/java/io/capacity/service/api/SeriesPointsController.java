package io.capacity.service.api;

import io.capacity.app.RequestProblem;
import io.capacity.app.series.PointsGrid;
import io.capacity.app.series.PointsRequest;
import io.capacity.app.series.ReadPoints;
import io.capacity.app.series.SeriesPoints;
import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.WindowAggregation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/series/{key}/points}: one stored series' actuals on a regular grid ({@link ReadPoints}), each
 * step the aggregation of its window, counters as per-second rates; windows without data are JSON null.
 */
@RestController
public class SeriesPointsController {
    /** The range read when {@code from} is not given. */
    static final Duration DEFAULT_RANGE = Duration.ofDays(7);
    /** Times before or after these are refused (the stores keep nanoseconds since 1970 in 64 bits). */
    static final Instant EARLIEST = Instant.EPOCH;
    static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");
    static final Duration MAX_STEP = Duration.ofDays(366);

    private final MetricStore store;
    private final Clock clock;

    public SeriesPointsController(MetricStore store) {
        this.store = store;
        this.clock = Clock.systemUTC();
    }

    @Operation(summary = "Read one series' points",
            description = "Actuals of one stored series on a regular grid: each step the aggregation of its window "
                    + "(windows start at multiples of the step since 1970, labelled by their start), counters as "
                    + "per-second rates. Windows without data inside the stored span are null; nothing is returned "
                    + "before the first or after the last window with data. At most " + PointsGrid.MAX_POINTS
                    + " steps per request.")
    @ApiResponse(responseCode = "200", description = "the points")
    @ApiResponse(responseCode = "400", description = "a bad parameter, or too many steps (problem+json)")
    @ApiResponse(responseCode = "404", description = "no such series is stored (problem+json)")
    @GetMapping("/api/v1/series/{key}/points")
    public SeriesPointsView points(
            @Parameter(description = "the canonical series key as GET /api/v1/series lists it, percent-encoded, a "
                    + "slash as %2F (e.g. cpu,cpu=cpu-total,host=web1%20usage_idle or "
                    + "interface,agent_host=sw1,ifName=Gi1%2F0%2F1%20ifHCInOctets)") @PathVariable String key,
            @Parameter(description = "start, ISO-8601 with a zone (default: 'to' less 7 days)")
            @RequestParam(required = false) String from,
            @Parameter(description = "end, exclusive, ISO-8601 with a zone (default: now)")
            @RequestParam(required = false) String to,
            @Parameter(description = "window length such as 5m, 1h, 1d (default: the series' own interval, at least "
                    + "the range / " + PointsGrid.TARGET_POINTS + ", rounded up to 10s, 30s, 1m, 5m, 15m, 30m, 1h, 3h, "
                    + "6h, 12h, 1d or 7d)") @RequestParam(required = false) String step,
            @Parameter(description = "how a window's points combine: mean (default), max, min, sum, last, p95")
            @RequestParam(required = false) String agg) {
        SeriesKey k = key(key);
        Instant end = bounded("to", to, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        Instant start = bounded("from", from, end.minus(DEFAULT_RANGE));
        WindowAggregation a = aggregation(agg);
        Duration s = QueryValues.duration("step", step);
        if (s != null && s.compareTo(MAX_STEP) > 0) {
            throw QueryValues.bad("step", step, "a duration of at most 366d");
        }
        PointsRequest r = PointsRequest.of(k).withRange(start, end).withAggregation(a);
        if (s == null) {
            r = r.withStep(PointsGrid.step(store, k, start, end));
        } else {
            r = r.withStep(s);
        }
        PointsGrid.check(r);
        SeriesPoints p;
        try {
            p = new ReadPoints(store).run(r);
        } catch (RequestProblem e) {
            if (e.usage()) {
                throw e;
            }
            throw new NotFound("no series " + QueryText.printable(k.toString()) + " is stored; GET /api/v1/series "
                    + "lists the keys");
        }
        return SeriesPointsView.of(p, r);
    }

    private static SeriesKey key(String text) {
        try {
            return SeriesKey.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("path: '" + QueryText.printable(text) + "' is not a series key; "
                    + "expected measurement[,tag=value...] field as GET /api/v1/series lists it, percent-encoded");
        }
    }

    private static Instant bounded(String name, String text, Instant fallback) {
        Instant t = QueryValues.instant(name, text);
        if (t == null) {
            return fallback;
        }
        if (t.isBefore(EARLIEST) || t.isAfter(LATEST)) {
            throw QueryValues.bad(name, text, "a time between " + EARLIEST + " and " + LATEST);
        }
        return t;
    }

    private static WindowAggregation aggregation(String text) {
        if (text == null) {
            return WindowAggregation.MEAN;
        }
        try {
            return WindowAggregation.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw QueryValues.bad("agg", text, "one of " + Arrays.stream(WindowAggregation.values())
                    .map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }
}
