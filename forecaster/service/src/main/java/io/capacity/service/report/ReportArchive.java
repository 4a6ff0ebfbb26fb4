package io.capacity.service.report;

import io.capacity.app.report.Report;
import io.capacity.app.report.ReportWeek;
import io.capacity.service.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The reports the service keeps, under {@code --data-dir}'s {@code reports/}: {@code 2026-W47.html}, {@code .pdf}
 * and {@code .csv} per week, each written whole through a temporary file renamed over it, and {@code index.tsv}
 * (one line per week: week, generated at, as of, clusters, at risk; rewritten the same way after the files), so a
 * reader never sees half a report and the index never names one that is not there.
 */
public final class ReportArchive {
    public static final String DIR = "reports";
    static final String INDEX = "index.tsv";
    private static final String HEADER = "week\tgenerated_at\tas_of\tclusters\tat_risk";

    /** One kept report. */
    public record Entry(ReportWeek week, Instant generatedAt, Instant asOf, int clusters, int atRisk) {
    }

    private final Path dir;

    public ReportArchive(Path dataDir) {
        this.dir = dataDir.resolve(DIR);
    }

    public Path dir() {
        return dir;
    }

    /** Renders {@code r} in every format and keeps it, replacing the week's earlier one. */
    public synchronized Entry keep(Report r) {
        try {
            Files.createDirectories(dir);
            for (ReportFormat f : ReportFormat.values()) {
                AtomicFiles.write(file(r.week(), f), ReportRenderer.render(r, f));
            }
            Entry e = new Entry(r.week(), r.generatedAt(), r.asOf(), r.kpis().clusters(), r.kpis().atRisk());
            TreeMap<ReportWeek, Entry> all = new TreeMap<>();
            index().forEach(x -> all.put(x.week(), x));
            all.put(e.week(), e);
            StringBuilder s = new StringBuilder(HEADER).append('\n');
            all.values().forEach(x -> s.append(x.week()).append('\t').append(x.generatedAt()).append('\t')
                    .append(x.asOf()).append('\t').append(x.clusters()).append('\t').append(x.atRisk()).append('\n'));
            AtomicFiles.write(dir.resolve(INDEX), s.toString().getBytes(StandardCharsets.UTF_8));
            return e;
        } catch (IOException e) {
            throw new UncheckedIOException("reports: cannot write " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The kept reports, newest week first; a line that does not read is left out. */
    public synchronized List<Entry> index() {
        Path f = dir.resolve(INDEX);
        List<Entry> out = new ArrayList<>();
        if (!Files.isRegularFile(f)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String[] p = line.split("\t");
                if (p.length == 5 && !line.equals(HEADER)) {
                    try {
                        out.add(new Entry(ReportWeek.parse(p[0]), Instant.parse(p[1]), Instant.parse(p[2]),
                                Integer.parseInt(p[3]), Integer.parseInt(p[4])));
                    } catch (RuntimeException e) {
                        // a damaged line: the week is generated again when asked
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reports: cannot read " + f + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(Entry::week).reversed());
        return out;
    }

    public synchronized Optional<Entry> entry(ReportWeek w) {
        return index().stream().filter(e -> e.week().equals(w)).findFirst();
    }

    /** The kept report of {@code w} in {@code f}, if the index names it. */
    public synchronized Optional<byte[]> read(ReportWeek w, ReportFormat f) {
        if (entry(w).isEmpty() || !Files.isRegularFile(file(w, f))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file(w, f)));
        } catch (IOException e) {
            throw new UncheckedIOException("reports: cannot read " + file(w, f) + ": " + e.getMessage(), e);
        }
    }

    Path file(ReportWeek w, ReportFormat f) {
        return dir.resolve(w + "." + f.extension());
    }
}
