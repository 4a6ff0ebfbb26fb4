package io.capacity.core.model.prophet;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Indicator columns of an event: one for the windows themselves, one per day before ({@code lowerWindow}) and after
 * ({@code upperWindow}). A step belongs to a window when its instant lies in it; with a step longer than the window
 * the step is still marked if the window starts within it, so daily data sees hour-long maintenance.
 */
final class EventColumns {
    private static final Duration DAY = Duration.ofDays(1);

    private EventColumns() {
    }

    static List<String> names(Event e) {
        List<String> names = new ArrayList<>();
        for (int d = e.lowerWindow(); d <= e.upperWindow(); d++) {
            names.add(d == 0 ? e.name() : e.name() + (d < 0 ? "" : "+") + d);
        }
        return names;
    }

    static double[][] columns(Event e, TimeAxis axis, int from, int to) {
        int width = e.upperWindow() - e.lowerWindow() + 1;
        double[][] cols = new double[width][to - from];
        for (Event.Window w : e.windows()) {
            for (int d = e.lowerWindow(); d <= e.upperWindow(); d++) {
                Instant start = d < 0 ? w.start().plus(DAY.multipliedBy(d)) : d == 0 ? w.start()
                        : w.end().plus(DAY.multipliedBy(d - 1));
                Instant end = d < 0 ? start.plus(DAY) : d == 0 ? w.end() : start.plus(DAY);
                mark(cols[d - e.lowerWindow()], axis, from, start, end);
            }
        }
        return cols;
    }

    private static void mark(double[] col, TimeAxis axis, int from, Instant start, Instant end) {
        for (int i = 0; i < col.length; i++) {
            Instant t = axis.instantAt(from + i);
            Instant next = t.plus(axis.step());
            boolean inside = !t.isBefore(start) && t.isBefore(end);
            boolean startsWithin = !start.isBefore(t) && start.isBefore(next);
            if (inside || startsWithin) {
                col[i] = 1.0;
            }
        }
    }
}
