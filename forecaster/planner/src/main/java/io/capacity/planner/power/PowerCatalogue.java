package io.capacity.planner.power;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Named power curves shipped with the core (see {@code catalogue.csv} for each row's SPECpower source). */
public final class PowerCatalogue {
    private static final Logger LOG = LoggerFactory.getLogger(PowerCatalogue.class);
    /** The curve used for hardware the catalogue does not know: the median SPECpower server. */
    public static final String DEFAULT = "generic-median";
    /** A modern energy-proportional server: idle about 12 % of peak. */
    public static final String MODERN = "dell-r640-2017";
    /** An older server: idle about 58 % of peak. */
    public static final String OLD = "dell-pe2950-iii-2008";

    private static final PowerCatalogue BUILT_IN = load();
    private final Map<String, CatalogueEntry> entries;

    private PowerCatalogue(Map<String, CatalogueEntry> entries) {
        this.entries = Map.copyOf(entries);
    }

    public static PowerCatalogue builtIn() {
        return BUILT_IN;
    }

    public Optional<CatalogueEntry> find(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    public List<String> names() {
        return entries.keySet().stream().sorted().toList();
    }

    /** The named curve, or the default one with a logged decision when the name is unknown. */
    public PowerCurve resolve(String name) {
        CatalogueEntry e = entries.get(name);
        if (e != null) {
            return e.curve();
        }
        LOG.info("power model '{}' is not in the catalogue {}; using {} (median SPECpower server, idle/peak {})."
                        + " Override with power_curve: [idle, w10 .. w100] or power_model: NAME in the inventory",
                name, names(), DEFAULT, String.format("%.2f", entries.get(DEFAULT).curve().idleOverPeak()));
        return fallback();
    }

    /** The curve for hardware the catalogue does not know, without a log line (the caller says it once). */
    public PowerCurve fallback() {
        return entries.get(DEFAULT).curve();
    }

    /** The catalogue names closest to {@code name} by edit distance (all at the smallest distance, at most 3). */
    public List<String> closest(String name) {
        String n = name.trim().toLowerCase(java.util.Locale.ROOT);
        int best = Integer.MAX_VALUE;
        List<String> out = new ArrayList<>();
        for (String c : names()) {
            int d = EditDistance.of(n, c);
            if (d < best) {
                best = d;
                out.clear();
            }
            if (d == best && out.size() < 3) {
                out.add(c);
            }
        }
        return out;
    }

    private static PowerCatalogue load() {
        try (InputStream in = PowerCatalogue.class.getResourceAsStream("catalogue.csv")) {
            if (in == null) {
                throw new IllegalStateException("power catalogue resource catalogue.csv is missing");
            }
            Map<String, CatalogueEntry> m = new LinkedHashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                CatalogueEntry e = parse(line.split(","));
                m.put(e.name(), e);
            }
            return new PowerCatalogue(m);
        } catch (IOException e) {
            throw new UncheckedIOException("reading power catalogue", e);
        }
    }

    private static CatalogueEntry parse(String[] f) {
        List<Double> pts = new ArrayList<>();
        for (int i = 6; i < 17; i++) {
            pts.add(Double.parseDouble(f[i]));
        }
        double[] points = pts.stream().mapToDouble(Double::doubleValue).toArray();
        String source = "SPECpower_ssj2008 " + (f[1].startsWith("median") ? f[1] : "row " + f[1]) + ": " + f[2]
                + ", " + f[3];
        PowerCurve curve = new PowerCurve(f[0], points, Double.parseDouble(f[17]), source);
        return new CatalogueEntry(curve, f[2], Integer.parseInt(f[4]), Double.parseDouble(f[5]));
    }
}
