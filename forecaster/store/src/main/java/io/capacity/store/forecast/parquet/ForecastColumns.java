package io.capacity.store.forecast.parquet;

import io.capacity.schema.MetricSchema;
import io.capacity.store.io.BadRow;
import io.capacity.store.io.ImportException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The Spark job's output columns and their types as DuckDB reads the job's Parquet, in the job's order:
 * {@code series_id VARCHAR, time TIMESTAMP, step INTEGER, point DOUBLE}, then {@code lower_L DOUBLE, upper_L DOUBLE}
 * for each interval level {@code L} (named as the schema names the forecast's fields: {@code lower_80},
 * {@code upper_97.5}), then {@code model VARCHAR, grade VARCHAR, error VARCHAR}.
 *
 * <p>The one list the import accepts, and the one forecaster/spark's {@code ForecastJobTest} holds the job's real
 * output to, so the job and the import cannot drift apart. {@code time} is {@code TIMESTAMP} (UTC, without a zone)
 * because Spark writes its timestamps as Parquet INT96 by default.
 */
public final class ForecastColumns {
    /** A column as DuckDB's {@code DESCRIBE} names it and its type. */
    public record Column(String name, String type) {
        @Override
        public String toString() {
            return name + " " + type;
        }
    }

    static final String LOWER = "lower_";
    static final String UPPER = "upper_";
    static final String LEVEL_TYPE = "DOUBLE";
    private static final List<Column> HEAD = List.of(new Column("series_id", "VARCHAR"),
            new Column("time", "TIMESTAMP"), new Column("step", "INTEGER"), new Column("point", "DOUBLE"));
    private static final List<Column> TAIL = List.of(new Column("model", "VARCHAR"), new Column("grade", "VARCHAR"),
            new Column("error", "VARCHAR"));

    private ForecastColumns() {
    }

    /** The columns of a job run with these interval levels, in the job's order. */
    public static List<Column> of(double... levels) {
        List<Column> out = new ArrayList<>(HEAD);
        for (double l : levels) {
            out.add(new Column(MetricSchema.forecastLowerField(l), LEVEL_TYPE));
            out.add(new Column(MetricSchema.forecastUpperField(l), LEVEL_TYPE));
        }
        out.addAll(TAIL);
        return List.copyOf(out);
    }

    /** The list as a rejected file's message says it. */
    public static String expected() {
        List<String> parts = new ArrayList<>();
        HEAD.forEach(c -> parts.add(c.toString()));
        parts.add("lower_L " + LEVEL_TYPE + " and upper_L " + LEVEL_TYPE + " per interval level L (lower_80, "
                + "upper_80, ...)");
        TAIL.forEach(c -> parts.add(c.toString()));
        return String.join(", ", parts);
    }

    /**
     * The interval levels of {@code found} when it is exactly {@link #of} them, in any order; otherwise an
     * {@link ImportException} naming {@code source}, what differs and the columns expected, in one line.
     */
    public static double[] levels(String source, List<Column> found) {
        TreeSet<Double> lower = new TreeSet<>();
        TreeSet<Double> upper = new TreeSet<>();
        for (Column c : found) {
            level(c.name(), LOWER).ifPresent(lower::add);
            level(c.name(), UPPER).ifPresent(upper::add);
        }
        lower.retainAll(upper);
        double[] levels = lower.stream().mapToDouble(Double::doubleValue).toArray();
        Map<String, String> want = new LinkedHashMap<>();
        of(levels).forEach(c -> want.put(c.name(), c.type()));
        Map<String, String> got = new LinkedHashMap<>();
        found.forEach(c -> got.put(c.name(), c.type()));
        List<String> problems = new ArrayList<>();
        List<String> missing = want.keySet().stream().filter(n -> !got.containsKey(n)).toList();
        if (!missing.isEmpty()) {
            problems.add("missing " + String.join(", ", missing));
        }
        if (levels.length == 0) {
            problems.add("no lower_L and upper_L pair");
        }
        List<String> extra = got.keySet().stream().filter(n -> !want.containsKey(n)).toList();
        if (!extra.isEmpty()) {
            problems.add("unexpected " + String.join(", ", extra));
        }
        want.forEach((name, type) -> {
            if (got.containsKey(name) && !got.get(name).equals(type)) {
                problems.add(name + " is " + got.get(name) + ", not " + type);
            }
        });
        if (!problems.isEmpty()) {
            throw new ImportException(new BadRow(source, 0, "not the Spark job's forecast output ("
                    + String.join("; ", problems) + "); expected the columns " + expected()));
        }
        return levels;
    }

    private static java.util.Optional<Double> level(String name, String prefix) {
        if (!name.startsWith(prefix)) {
            return java.util.Optional.empty();
        }
        try {
            double l = Double.parseDouble(name.substring(prefix.length()));
            boolean named = l > 0 && l < 100 && name.equals(prefix.equals(LOWER)
                    ? MetricSchema.forecastLowerField(l) : MetricSchema.forecastUpperField(l));
            return named ? java.util.Optional.of(l) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
