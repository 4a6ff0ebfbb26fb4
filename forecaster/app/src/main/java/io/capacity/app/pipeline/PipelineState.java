package io.capacity.app.pipeline;

import io.capacity.core.forecast.Grade;
import io.capacity.core.forecast.Quality;
import io.capacity.core.forecast.StartValues;
import io.capacity.core.select.AutoSpec;
import io.capacity.core.select.ChosenSpec;
import io.capacity.core.select.Conformal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the pipeline remembers between runs and restarts: each series' cached model choice and when the last run
 * started. Kept in memory and, when given a file, saved there after every run (one tab-separated line per series,
 * written to a temporary file and moved into place) so a restart neither chooses again nor forgets a missed run.
 * Each line carries the members' forms ({@link io.capacity.core.select.MemberForm}: ARIMA orders, ETS trend), so a
 * refit after a restart does not search either, and, in a tenth field when any member has one, where each member's
 * next refit starts its optimiser (members separated by commas: {@code -} for a cold start, else flags, a colon and
 * the values separated by semicolons; flag {@code c}: the warm start was checked against a cold fit, {@code w}: the
 * estimate came from a warm start). A line of nine fields (no starts, or written before they were kept) loads with
 * cold starts. A line that no longer
 * reads (a candidate renamed, a damaged file, a line written before the forms were kept) is dropped and its series
 * chosen again, once.
 */
public final class PipelineState {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineState.class);
    private static final String LAST_RUN = "last_run";

    private final Path file;
    private final Map<String, CachedChoice> choices = new ConcurrentHashMap<>();
    private volatile Instant lastRun;
    /** Lines read without the members' forms (written by an older version). */
    private int old;

    private PipelineState(Path file) {
        this.file = file;
    }

    /** State kept in memory only. */
    public static PipelineState inMemory() {
        return new PipelineState(null);
    }

    /** State in {@code file}, read now when it exists; {@code auto} rebuilds the cached specs. */
    public static PipelineState load(Path file, AutoSpec auto) {
        PipelineState s = new PipelineState(file);
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    s.readLine(line, auto);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read pipeline state " + file + ": " + e.getMessage(), e);
            }
            LOG.info("pipeline: read {} cached model choices from {} (delete the file to choose every model again)",
                    s.choices.size(), file);
            if (s.old > 0) {
                LOG.info("pipeline: {} cached choices in {} were written without their models' orders; their series"
                        + " are chosen again once in the next run", s.old, file);
            }
        }
        return s;
    }

    public Optional<Instant> lastRun() {
        return Optional.ofNullable(lastRun);
    }

    public Optional<CachedChoice> choice(String seriesId) {
        return Optional.ofNullable(choices.get(seriesId));
    }

    public int size() {
        return choices.size();
    }

    void put(String seriesId, CachedChoice c) {
        choices.put(seriesId, c);
    }

    void forget(String seriesId) {
        choices.remove(seriesId);
    }

    /** Records the run's start and saves everything to the file, if any. */
    public void ranAt(Instant started) {
        lastRun = started;
        if (file == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(LAST_RUN + "\t" + started.toEpochMilli());
        choices.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> lines.add(write(e.getKey(), e.getValue())));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("pipeline: cannot save its state to {} ({}); a restart will choose models again", file,
                    e.getMessage());
        }
    }

    private static String write(String id, CachedChoice c) {
        ChosenSpec s = c.spec();
        Conformal cf = s.conformal();
        String weights = s.weights() == null ? "-" : join(s.weights());
        String conformal = cf == null ? "-" : cf.scaled() + ";" + cf.weight() + ";" + join(cf.scores()) + ";"
                + cf.window();
        String line = String.join("\t", enc(id), Long.toString(c.chosenAt().toEpochMilli()),
                String.join(",", s.members()), weights, conformal, s.quality().grade().name(),
                enc(s.quality().reason()), Double.toString(s.backtestMase()), String.join(",", s.forms()));
        return c.starts().isEmpty() ? line : line + "\t" + starts(c.starts());
    }

    private static String starts(List<StartValues> starts) {
        return starts.stream().map(v -> v.isNone() ? "-" : (v.checked() ? "c" : "") + (v.warm() ? "w" : "") + ":"
                + Arrays.stream(v.values()).mapToObj(Double::toString).collect(Collectors.joining(";")))
                .collect(Collectors.joining(","));
    }

    private static List<StartValues> starts(String text) {
        List<StartValues> out = new ArrayList<>();
        for (String one : text.split(",", -1)) {
            if (one.equals("-")) {
                out.add(StartValues.NONE);
                continue;
            }
            int colon = one.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("start '" + one + "': expected - or FLAGS:VALUES");
            }
            String flags = one.substring(0, colon);
            out.add(new StartValues(Arrays.stream(one.substring(colon + 1).split(";")).mapToDouble(Double::parseDouble)
                    .toArray(), flags.contains("c"), flags.contains("w")));
        }
        return out;
    }

    private void readLine(String line, AutoSpec auto) {
        String[] f = line.split("\t", -1);
        try {
            if (f.length == 2 && f[0].equals(LAST_RUN)) {
                lastRun = Instant.ofEpochMilli(Long.parseLong(f[1]));
                return;
            }
            if (f.length == 8) {
                old++;
                return;
            }
            double[] weights = f[3].equals("-") ? null : doubles(f[3]);
            Conformal conformal = null;
            if (!f[4].equals("-")) {
                String[] c = f[4].split(";", -1);
                // A state written before the window length was kept has three parts: its widening is not capped.
                conformal = new Conformal(Boolean.parseBoolean(c[0]), doubles(c[2]), Double.parseDouble(c[1]),
                        c.length > 3 ? Integer.parseInt(c[3]) : 0);
            }
            ChosenSpec spec = new ChosenSpec(auto, List.of(f[2].split(",")), weights, conformal,
                    new Quality(Grade.valueOf(f[5]), dec(f[6])), Double.parseDouble(f[7]), List.of(f[8].split(",")));
            List<StartValues> starts = f.length > 9 ? starts(f[9]) : List.of();
            choices.put(dec(f[0]), new CachedChoice(spec, Instant.ofEpochMilli(Long.parseLong(f[1])), starts));
        } catch (RuntimeException e) {
            LOG.warn("pipeline: dropped a cached choice that no longer reads ({}); its series is chosen again",
                    e.getMessage());
        }
    }

    private static String join(double[] a) {
        return Arrays.stream(a).mapToObj(Double::toString).collect(Collectors.joining(","));
    }

    private static double[] doubles(String s) {
        return s.isEmpty() ? new double[0] : Arrays.stream(s.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String dec(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
