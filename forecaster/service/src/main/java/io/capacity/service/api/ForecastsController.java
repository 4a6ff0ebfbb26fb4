package io.capacity.service.api;

import io.capacity.app.DurationText;
import io.capacity.app.query.AdHocForecast;
import io.capacity.app.query.Answer;
import io.capacity.app.query.AnswerForecasts;
import io.capacity.app.query.Answers;
import io.capacity.app.query.ForecastQuery;
import io.capacity.app.series.SelectionText;
import io.capacity.store.SeriesFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/forecasts} (docs/api.md, "Forecasts"). {@code GET}: forecasts of stored series, the pipeline's
 * stored ones when they match, else computed and cached ({@link AnswerForecasts}). {@code POST}: an ad-hoc series
 * in the body, forecast and stored nowhere ({@link AdHocForecast}). Both answer the document
 * {@link io.capacity.service.json.ForecastJson} writes.
 */
@RestController
@RequestMapping("/api/v1/forecasts")
public class ForecastsController {
    private static final String PROBLEM = "application/problem+json";
    /** The document {@link io.capacity.service.json.ForecastJson} writes, in words (docs/api.md has the details). */
    private static final String DOCUMENT = "GET: {query, forecasts: [forecast...], untagged (with aggregate)}. A "
            + "forecast: series, group {tag, value, members} (group forecasts), source (stored|computed|cached), "
            + "computed_at, data_until, season, error (when none or a fallback), choice, backtest_mase, coverage "
            + "[{level, measured, from (rolling_accuracy|backtest_calibration|none), steps}], model, method, grade, "
            + "reason, step, horizon, points [{time, mean, lower_L, upper_L per level}]; NaN as null.";
    private static final String EXAMPLE = "{\"query\":{\"series\":\"cpu,host=web1 usage_idle\",\"aggregate\":null,"
            + "\"horizon\":1,\"step\":\"PT1H\",\"model\":\"auto\",\"levels\":[95],\"season\":24},"
            + "\"forecasts\":[{\"series\":\"cpu,host=web1 usage_idle\",\"source\":\"stored\","
            + "\"computed_at\":\"2026-12-03T07:01:07Z\",\"data_until\":null,\"season\":24,"
            + "\"choice\":\"prophet 0.36 + naive 0.32 + drift 0.32\",\"backtest_mase\":0.6916,"
            + "\"coverage\":[{\"level\":95,\"measured\":0.97,\"from\":\"backtest_calibration\",\"steps\":72}],"
            + "\"model\":\"auto\",\"method\":\"prophet 0.36 + naive 0.32 + drift 0.32\",\"grade\":\"good\","
            + "\"reason\":\"backtest MASE 0.692\",\"step\":\"PT1H\",\"horizon\":1,\"points\":[{\"time\":"
            + "\"2026-12-03T08:00:00Z\",\"mean\":62.03,\"lower_95\":60.66,\"upper_95\":63.41}]}]}";

    private final AnswerForecasts answers;
    private final AdHocForecast adHoc;

    public ForecastsController(AnswerForecasts answers, AdHocForecast adHoc) {
        this.answers = answers;
        this.adHoc = adHoc;
    }

    @Operation(summary = "Forecasts of stored series",
            description = "For each selected series (at most " + ForecastQuery.MAX_FORECASTS + "): the scheduled "
                    + "pipeline's stored forecast when it matches the request (model auto, its step and season, no "
                    + "longer horizon, no other level), else one computed now; either is cached until the pipeline "
                    + "runs again or newer data arrive. Each carries model, grade and reason, backtest MASE, and per "
                    + "level the measured coverage next to the nominal one. With aggregate=TAG, the selection's series "
                    + "are summed per value of TAG (and per measurement and field) and each sum is forecast.")
    @ApiResponse(responseCode = "200", description = "The forecasts; source says stored, computed or cached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object",
                    description = DOCUMENT), examples = @ExampleObject(value = EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "A parameter out of range, or an unknown one",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "The selection matches no stored series",
            content = @Content(mediaType = PROBLEM))
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public Answers list(
            @Parameter(description = "Series selection: measurement[,tag=value...][ field], '*' as measurement for "
                    + "any, e.g. 'cpu,cluster=demo-steady usage_idle'") @RequestParam String series,
            @Parameter(description = "Sum the series per value of this tag before forecasting, e.g. cluster")
            @RequestParam(required = false) String aggregate,
            @Parameter(description = "Steps ahead, 1 to " + ForecastQuery.MAX_HORIZON + " (default 24)")
            @RequestParam(required = false) String horizon,
            @Parameter(description = "Step, e.g. 1h or PT15M (default 1h); each step the mean of its window, "
                    + "counters as per-second rates") @RequestParam(required = false) String step,
            @Parameter(description = "Model: auto (backtested choice, default) or a name from the catalogue, e.g. "
                    + "snaive, ets, auto-arima") @RequestParam(required = false) String model,
            @Parameter(description = "Interval levels in percent, comma-separated, each in (0, 100), at most "
                    + ForecastQuery.MAX_LEVELS + " (default 80,95)") @RequestParam(required = false) String levels,
            @Parameter(description = "Seasonal period in steps (default: a day of steps when the step divides a day, "
                    + "else none)") @RequestParam(required = false) String season) {
        Duration st = step == null ? ForecastQuery.DEFAULT_STEP : duration("step", step);
        ForecastQuery q = new ForecastQuery(selection(series), series, aggregate, number("horizon", horizon,
                ForecastQuery.DEFAULT_HORIZON), st, model, levels("levels", levels), number("season", season,
                ForecastQuery.dailySeason(st)));
        return answers.answer(q);
    }

