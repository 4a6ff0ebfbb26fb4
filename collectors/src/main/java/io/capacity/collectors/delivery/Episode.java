package io.capacity.collectors.delivery;

import org.slf4j.Logger;

/**
 * A failure that may repeat for a long time (a full disk) logged once when it starts and once when it ends, with
 * what it cost in between, instead of once per occurrence. The error text is the operating system's (e.g. "No
 * space left on device"). Not thread-safe: callers hold their own lock.
 */
final class Episode {
    private final Logger log;
    private final String failure;
    private final String effect;
    private final String recovery;
    private boolean failing;
    private long lost;

    /**
     * @param failure  what fails, e.g. "disk buffer /x: cannot append"
     * @param effect   what happens meanwhile and what the user can do about it
     * @param recovery the line logged when it works again
     */
    Episode(Logger log, String failure, String effect, String recovery) {
        this.log = log;
        this.failure = failure;
        this.effect = effect;
        this.recovery = recovery;
    }

    /** Records one failure that cost {@code points} points; logs only the first of an episode. */
    void failed(Exception e, long points) {
        lost += points;
        if (!failing) {
            failing = true;
            log.warn("{} ({}); {}", failure, reason(e), effect);
        }
    }

    /** Records a success; logs the end of an episode, if one was running. */
    void succeeded() {
        if (failing) {
            failing = false;
            log.info("{}{}", recovery, lost > 0 ? "; " + lost + " points were dropped meanwhile (points_dropped)" : "");
            lost = 0;
        }
    }

    boolean failing() {
        return failing;
    }

    static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? "no reason given" : m;
    }
}
