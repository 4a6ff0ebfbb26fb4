package io.capacity.planner.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Electricity price per kWh: a default price and optional time-of-use bands by day of week and hour of day in
 * the tariff's zone; the first matching band wins.
 *
 * @param perKwh default price per kWh
 * @param bands  time-of-use bands (empty for a flat tariff)
 * @param zone   zone the hours are read in
 */
public record Tariff(double perKwh, List<Band> bands, ZoneId zone) {
    /**
     * @param days     days the band applies
     * @param fromHour first hour (inclusive, 0..23)
     * @param toHour   end hour (exclusive, 1..24)
     * @param perKwh   price in the band
     */
    public record Band(Set<DayOfWeek> days, int fromHour, int toHour, double perKwh) {
        public Band {
            days = Set.copyOf(days);
            if (days.isEmpty() || fromHour < 0 || toHour > 24 || fromHour >= toHour) {
                throw new IllegalArgumentException("tariff band needs days and 0 <= fromHour < toHour <= 24, got "
                        + days + " " + fromHour + ".." + toHour);
            }
            if (!(perKwh >= 0)) {
                throw new IllegalArgumentException("a tariff band's price must be at least 0, got " + perKwh);
            }
        }

        boolean matches(ZonedDateTime t) {
            return days.contains(t.getDayOfWeek()) && t.getHour() >= fromHour && t.getHour() < toHour;
        }
    }

    public Tariff {
        if (!(perKwh >= 0)) {
            throw new IllegalArgumentException("the price per kWh must be at least 0, got " + perKwh);
        }
        bands = List.copyOf(bands);
        Objects.requireNonNull(zone, "zone");
    }

    public static Tariff flat(double perKwh) {
        return new Tariff(perKwh, List.of(), ZoneId.of("UTC"));
    }

    public boolean flat() {
        return bands.isEmpty();
    }

    public double priceAt(Instant t) {
        if (bands.isEmpty()) {
            return perKwh;
        }
        ZonedDateTime z = t.atZone(zone);
        for (Band b : bands) {
            if (b.matches(z)) {
                return b.perKwh();
            }
        }
        return perKwh;
    }
}
