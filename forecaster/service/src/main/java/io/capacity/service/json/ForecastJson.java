package io.capacity.service.json;

import static io.capacity.service.json.JsonValues.number;
import static io.capacity.service.json.JsonValues.object;

import io.capacity.app.query.Answer;
import io.capacity.app.query.Answers;
import io.capacity.app.query.Evidence;
import io.capacity.app.query.ForecastQuery;
import io.capacity.app.query.LevelCoverage;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.forecast.PredictionInterval;
import io.capacity.schema.MetricSchema;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The forecast document of the forecasts API (docs/api.md, "Forecasts"): one shape for a forecast wherever it is
 * served, stored, computed or ad hoc. The core's {@link Forecast} gives the model, grade, step and points (one per
 * step: {@code time}, {@code mean}, {@code lower_L}/{@code upper_L} per level as the stored forecast's fields are
 * named); an {@link Answer} adds where it came from and the evidence. Non-finite numbers are {@code null}.
 */
public final class ForecastJson {
    private ForecastJson() {
    }

    /** Registers the serializers on any Jackson 3 mapper (Spring's, through a bean). */
    public static SimpleModule module() {
        SimpleModule m = new SimpleModule("capacity-forecast-json");
        m.addSerializer(Answers.class, ANSWERS);
        m.addSerializer(Answer.class, ANSWER);
        m.addSerializer(Forecast.class, FORECAST);
        return m;
    }

    static final ValueSerializer<Answers> ANSWERS = object((a, g) -> {
        ForecastQuery q = a.query();
        g.writeName("query");
        g.writeStartObject();
        g.writeStringProperty("series", q.written());
        g.writeStringProperty("aggregate", q.aggregate());
        g.writeNumberProperty("horizon", q.horizon());
        g.writeStringProperty("step", q.step().toString());
        g.writeStringProperty("model", q.model());
        levels(g, q.levels());
        g.writeNumberProperty("season", q.season());
        g.writeEndObject();
        g.writePOJOProperty("forecasts", a.forecasts());
        if (q.aggregate() != null) {
            g.writePOJOProperty("untagged", a.untagged());
        }
    });

    static final ValueSerializer<Answer> ANSWER = object((a, g) -> {
        g.writeStringProperty("series", a.id());
        if (a.group() != null) {
            g.writeName("group");
            g.writeStartObject();
            g.writeStringProperty("tag", a.group().tag());
            g.writeStringProperty("value", a.group().value());
            g.writePOJOProperty("members", a.members());
            g.writeEndObject();
        }
        g.writeStringProperty("source", JsonValues.name(a.source()));
        g.writeStringProperty("computed_at", text(a.computedAt()));
        g.writeStringProperty("data_until", text(a.dataUntil()));
        g.writeNumberProperty("season", a.season());
        if (a.error() != null) {
            g.writeStringProperty("error", a.error());
        }
        if (a.forecast() != null) {
            evidence(g, a.evidence());
            fields(a.forecast(), g);
        }
    });

    static final ValueSerializer<Forecast> FORECAST = object(ForecastJson::fields);

    private static void evidence(JsonGenerator g, Evidence e) {
        g.writeStringProperty("choice", e.choice());
        number(g, "backtest_mase", round4(e.backtestMase()));
        g.writeName("coverage");
        g.writeStartArray();
        for (LevelCoverage c : e.coverage()) {
            g.writeStartObject();
            number(g, "level", c.nominal());
            number(g, "measured", round4(c.measured()));
            g.writeStringProperty("from", JsonValues.name(c.from()));
            g.writeNumberProperty("steps", c.steps());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The forecast's own fields: model, method, grade and reason, step, horizon, points. */
    private static void fields(Forecast f, JsonGenerator g) {
        g.writeStringProperty("model", f.spec() != null ? f.spec().name() : f.method());
        g.writeStringProperty("method", f.method());
        g.writeStringProperty("grade", JsonValues.name(f.quality().grade()));
        g.writeStringProperty("reason", f.quality().reason());
        g.writeStringProperty("step", f.step().toString());
        g.writeNumberProperty("horizon", f.horizon());
        g.writeName("points");
        g.writeStartArray();
        for (int i = 0; i < f.horizon(); i++) {
            g.writeStartObject();
            g.writeStringProperty("time", text(f.timeAt(i)));
            number(g, MetricSchema.FORECAST_FIELD_MEAN, f.mean(i));
            for (PredictionInterval pi : f.intervals()) {
                number(g, MetricSchema.forecastLowerField(pi.level()), pi.lower(i));
                number(g, MetricSchema.forecastUpperField(pi.level()), pi.upper(i));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void levels(JsonGenerator g, List<Double> levels) {
        g.writeName("levels");
        g.writeStartArray();
        for (double l : levels) {
            number(g, l);
        }
        g.writeEndArray();
    }

    /** To four decimals; NaN stays NaN (written as null). */
    private static double round4(double v) {
        return Double.isFinite(v) ? JsonValues.round(v, 4) : v;
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }
}
