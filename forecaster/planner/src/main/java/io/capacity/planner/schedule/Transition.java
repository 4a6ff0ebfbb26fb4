package io.capacity.planner.schedule;

import io.capacity.planner.json.Json;
import io.capacity.planner.json.JsonWritable;

import java.util.Objects;

/**
 * One power-state change decided at {@code step}.
 *
 * @param step     decision step (index into the demand series)
 * @param hostId   host
 * @param on       true for power-on, false for power-off
 * @param override true when safety overrode hysteresis (powered on within its minimum off time or over the
 *                 daily transition limit) because a new forecast needed the capacity
 */
public record Transition(int step, String hostId, boolean on, boolean override) implements JsonWritable {
    public Transition {
        Objects.requireNonNull(hostId, "hostId");
        if (step < 0) {
            throw new IllegalArgumentException("step must be >= 0, got " + step);
        }
    }

    @Override
    public Object jsonTree() {
        return Json.obj("step", step, "host", hostId, "action", on ? "power_on" : "power_off",
                "hysteresis_override", override);
    }
}
