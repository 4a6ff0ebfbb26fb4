package io.capacity.app.actions.state;

import java.time.Instant;

/** Instants as the epoch nanoseconds the state file keeps (exact until 2262). */
final class Nanos {
    private Nanos() {
    }

    static long of(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
