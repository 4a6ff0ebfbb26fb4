package io.capacity.app.demo;

import java.util.SplittableRandom;

/**
 * Each simulated host's load as a pure function of (seed, host, time), so the same seed gives the same points in
 * any order and a restart continues where it stopped: CPU utilisation from the profile's shapes, memory following
 * it, network as counters whose rate follows the daily shape (integrals in whole bytes, exact).
 */
public final class DemoSignals {
    /** Growing cluster: mean utilisation at the history's start and at the anchor (then on, same slope). */
    static final double GROW_FROM = 0.30;
    static final double GROW_AT_ANCHOR = 0.65;
    static final double NIGHTLY_MEAN = 0.30;
    /** The trough cluster's daily swing, as a multiple of the trace's. */
    static final double NIGHTLY_AMPLIFY = 2.2;
    static final double FLAT_MEAN = 0.35;
    static final long RECV_BYTES_PER_SEC = 40_000_000L;
    static final double SENT_OVER_RECV = 0.6;

    private final DemoFleet fleet;
    private final DemoProfile profile;
    private final long historyStartSec;
    private final double growPerSec;

    public DemoSignals(DemoFleet fleet, DemoProfile profile) {
        this.fleet = fleet;
        this.profile = profile;
        this.historyStartSec = fleet.historyStart().getEpochSecond();
        this.growPerSec = (GROW_AT_ANCHOR - GROW_FROM) / DemoFleet.HISTORY.toSeconds();
    }

    public DemoFleet fleet() {
        return fleet;
    }

    /** CPU utilisation (0..1) of a host at an epoch second. */
    public double cpu(DemoFleet.Host h, long sec) {
        double mean = switch (h.shape()) {
            case GROWING -> (GROW_FROM + growPerSec * (sec - historyStartSec)) * DemoProfile.at(profile.weeklyCpu(), sec);
            case NIGHTLY -> NIGHTLY_MEAN * (1 + NIGHTLY_AMPLIFY * (DemoProfile.at(profile.dailyCpu(), sec) - 1));
            case FLAT -> FLAT_MEAN * (1 + 0.3 * (DemoProfile.at(profile.weeklyCpu(), sec) - 1));
        };
        double u = mean * hostScale(h) + 0.015 * noise(h, sec, 1);
        return Math.max(0.01, Math.min(0.99, u));
    }

    /** Memory used, percent: a base per host plus a share that follows CPU. */
    public double memUsedPercent(DemoFleet.Host h, long sec) {
        double base = 25 + 10 * uniform(h, 2);
        return Math.max(1, Math.min(99, base + 40 * cpu(h, sec) + 0.5 * noise(h, sec, 3)));
    }

    /**
     * Bytes received since the counter's origin (the epoch): the daily shape's exact integral plus a jitter that moves
     * the rate by up to {@link #RATE_JITTER} of the base rate hour by hour. The jitter is {@code J * u(hour)},
     * interpolated between seeded uniform values per hour, so it stays bounded, its slope never outruns the base
     * rate (the counter never goes back), and any time's count is computed alone.
     */
    public long bytesRecv(DemoFleet.Host h, long sec) {
        return integral(recvRate(h), sec) + jitter(h, sec);
    }

    public long bytesSent(DemoFleet.Host h, long sec) {
        return (long) (integral(recvRate(h), sec) * SENT_OVER_RECV) + jitter(h, sec) / 2;
    }

    /** The rate's hourly wobble, as a share of its base. */
    static final double RATE_JITTER = 0.1;

    private long jitter(DemoFleet.Host h, long sec) {
        double amplitude = RATE_JITTER * RECV_BYTES_PER_SEC * hostScale(h) * 3600;
        long hour = Math.floorDiv(sec, 3600);
        double a = random(h, hour, 4).nextDouble();
        double b = random(h, hour + 1, 4).nextDouble();
        return Math.round(amplitude * (a + (b - a) * (sec - hour * 3600) / 3600.0));
    }

    /** A host's own level, 0.9 to 1.1, fixed by the seed. */
    double hostScale(DemoFleet.Host h) {
        return 0.9 + 0.2 * uniform(h, 0);
    }

    // Received bytes per second for each hour of the week (whole bytes, so the counter is an exact sum).
    private long[] recvRate(DemoFleet.Host h) {
        long[] r = new long[DemoProfile.HOURS];
        double scale = RECV_BYTES_PER_SEC * hostScale(h);
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.round(scale * profile.dailyNet()[i]);
        }
        return r;
    }

    private static long integral(long[] ratePerHourOfWeek, long sec) {
        long week = 0;
        for (long r : ratePerHourOfWeek) {
            week += r * 3600;
        }
        long hour = Math.floorDiv(sec, 3600);
        long firstOfWeek = hour - DemoProfile.index(hour);
        long total = Math.floorDiv(firstOfWeek, DemoProfile.HOURS) * week;
        for (long x = firstOfWeek; x < hour; x++) {
            total += ratePerHourOfWeek[DemoProfile.index(x)] * 3600;
        }
        return total + ratePerHourOfWeek[DemoProfile.index(hour)] * (sec - hour * 3600);
    }

    private double noise(DemoFleet.Host h, long sec, int channel) {
        return random(h, sec, channel).nextGaussian();
    }

    private double uniform(DemoFleet.Host h, int channel) {
        return random(h, Long.MIN_VALUE, channel).nextDouble();
    }

    private SplittableRandom random(DemoFleet.Host h, long sec, int channel) {
        long x = fleet.seed() * 0x9E3779B97F4A7C15L + h.index() * 0xBF58476D1CE4E5B9L + sec * 0x94D049BB133111EBL
                + channel;
        return new SplittableRandom(x);
    }
}