    @Operation(summary = "Forecast a series sent with the request; nothing is stored",
            description = "JSON: {\"series\": [{\"time\": T, \"value\": V}, ...]} or {\"times\": [...], \"values\": "
                    + "[...]}, with horizon, step, model, levels, season and id as fields. CSV (text/csv): a "
                    + "timestamp,value header and rows, the options as query parameters. Times as ISO-8601 or epoch "
                    + "numbers; null (JSON) or an empty cell (CSV) is a gap. The observations are put on a regular "
                    + "grid as the command line's forecast --input does: the step given, else their median spacing, "
                    + "each step the mean of its window. At most " + AdHocForecast.MAX_POINTS + " observations, "
                    + ForecastBodies.MAX_BYTES / (1024 * 1024) + " MiB.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object"),
                    examples = @ExampleObject(value = "{\"id\": \"web\", \"series\": [{\"time\": "
                            + "\"2025-12-01T00:00:00Z\", \"value\": 49.5}, {\"time\": \"2025-12-01T01:00:00Z\", "
                            + "\"value\": null}], \"horizon\": 24, \"levels\": [80, 95]}")),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"),
                    examples = @ExampleObject(value = "timestamp,value\n2025-12-01T00:00:00Z,49.5\n"))})
    @ApiResponse(responseCode = "200", description = "The forecast, one of GET's forecasts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object",
                    description = DOCUMENT)))
    @ApiResponse(responseCode = "400", description = "A malformed body or option, naming where",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "413", description = "A body over the size limit",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "415", description = "A body neither JSON nor CSV",
            content = @Content(mediaType = PROBLEM))
    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, "text/csv"}, produces = MediaType.APPLICATION_JSON_VALUE)
    public Answer forecast(
            @Parameter(description = "CSV bodies: steps ahead (default 24)") @RequestParam(required = false)
            String horizon,
            @Parameter(description = "CSV bodies: the grid's step (default: the median spacing)")
            @RequestParam(required = false) String step,
            @Parameter(description = "CSV bodies: model (default auto)") @RequestParam(required = false) String model,
            @Parameter(description = "CSV bodies: levels (default 80,95)") @RequestParam(required = false)
            String levels,
            @Parameter(description = "CSV bodies: seasonal period in steps") @RequestParam(required = false)
            String season,
            @Schema(hidden = true) HttpServletRequest request) throws IOException {
        String body = ForecastBodies.read(request.getInputStream(), request.getContentLengthLong());
        boolean csv = request.getContentType() != null
                && request.getContentType().toLowerCase(Locale.ROOT).startsWith("text/csv");
        ForecastBodies.Parsed parsed = csv ? ForecastBodies.csv(body) : ForecastBodies.json(body);
        Map<String, String> given = new TreeMap<>(parsed.options());
        put(given, "horizon", horizon);
        put(given, "step", step);
        put(given, "model", model);
        put(given, "levels", levels);
        put(given, "season", season);
        String s = given.get("step");
        String n = given.get("season");
        return adHoc.run(new AdHocForecast.Request(parsed.series(), s == null ? null : duration("step", s),
                number("horizon", given.get("horizon"), ForecastQuery.DEFAULT_HORIZON), given.get("model"),
                levels("levels", given.get("levels")), n == null ? null : number("season", n, 1),
                ForecastBodies.WHERE));
    }

    /** An option from the query string; the same one in a JSON body as well is ambiguous. */
    private static void put(Map<String, String> given, String name, String query) {
        if (query == null) {
            return;
        }
        if (given.containsKey(name)) {
            throw new IllegalArgumentException(name + " given both as a query parameter and in the request body; "
                    + "give it once");
        }
        given.put(name, query);
    }

    private static SeriesFilter selection(String text) {
        try {
            return SelectionText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("query parameter series: " + e.getMessage());
        }
    }

    private static Duration duration(String name, String text) {
        try {
            return DurationText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage());
        }
    }

    private static int number(String name, String text, int otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + clip(text) + "' is not a whole number");
        }
    }

    private static List<Double> levels(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<Double> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            try {
                out.add(Double.parseDouble(part.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ": '" + clip(part) + "' is not a number; expected "
                        + "percentages such as 80,95");
            }
        }
        return out;
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
