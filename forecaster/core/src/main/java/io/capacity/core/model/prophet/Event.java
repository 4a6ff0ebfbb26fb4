package io.capacity.core.model.prophet;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A recurring or one-off event (holiday, maintenance window, batch run) given as time windows. The window itself
 * gets one indicator regressor; with {@code lowerWindow = -2}, each of the two days before every window gets its
 * own indicator too, likewise {@code upperWindow} days after (pre-holiday ramp-down, post-maintenance catch-up).
 * Every indicator shares the normal prior {@code priorScale}.
 *
 * @param mode null means "the spec's default mode"
 */
public record Event(String name, List<Window> windows, int lowerWindow, int upperWindow, double priorScale,
                    Mode mode) {
    public static final double DEFAULT_PRIOR_SCALE = 10.0;

    /** A half-open interval {@code [start, end)}. */
    public record Window(Instant start, Instant end) {
        public Window {
            Objects.requireNonNull(start, "window start");
            Objects.requireNonNull(end, "window end");
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("window end " + end + " must be after start " + start);
            }
        }

        public static Window of(Instant start, Duration length) {
            return new Window(start, start.plus(length));
        }
    }

    public Event {
        Objects.requireNonNull(name, "event name");
        windows = List.copyOf(Objects.requireNonNull(windows, "windows of event " + name));
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("event " + name + " has no windows");
        }
        if (lowerWindow > 0 || upperWindow < 0) {
            throw new IllegalArgumentException("event " + name + " needs lowerWindow <= 0 <= upperWindow, got "
                    + lowerWindow + ", " + upperWindow);
        }
        if (!(priorScale > 0) || Double.isInfinite(priorScale)) {
            throw new IllegalArgumentException(
                    "prior scale of event " + name + " must be positive and finite, got " + priorScale);
        }
    }

    public static Event of(String name, List<Window> windows) {
        return new Event(name, windows, 0, 0, DEFAULT_PRIOR_SCALE, null);
    }

    public Event withWindows(int lower, int upper) {
        return new Event(name, windows, lower, upper, priorScale, mode);
    }

    public Event withPriorScale(double scale) {
        return new Event(name, windows, lowerWindow, upperWindow, scale, mode);
    }
}
