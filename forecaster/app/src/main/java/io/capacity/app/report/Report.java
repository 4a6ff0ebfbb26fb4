package io.capacity.app.report;

import io.capacity.app.capacity.ClusterCapacity;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The weekly capacity report, ready to render: fleet sections first, then each cluster's.
 *
 * @param week        the week reported
 * @param zone        the zone its days are read in
 * @param from        the week's start
 * @param to          its end (exclusive)
 * @param asOf        the time capacity, plans and forecasts are read as of: the week's end, or now for the week
 *                    still running
 * @param generatedAt when it was made
 * @param currency    the money figures' currency
 * @param summary     the summary paragraph, written from the figures
 * @param kpis        the headline figures
 * @param ranking     the clusters assessed, most urgent first
 * @param sections    the sections, in reading order
 */
public record Report(ReportWeek week, ZoneId zone, Instant from, Instant to, Instant asOf, Instant generatedAt,
                     String currency, String summary, Kpis kpis, List<ClusterCapacity> ranking,
                     List<Section> sections) {
    public Report {
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(kpis, "kpis");
        ranking = List.copyOf(ranking);
        sections = List.copyOf(sections);
    }

    /** Every table of every section, in order: what the CSV holds. */
    public List<ReportTable> tables() {
        return sections.stream().flatMap(s -> s.tables().stream()).toList();
    }
}
