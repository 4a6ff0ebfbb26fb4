package io.capacity.app.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The demo's load shapes per hour of the week (each around 1.0), derived from real traces by
 * {@code scripts/derive-demo-profile.py}; provenance in the resource's header.
 */
public record DemoProfile(double[] weeklyCpu, double[] dailyCpu, double[] dailyNet) {
    public static final int HOURS = 168;
    private static final DemoProfile BUILT_IN = load();

    public DemoProfile {
        for (double[] a : new double[][] {weeklyCpu, dailyCpu, dailyNet}) {
            if (a.length != HOURS) {
                throw new IllegalArgumentException("a demo profile has " + HOURS + " hourly values, got " + a.length);
            }
        }
        weeklyCpu = weeklyCpu.clone();
        dailyCpu = dailyCpu.clone();
        dailyNet = dailyNet.clone();
    }

    public static DemoProfile builtIn() {
        return BUILT_IN;
    }

    /** The hourly shape at an instant, linearly interpolated between hours; hour 0 is Monday 00:00 UTC. */
    static double at(double[] hourly, long epochSecond) {
        long h = Math.floorDiv(epochSecond, 3600);
        double frac = (epochSecond - h * 3600) / 3600.0;
        double a = hourly[index(h)];
        double b = hourly[index(h + 1)];
        return a + (b - a) * frac;
    }

    /** Index into a weekly array: epoch day 0 was a Thursday, so Monday 00:00 was 72 hours earlier. */
    static int index(long epochHour) {
        return (int) Math.floorMod(epochHour + 72, HOURS);
    }

    private static DemoProfile load() {
        double[] w = new double[HOURS];
        double[] d = new double[HOURS];
        double[] n = new double[HOURS];
        try (InputStream in = DemoProfile.class.getResourceAsStream("profile.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int row = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.startsWith("hour_of_week")) {
                    continue;
                }
                String[] c = line.split(",");
                w[row] = Double.parseDouble(c[1]);
                d[row] = Double.parseDouble(c[2]);
                n[row] = Double.parseDouble(c[3]);
                row++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DemoProfile(w, d, n);
    }
}
