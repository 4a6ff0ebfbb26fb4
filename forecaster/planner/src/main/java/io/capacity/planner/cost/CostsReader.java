package io.capacity.planner.cost;

import io.capacity.planner.model.CostSettings;
import io.capacity.planner.model.Depreciation;
import io.capacity.planner.model.Tariff;
import io.capacity.planner.yaml.InventoryYaml;
import io.capacity.planner.yaml.Layered;
import io.capacity.planner.yaml.Values;
import io.capacity.yaml.YamlMapping;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The inventory's optional {@code costs:} section (format in docs/planner.md): tariff (flat, or time-of-use bands),
 * PUE, depreciation, cost of capital, procurement lead time and the wear of a power cycle. A field left out keeps
 * its default; a bad one is reported with its line, next to the inventory's own problems.
 */
public final class CostsReader {
    private static final Set<String> FIELDS = Set.of("tariff", "pue", "depreciation", "depreciation_factor",
            "cost_of_capital", "procurement_lead_time", "power_cycle_cost");
    private static final Set<String> TARIFF = Set.of("default", "zone", "bands");
    private static final Set<String> BAND = Set.of("days", "from", "to", "price");

    private CostsReader() {
    }

    /** The settings {@code section} gives over {@code defaults}; null when it had a problem (reported). */
    public static CostSettings read(YamlMapping section, CostSettings defaults) {
        InventoryYaml.allowOnly(section, FIELDS);
        Layered f = new Layered(List.of(section));
        int before = section.file().problems().size();
        Tariff tariff = section.has("tariff") ? tariff(section) : defaults.tariff();
        Double pue = f.parse("pue", Values::number, v -> v >= 1, "a number >= 1 (facility watts per IT watt)",
                defaults.pue());
        Depreciation dep = depreciation(section, f, defaults.depreciation());
        Double rate = f.parse("cost_of_capital", Values::number, v -> v >= 0 && v <= 1,
                "a yearly rate as a fraction, such as 0.08", defaults.costOfCapital());
        Duration lead = f.duration("procurement_lead_time", Duration.ofMillis(Math.round(
                defaults.procurementLead() * 86_400_000)));
        Double cycle = !section.has("power_cycle_cost") ? defaults.cycleCost() : f.parse("power_cycle_cost",
                Values::number, v -> v >= 0 && Double.isFinite(v), "a cost per power cycle of a host, at least 0",
                null);
        if (section.file().problems().size() > before) {
            return null;
        }
        return new CostSettings(tariff, pue, dep, rate, lead.toMillis() / 86_400_000.0, cycle);
    }

    /** A number (flat per kWh) or a mapping with a default price, a zone and time-of-use bands. */
    private static Tariff tariff(YamlMapping section) {
        if (section.isScalar("tariff")) {
            Double flat = new Layered(List.of(section)).number("tariff", true, null);
            return flat == null ? null : Tariff.flat(flat);
        }
        YamlMapping t = section.mapping("tariff");
        InventoryYaml.allowOnly(t, TARIFF);
        Double price = new Layered(List.of(t)).number("default", true, null);
        String zoneText = t.text("zone");
        ZoneId zone = ZoneId.of("UTC");
        if (zoneText != null) {
            try {
                zone = ZoneId.of(zoneText.trim());
            } catch (DateTimeException e) {
                t.problem("zone", zoneText, "a time zone such as Europe/Berlin or UTC");
            }
        }
        List<Tariff.Band> bands = new ArrayList<>();
        for (YamlMapping b : t.mappings("bands")) {
            Tariff.Band band = band(b);
            if (band != null) {
                bands.add(band);
            }
        }
        return price == null ? null : new Tariff(price, bands, zone);
    }

    private static Tariff.Band band(YamlMapping b) {
        InventoryYaml.allowOnly(b, BAND);
        Layered f = new Layered(List.of(b));
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (!b.has("days")) {
            InventoryYaml.missing(b, "days", "a list of days such as [mon-fri] or [sat, sun]");
        }
        for (String d : b.texts("days")) {
            Set<DayOfWeek> parsed = days(d);
            if (parsed == null) {
                b.problem("days", d, "a day (mon ... sun) or a range such as mon-fri");
            } else {
                days.addAll(parsed);
            }
        }
        Double from = f.parse("from", Values::number, v -> v == Math.rint(v) && v >= 0 && v <= 23,
                "an hour 0-23 (the band's first)", null);
        Double to = f.parse("to", Values::number, v -> v == Math.rint(v) && v >= 1 && v <= 24,
                "an hour 1-24 (the band ends before it)", null);
        Double price = f.number("price", true, null);
        if (from != null && to != null && from >= to) {
            b.problem("to", String.valueOf(to.intValue()), "an hour after from (" + from.intValue() + ")");
            return null;
        }
        if (days.isEmpty() || from == null || to == null || price == null) {
            return null;
        }
        return new Tariff.Band(days, from.intValue(), to.intValue(), price);
    }

    /** {@code mon}, {@code monday}, or a range such as {@code mon-fri} (wrapping: {@code fri-mon}); null if neither. */
    static Set<DayOfWeek> days(String text) {
        String[] ends = text.trim().toLowerCase(Locale.ROOT).split("\\s*-\\s*");
        if (ends.length < 1 || ends.length > 2) {
            return null;
        }
        DayOfWeek first = day(ends[0]);
        DayOfWeek last = ends.length == 2 ? day(ends[1]) : first;
        if (first == null || last == null) {
            return null;
        }
        Set<DayOfWeek> out = EnumSet.of(first);
        for (DayOfWeek d = first; d != last; d = d.plus(1)) {
            out.add(d.plus(1));
        }
        return out;
    }

    private static DayOfWeek day(String s) {
        for (DayOfWeek d : DayOfWeek.values()) {
            String name = d.name().toLowerCase(Locale.ROOT);
            if (s.equals(name) || s.equals(name.substring(0, 3))) {
                return d;
            }
        }
        return null;
    }

    /** {@code straight-line}, or {@code declining-balance} with an optional factor (2, double declining, if absent). */
    private static Depreciation depreciation(YamlMapping section, Layered f, Depreciation dflt) {
        String method = section.text("depreciation");
        Double factor = !section.has("depreciation_factor") ? null : f.parse("depreciation_factor",
                Values::number, v -> v > 0, "a number > 0 (2 = double declining)", null);
        boolean declining = method != null && method.trim().equalsIgnoreCase("declining-balance");
        if (factor != null && !declining) {
            section.problem("depreciation_factor", section.text("depreciation_factor"),
                    "only with depreciation: declining-balance");
        }
        if (method == null) {
            return dflt;
        }
        if (declining) {
            return Depreciation.decliningBalance(factor == null ? 2 : factor);
        }
        if (method.trim().equalsIgnoreCase("straight-line")) {
            return Depreciation.STRAIGHT;
        }
        section.problem("depreciation", method, "straight-line or declining-balance");
        return null;
    }
}
