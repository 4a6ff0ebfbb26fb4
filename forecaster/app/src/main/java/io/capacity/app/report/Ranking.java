package io.capacity.app.report;

import io.capacity.app.capacity.CapacityThresholds;
import io.capacity.app.capacity.ClusterCapacity;
import io.capacity.app.capacity.DimensionCapacity;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The clusters ranked by time remaining, as the report and the service's web pages show them: one row per cluster,
 * most urgent first, its most constrained dimension, both views of the time remaining, its headroom and its
 * criticality as the row's colour.
 */
final class Ranking {
    private Ranking() {
    }

    /** The table of {@code ranked} (already most urgent first), times in {@code zone}. */
    static ReportTable table(List<ClusterCapacity> ranked, ZoneId zone) {
        List<ReportTable.Row> rows = new ArrayList<>();
        int rank = 1;
        for (ClusterCapacity c : ranked) {
            DimensionCapacity m = c.mostConstrained();
            String tone = c.criticality().name().toLowerCase(Locale.ROOT);
            rows.add(new ReportTable.Row(List.of(String.valueOf(rank++), c.cluster(),
                    ReportSections.dim(m.dimension()), Figures.days(m.timeRemaining()),
                    Figures.days(m.aggressiveRemaining()), Figures.percent(m.headroomFraction()), tone,
                    Figures.time(c.computedAt(), zone)), tone));
        }
        return new ReportTable("ranking", List.of("rank", "cluster", "most constrained", "time remaining",
                "aggressive", "headroom", "criticality", "assessed at"), rows);
    }

    /** What the table's times and colours mean under {@code t}. */
    static String note(CapacityThresholds t) {
        return "Time remaining is until the forecast's upper band (conservative) or its mean (aggressive) first "
                + "exceeds the usable capacity; critical within " + t.critical().toDays() + " days, a warning within "
                + t.warning().toDays() + " days.";
    }
}
