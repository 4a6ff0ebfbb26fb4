package io.capacity.core.forecast;

/** How far a forecast can be trusted; the planner never acts on a BAD one. */
public enum Grade {
    GOOD, UNCERTAIN, BAD
}
