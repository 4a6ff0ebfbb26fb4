package io.capacity.collectors.snmp;

/**
 * Per-second rate of one 64-bit counter (or, for agents without IF-MIB's HC counters, one 32-bit counter) between
 * two polls, timed by the agent's {@code sysUpTime}
 * (hundredths of a second) so network and scheduling jitter on our side do not distort it.
 *
 * <ul>
 *   <li>sysUpTime went backwards and the wall clock says it was not its own 2^32 wrap (497 days): the device
 *       rebooted, its counters restarted at zero, so the baseline is reset and no rate is produced;</li>
 *   <li>the counter went backwards: either a 2^64 wrap or a counter reset (interface reset, line-card swap).
 *       A wrap is accepted only when the implied rate fits the interface speed; otherwise it is a reset and
 *       the baseline restarts. Without a known speed a backwards counter is always a reset. A 32-bit counter
 *       wraps at 2^32, which a busy gigabit port reaches in about 34 seconds;</li>
 *   <li>{@link #restart()}: the agent says the counter had a discontinuity (RFC 2863's
 *       {@code ifCounterDiscontinuityTime} changed): no rate across it, the baseline restarts.</li>
 * </ul>
 */
final class CounterRate {
    private static final double TWO_POW_32 = 4294967296.0;

    private final int bits;
    private long prevValue;
    private long prevUptime = -1;
    private long prevWallNanos;

    CounterRate() {
        this(64);
    }

    /** A counter of {@code bits} (32 or 64) bits: it wraps at 2^bits. */
    CounterRate(int bits) {
        if (bits != 32 && bits != 64) {
            throw new IllegalArgumentException("counters are 32 or 64 bits, got " + bits);
        }
        this.bits = bits;
    }

    int bits() {
        return bits;
    }

    /** Forgets the baseline: the next reading starts a new one. */
    void restart() {
        prevUptime = -1;
    }

    /**
     * Feeds a reading; returns bytes per second since the previous one, or NaN when there is no valid rate.
     *
     * @param value          the counter, as an unsigned 64-bit value in a long
     * @param uptimeCentis   sysUpTime in hundredths of a second (unsigned 32-bit)
     * @param maxBytesPerSec plausibility cap from ifHighSpeed, 0 when unknown
     */
    double update(long value, long uptimeCentis, long wallNanos, double maxBytesPerSec) {
        double rate = Double.NaN;
        if (prevUptime >= 0) {
            double dt = elapsedSeconds(uptimeCentis, wallNanos);
            if (dt > 0) {
                double delta = bits == 32 ? (double) ((value - prevValue) & 0xffff_ffffL)
                        : unsigned(value - prevValue);
                boolean backwards = Long.compareUnsigned(value, prevValue) < 0;
                double r = delta / dt;
                if (!backwards || (maxBytesPerSec > 0 && r <= maxBytesPerSec)) {
                    rate = r;
                }
            }
        }
        prevValue = value;
        prevUptime = uptimeCentis;
        prevWallNanos = wallNanos;
        return rate;
    }

    // Seconds between the two readings by the device's clock, or -1 when the device rebooted.
    private double elapsedSeconds(long uptime, long wallNanos) {
        if (uptime >= prevUptime) {
            return (uptime - prevUptime) / 100.0;
        }
        double wrapped = (uptime + TWO_POW_32 - prevUptime) / 100.0;
        double wall = (wallNanos - prevWallNanos) / 1e9;
        return Math.abs(wrapped - wall) <= Math.max(5.0, wall * 0.2) ? wrapped : -1;
    }

    private static double unsigned(long v) {
        return v >= 0 ? v : (v >>> 1) * 2.0 + (v & 1);
    }
}
