package io.capacity.planner.sim;

import io.capacity.core.hint.Hints;
import io.capacity.planner.files.FileErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reads a {@link TraceSource} into a {@link Trace} of demand fractions; rows are consecutive steps. */
public final class TraceReader {
    private static final Logger LOG = LoggerFactory.getLogger(TraceReader.class);

    private TraceReader() {
    }

    public static Trace read(TraceSource src, double targetUtilisation, int hosts, int redundancy) {
        List<String> lines;
        try {
            lines = Files.readAllLines(src.file());
        } catch (IOException e) {
            throw new UncheckedIOException("trace " + FileErrors.describe(src.file(), e), e);
        }
        if (lines.size() < 2) {
            throw new IllegalArgumentException(src.file() + ": trace needs a header and at least one row");
        }
        double[] cpu = fractions(lines, src, src.column(), src.unit(), src.capacity(), targetUtilisation, hosts,
                redundancy);
        double[][] more = new double[src.more().size()][];
        StringBuilder name = new StringBuilder(src.file().getFileName() + ":" + src.column());
        for (int d = 0; d < more.length; d++) {
            Column c = src.more().get(d);
            more[d] = fractions(lines, src, c.name(), c.unit(), c.capacity(), targetUtilisation, hosts, redundancy);
            name.append('+').append(c.name());
        }
        return new Trace(name.toString(), cpu, src.step(), src.start(), more);
    }

    /** One column (or the sum {@code *}) as fractions of the fleet, every value checked against its unit first. */
    private static double[] fractions(List<String> lines, TraceSource src, String column, Unit unit, Double capacity,
                                      double targetUtilisation, int hosts, int redundancy) {
        String[] header = lines.get(0).split(",");
        int col = Arrays.asList(header).indexOf(column);
        boolean sum = column.equals("*");
        if (col < 0 && !sum) {
            throw new IllegalArgumentException(src.file() + ":1: column " + column + " not found; columns"
                    + " are " + Arrays.toString(header));
        }
        int skip = header[0].toLowerCase(Locale.ROOT).matches("step|timestamp|time") ? 1 : 0;
        double[] v = new double[lines.size() - 1];
        for (int r = 1; r < lines.size(); r++) {
            String[] f = lines.get(r).split(",");
            try {
                if (sum) {
                    for (int c = skip; c < f.length; c++) {
                        v[r - 1] += Double.parseDouble(f[c]);
                    }
                } else {
                    v[r - 1] = Double.parseDouble(f[col]);
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException(src.file() + ":" + (r + 1) + ": " + column + ": "
                        + lines.get(r) + ": expected a number", e);
            }
        }
        checkRange(v, src.file(), column, unit);
        return toFraction(v, src.file(), column, unit, capacity, targetUtilisation, hosts, redundancy);
    }

    /**
     * Every value within its unit's range (percent 0..100, fraction 0..1, absolute finite and >= 0), else an error
     * naming the first row outside it, the value and the range, with how many more there are.
     */
    private static void checkRange(double[] v, Path file, String column, Unit unit) {
        int bad = -1;
        int count = 0;
        for (int i = 0; i < v.length; i++) {
            if (!inRange(v[i], unit)) {
                bad = bad < 0 ? i : bad;
                count++;
            }
        }
        if (bad >= 0) {
            String what = column.equals("*") ? "the sum of the columns" : "column " + column;
            throw new IllegalArgumentException(file + ":" + (bad + 2) + ": " + what + ": " + v[bad]
                    + ": expected " + range(unit) + (count > 1 ? " (" + (count - 1) + " more row(s) outside it)"
                    : ""));
        }
    }

    private static boolean inRange(double x, Unit u) {
        return switch (u) {
            case PERCENT -> x >= 0 && x <= 100;
            case FRACTION -> x >= 0 && x <= 1;
            case ABSOLUTE -> x >= 0 && Double.isFinite(x);
        };
    }

    /** The values a unit allows, in the words of the simulate help. */
    static String range(Unit u) {
        return switch (u) {
            case PERCENT -> "a percentage from 0 to 100 (unit percent)";
            case FRACTION -> "a fraction from 0 to 1 (unit fraction)";
            case ABSOLUTE -> "a finite amount of at least 0 (unit absolute)";
        };
    }

    private static double[] toFraction(double[] v, Path file, String column, Unit unit,
                                       Double capacity, double target, int hosts, int k) {
        double scale = switch (unit) {
            case FRACTION -> 1;
            case PERCENT -> 100;
            case ABSOLUTE -> capacity != null ? capacity : sized(v, target, hosts, k, file, column);
        };
        return Arrays.stream(v).map(x -> Math.max(0, x) / scale).toArray();
    }

    /** Without a stated capacity the fleet is sized so its N-k hosts hold the trace peak at the target. */
    private static double sized(double[] v, double target, int hosts, int k, Path file, String column) {
        double peak = Arrays.stream(v).max().orElse(1);
        double cap = peak / target * hosts / Math.max(1, hosts - k);
        LOG.info("trace {} column {}: absolute demand without a capacity; fleet capacity set to {} so N-{} hosts"
                        + " carry the peak {} at target {}. Override with " + Hints.option("capacity", "X"),
                file.getFileName(), column, String.format("%.4g", cap), k, String.format("%.4g", peak),
                target);
        return cap;
    }
}
